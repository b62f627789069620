"""The graph contract (shared/SCHEMA.md), asserted on what a real build returns.

The seed page (the user's own) is built once for the module, as ``kg.build`` gives it;
the cross-article cases add a few short articles written for this test (JSONL) to the
seed, with a one-line gazetteer of their own. Nodes are found by ``labels`` and
``name``, edges by ``label``: the names the contract fixes, not how ids are spelled.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

import kg
from kg.write import read_graph, write_graphml
from tests.helpers import SEED_PAGE as SEED

PRESIDED_ARTICLE = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行"
NEW_YEAR = "各行各业新年展现新气象"
LIGHTS = "春节景观亮化工作启动"
VACCINE = "“送苗”上门"
DONATION = "我市爱心企业向困难群众捐赠爱心包"
RELIEF = "多措并举畅渠道 落实政策暖民心"
ULANMUQI = "乌海乌兰牧骑:扎根生活沃土 文艺服务群众"
COAL = "利民公司洗煤厂科学配煤 年增效益近2000万元"

# Written for this test. x1 names a company in full and then by its short form; x2 only by
# the short form; y1 names the seed's 乌海乌兰牧骑 by its short form only. x3 is about an
# official the gazetteer knows as 额尔敦巴特尔 (alias 巴特尔); x4 is a photo credited to
# someone else called 巴特尔.
OWN_ARTICLES = [
    {
        "id": "x1",
        "title": "利民公司举办职工安全技能培训班",
        "date": "2023-02-06",
        "text": "2月6日，青山能源利民公司举办职工安全技能培训班，120名一线职工参加培训。"
        "利民公司负责人赵德明说，培训将覆盖全体一线职工。\n（记者 周文 通讯员 马丽）",
    },
    {
        "id": "x2",
        "title": "利民公司开展技术比武",
        "date": "2023-02-09",
        "text": "2月9日，利民公司组织30名技术骨干开展技术比武，评选出技术能手8名。\n（周文）",
    },
    {
        "id": "x3",
        "title": "额尔敦巴特尔调研安全生产",
        "date": "2023-02-10",
        "text": "2月10日，副市长额尔敦巴特尔到青山能源利民公司调研安全生产工作。"
        "巴特尔强调，要压实安全生产责任。",
    },
    {
        "id": "x4",
        "title": "雪后清扫",
        "date": "2023-02-11",
        "text": "2月11日，环卫工人在街头清扫积雪。\n（巴特尔 摄）",
    },
    {
        "id": "y1",
        "title": "乌兰牧骑进社区",
        "date": "2023-02-12",
        "text": "2月12日，乌兰牧骑队员走进滨河社区，为居民送上30多个文艺节目。",
    },
]
GAZETTEER = "额尔敦巴特尔\tPerson\t巴特尔\n"


@pytest.fixture(scope="module")
def seed() -> nx.MultiDiGraph:
    return kg.build([SEED], home_city="乌海市", cache_dir=None)


@pytest.fixture(scope="module")
def linked(tmp_path_factory) -> nx.MultiDiGraph:
    """The seed page and the articles above, built together."""
    folder = tmp_path_factory.mktemp("own")
    (folder / "news.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in OWN_ARTICLES), encoding="utf-8"
    )
    gazetteer = folder / "gazetteer.tsv"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    return kg.build(
        [SEED, folder / "news.jsonl"],
        home_city="乌海市",
        cache_dir=None,
        gazetteer=str(gazetteer),
    )


# --- lookups by the contract's names ------------------------------------------------------


def nodes(g: nx.MultiDiGraph, label: str, name: str) -> list[str]:
    return [
        n for n, d in g.nodes(data=True) if d.get("labels") == f":{label}" and d["name"] == name
    ]


def node(g: nx.MultiDiGraph, label: str, name: str) -> str:
    found = nodes(g, label, name)
    assert len(found) == 1, f"expected one {label} {name}, found {found}"
    return found[0]


def article(g: nx.MultiDiGraph, title: str) -> str:
    found = [
        n for n, d in g.nodes(data=True) if d.get("labels") == ":Article" and d["title"] == title
    ]
    assert len(found) == 1, f"expected one article {title}, found {found}"
    return found[0]


def edges(g: nx.MultiDiGraph, rel: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in g.edges(data=True) if d.get("label") == rel]


def mentions(g: nx.MultiDiGraph, title: str, label: str, name: str) -> int:
    a, target = article(g, title), node(g, label, name)
    [count] = [d["count"] for u, v, d in edges(g, "MENTIONS") if u == a and v == target]
    return count


def credits(g: nx.MultiDiGraph) -> dict[tuple[str, str], str]:
    """(person, article title) -> WROTE role."""
    return {(g.nodes[u]["name"], g.nodes[v]["title"]): d["role"] for u, v, d in edges(g, "WROTE")}


# --- WROTE ---------------------------------------------------------------------------------


def test_wrote_role_is_the_credit_the_page_gives(seed):
    roles = credits(seed)
    assert roles[("王超", PRESIDED_ARTICLE)] == "reporter"  # 本报讯(记者王超)
    assert roles[("苏如娜", LIGHTS)] == "photographer"  # (苏如娜 摄)
    assert roles[("高瑞鹏", VACCINE)] == "photographer"  # (高瑞鹏 摄)
    assert roles[("刘洋", ULANMUQI)] == "author"  # closing (刘洋)
    assert roles[("孟荣", RELIEF)] == "author"
    assert roles[("贺雅君", DONATION)] == "author"
    # a closing (王超 贺雅君) under an item that speaks of 记者 names its reporters
    assert roles[("王超", NEW_YEAR)] == roles[("贺雅君", NEW_YEAR)] == "reporter"
    assert {roles[(name, COAL)] for name in ("孟荣", "付兰伟", "闫玉森")} == {"author"}


def test_wrote_evidence_is_the_credit_as_written(seed):
    evidence = {
        (seed.nodes[u]["name"], seed.nodes[v]["title"]): d["evidence"]
        for u, v, d in edges(seed, "WROTE")
    }
    assert evidence[("王超", PRESIDED_ARTICLE)] == "(记者王超)"
    assert evidence[("苏如娜", LIGHTS)] == "(苏如娜 摄)"
    assert evidence[("付兰伟", COAL)] == "(孟荣 付兰伟 闫玉森)"


def test_reporter_and_correspondent_in_one_credit(linked):
    roles = credits(linked)
    assert roles[("周文", "利民公司举办职工安全技能培训班")] == "reporter"
    assert roles[("马丽", "利民公司举办职工安全技能培训班")] == "correspondent"
    assert roles[("周文", "利民公司开展技术比武")] == "author"
    assert set(roles.values()) == {"reporter", "correspondent", "photographer", "author"}


# --- HOLDS_POSITION ----------------------------------------------------------------------


def posts(g: nx.MultiDiGraph) -> dict[str, set[tuple[str, str]]]:
    """person -> {(title, organisation)}."""
    out: dict[str, set[tuple[str, str]]] = {}
    for u, v, d in edges(g, "HOLDS_POSITION"):
        out.setdefault(g.nodes[u]["name"], set()).add((d["title"], g.nodes[v]["name"]))
    return out


def test_a_named_body_leaves_the_title_and_becomes_the_organisation(seed):
    """凤凰岭街道党工委副书记郭振艾: the title is 副书记, held at 凤凰岭街道党工委."""
    assert posts(seed)["郭振艾"] == {("副书记", "凤凰岭街道党工委")}
    for _, v, d in edges(seed, "HOLDS_POSITION"):
        body = seed.nodes[v]["name"]
        assert len(body) <= 3 or body not in d["title"], (d["title"], body)


def test_a_level_body_stays_in_the_title(seed):
    """市委常委、秘书长李春晓: a level body (市委) is read with the title, which keeps it
    as written, and the post is held at 市委 — the paper's, 乌海市委, which answers to 市委."""
    assert posts(seed)["李春晓"] == {("市委常委、秘书长", "乌海市委")}
    assert "市委" in seed.nodes[node(seed, "Organization", "乌海市委")]["aliases"]
    [evidence] = [
        d["evidence"]
        for u, v, d in edges(seed, "HOLDS_POSITION")
        if seed.nodes[u]["name"] == "李春晓"
    ]
    assert "市委常委、秘书长李春晓" in evidence


def test_a_bare_company_before_a_title_is_the_company_named_last(seed, linked):
    assert posts(seed)["贾斌"] == {("负责人", "思正工程管理咨询有限公司")}  # 公司负责人贾斌
    assert posts(linked)["赵德明"] == {("负责人", "青山能源利民公司")}  # 利民公司负责人赵德明


# --- MENTIONS count ----------------------------------------------------------------------


def test_mentions_count_is_how_often_the_article_names_it(seed):
    text = seed.nodes[article(seed, PRESIDED_ARTICLE)]["text"]
    assert text.count("李春晓") == 2
    assert mentions(seed, PRESIDED_ARTICLE, "Person", "李春晓") == 2


def test_mentions_count_includes_anaphors(seed):
    """乌海能源利民公司洗煤厂 once by name and four times as 该厂."""
    text = seed.nodes[article(seed, COAL)]["text"]
    assert (text.count("乌海能源利民公司洗煤厂"), text.count("该厂")) == (1, 4)
    assert mentions(seed, COAL, "Organization", "乌海能源利民公司洗煤厂") == 5
    assert mentions(seed, DONATION, "Organization", "思正工程管理咨询有限公司") == 2  # + 该公司


def test_every_mentions_edge_counts_at_least_once_and_some_more(seed):
    counts = [d["count"] for _, _, d in edges(seed, "MENTIONS")]
    assert counts and min(counts) >= 1
    assert sum(c > 1 for c in counts) >= 5


# --- Figures -----------------------------------------------------------------------------


def figures(g: nx.MultiDiGraph) -> dict[str, dict]:
    """text as written -> Figure node data (texts unique in the seed's figures used here)."""
    return {d["text"]: d for _, d in g.nodes(data=True) if d.get("labels") == ":Figure"}


@pytest.mark.parametrize(
    "text, hedge, value",
    [
        ("近2000万元", "近", 20_000_000.0),  # 年增效益近2000万元
        ("1300余个", "余", 1300.0),  # 大红灯笼1300余个
        ("4.8万余人次", "余", 48_000.0),
        ("1万元", "以上", 10_000.0),  # 1万元以上人员
        ("20万元", "以上", 200_000.0),
        ("60周岁", "及以上", 60.0),
    ],
)
def test_figure_carries_its_hedge(seed, text, hedge, value):
    fig = figures(seed)[text]
    assert (fig["hedge"], fig["value"]) == (hedge, value)


def test_every_hedged_text_has_its_hedge_and_exact_ones_none(seed):
    figs = figures(seed)
    for text in ("4461户", "66.06万元", "10万元", "14847名"):
        assert not figs[text].get("hedge"), text
    for text, fig in figs.items():
        if text.startswith("近") or "余" in text or "多" in text:
            assert fig.get("hedge"), text
    assert sum(bool(d.get("hedge")) for d in figs.values()) >= 15


def test_duo_hedge_in_an_article_of_our_own(linked):
    fig = figures(linked)["30多个"]  # 送上30多个文艺节目
    assert (fig["hedge"], fig["value"], fig["unit"]) == ("多", 30.0, "个")


# --- aliases and merges ------------------------------------------------------------------


def test_aliases_hold_the_other_forms_of_the_name(seed):
    def aliases(label, name):
        return set(seed.nodes[node(seed, label, name)]["aliases"])

    assert {"我市", "全市"} <= aliases("Place", "乌海市")
    assert "该公司" in aliases("Organization", "思正工程管理咨询有限公司")
    assert "该厂" in aliases("Organization", "乌海能源利民公司洗煤厂")
    assert "乌兰牧骑" in aliases("Organization", "乌海乌兰牧骑")
    for _, d in seed.nodes(data=True):
        if d["labels"] != ":Article":
            assert isinstance(d["aliases"], list) and d["name"] not in d["aliases"]


def test_a_short_form_in_another_article_joins_the_full_name(linked):
    """x1 names 青山能源利民公司 and then 利民公司; x2 only 利民公司: one organisation."""
    full = node(linked, "Organization", "青山能源利民公司")
    assert nodes(linked, "Organization", "利民公司") == []
    assert "利民公司" in linked.nodes[full]["aliases"]
    assert linked.nodes[full]["merged_from"] == ["利民公司"]
    assert mentions(linked, "利民公司开展技术比武", "Organization", "青山能源利民公司") == 1
    # the figures of x2 are about that one organisation too
    measured = {linked.nodes[u]["text"] for u, v, _ in edges(linked, "MEASURES") if v == full}
    assert {"30名", "8名"} <= measured


def test_a_seed_body_named_short_elsewhere_is_merged_into_it(linked, seed):
    """The seed names 乌海乌兰牧骑 (and 乌兰牧骑 as its short form); y1 says only 乌兰牧骑."""
    troupe = node(linked, "Organization", "乌海乌兰牧骑")
    assert nodes(linked, "Organization", "乌兰牧骑") == []
    assert linked.nodes[troupe]["merged_from"] == ["乌兰牧骑"]
    assert "乌兰牧骑" in linked.nodes[troupe]["aliases"]
    assert mentions(linked, "乌兰牧骑进社区", "Organization", "乌海乌兰牧骑") == 1
    assert mentions(linked, ULANMUQI, "Organization", "乌海乌兰牧骑") == mentions(
        seed, ULANMUQI, "Organization", "乌海乌兰牧骑"
    )


def test_merged_from_names_only_real_merges(linked):
    merged = {
        d["name"]: d["merged_from"] for _, d in linked.nodes(data=True) if d.get("merged_from")
    }
    assert merged == {"青山能源利民公司": ["利民公司"], "乌海乌兰牧骑": ["乌兰牧骑"]}
    for name, sources in merged.items():
        [n] = [n for n, d in linked.nodes(data=True) if d["name"] == name]
        assert set(sources) <= set(linked.nodes[n]["aliases"])


def test_people_are_not_merged_by_an_alias(linked):
    """The gazetteer gives the official 额尔敦巴特尔 the alias 巴特尔; the photographer credited
    (巴特尔 摄) in another article is someone else and keeps a node of their own."""
    official = node(linked, "Person", "额尔敦巴特尔")
    photographer = node(linked, "Person", "巴特尔")
    assert "巴特尔" in linked.nodes[official]["aliases"]  # 巴特尔强调 in x3 is the official
    assert "merged_from" not in linked.nodes[official]
    assert mentions(linked, "额尔敦巴特尔调研安全生产", "Person", "额尔敦巴特尔") == 2
    wrote = {(u, linked.nodes[v]["title"], d["role"]) for u, v, d in edges(linked, "WROTE")}
    assert (photographer, "雪后清扫", "photographer") in wrote
    assert not [w for w in wrote if w[0] == official]


def test_lists_survive_graphml(linked, tmp_path):
    """aliases and merged_from are lists in the graph and after a GraphML round trip."""
    write_graphml(linked, tmp_path / "graph.graphml")
    again = read_graph(tmp_path / "graph.graphml")
    full = node(again, "Organization", "青山能源利民公司")
    assert again.nodes[full]["merged_from"] == ["利民公司"]
    assert "利民公司" in again.nodes[full]["aliases"]
    assert figures(again)["近2000万元"]["hedge"] == "近"
    roles = credits(again)
    assert roles[("马丽", "利民公司举办职工安全技能培训班")] == "correspondent"
