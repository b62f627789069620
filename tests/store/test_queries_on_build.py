"""Every stored query, run on what a real build of the seed page puts in the store.

tests/store/test_queries.py checks the queries on a hand-made graph; here the graph is
``kg.build`` of the seed page (the user's own), written to GraphML and read back as
``kg load`` does, then written to the store. Each query runs with its own example
parameters; the answers are the facts the page states.
"""

from __future__ import annotations

import networkx as nx
import pytest

import kg
from kg.store import write_graph
from kg.write import read_graph, write_graphml
from tests.conftest import empty
from tests.helpers import SEED_PAGE as SEED
from tests.store.query_checks import QUERIES, answer, checks_in, run_check

MEETING = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动"
MEETING_ARTICLE = MEETING + "举行"
NEW_YEAR = "各行各业新年展现新气象"
RELIEF = "多措并举畅渠道 落实政策暖民心"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> nx.MultiDiGraph:
    out = tmp_path_factory.mktemp("seed-build") / "graph.graphml"
    write_graphml(kg.build([SEED], home_city="乌海市", cache_dir=None), out)
    return read_graph(out)


@pytest.fixture
def seeded(store, seed_graph):
    """The store holding the seed build alone: loaded again only when another test has
    loaded something else into the same store since."""
    if not holds(store, seed_graph):
        empty(store)
        write_graph(store, seed_graph)
    return store


def holds(store, graph: nx.MultiDiGraph) -> bool:
    records, _, _ = store.driver.execute_query(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() "
        "RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, "
        "collect(DISTINCT CASE WHEN n:Article THEN n.id END) AS articles",
        database_=store.database,
    )
    articles = {n for n, d in graph.nodes(data=True) if d.get("labels") == ":Article"}
    [row] = records
    return (row["nodes"], row["relationships"], set(row["articles"])) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
        articles,
    )


def check_who_did_what(rows):
    assert {(r["who"], r["scope"]) for r in rows} == {("李春晓", "乌海市")}  # the paper's 李春晓
    actions = {(r["action"], r["verb"], r["object"], r["object_type"]) for r in rows}
    assert actions == {
        ("PRESIDED", "主持召开", MEETING, "Event"),
        ("SPOKE", "作出点评", MEETING, "Event"),
    }
    presided = next(r for r in rows if r["action"] == "PRESIDED")
    assert "主持" in presided["evidence"] and "李春晓主持召开" in presided["evidence"]
    assert presided["article"] == MEETING_ARTICLE
    spoke = next(r for r in rows if r["action"] == "SPOKE")
    assert "李春晓逐一对照现场述职作出点评" in spoke["evidence"]


def check_person_profile(rows):
    facts = {(r["kind"], r["detail"], r["about"]) for r in rows}
    assert ("post", "市委常委、秘书长", "乌海市委") in facts  # the paper's 市委
    assert {(r["person"], r["scope"]) for r in rows} == {("李春晓", "乌海市")}
    assert ("action", "PRESIDED 主持召开", MEETING) in facts
    assert ("action", "SPOKE 作出点评", MEETING) in facts
    assert ("mentioned in", "2x", MEETING_ARTICLE) in facts  # 李春晓 twice in that article
    assert {r["detail"] for r in rows if r["kind"] == "co-mentioned"} == {"王超"}
    assert not [r for r in rows if r["kind"] == "wrote"]


def check_organization_people(rows):
    facts = {(r["kind"], r["name"], r["title"], r["within"]) for r in rows}
    assert facts == {("person", "李春晓", "市委常委、秘书长", "乌海市委")}
    # 市委 (the example) answers as the paper's: named after its city, so no scope needed
    assert {(r["organization"], r["scope"]) for r in rows} == {("乌海市委", None)}


def check_programme_timeline(rows):
    actions = [r for r in rows if r["kind"] == "action"]
    assert [(r["who"], r["what"], r["article"]) for r in actions] == [
        ("乌海市", "DISBURSED 发放", RELIEF)
    ]
    assert "发放临时价格补贴66.06万元" in actions[0]["evidence"]
    figures = {(r["who"], r["what"], r["value"], r["unit"]) for r in rows if r["kind"] == "figure"}
    assert ("发放临时价格补贴", "66.06万元", 660600.0, "元") in figures


def check_figures_about(rows):
    assert {r["about"] for r in rows} == {"乌海市"} and {r["article"] for r in rows} == {RELIEF}
    found = {(r["metric"], r["value"], r["unit"]) for r in rows}
    assert {("暖心包", 2853.0, "份"), ("折合现金", 322000.0, "元")} <= found
    # 全市核定低保对象4461户6736人 measures the programme (最低生活保障), not the city
    assert not {r["text"] for r in rows} & {"4461户", "6736人"}
    packs = next(r for r in rows if r["text"] == "2853份")
    assert "暖心包共计2853份" in packs["evidence"]


def check_connection(rows):
    best = rows[0]
    assert best["hops"] == 2
    assert best["path"] == ["李春晓", MEETING_ARTICLE, "王超"]
    assert set(best["relationships"]) <= {"MENTIONS", "WROTE"}


def check_top_mentioned(rows):
    assert {r["label"] for r in rows} == {"Person"} and len(rows) == 5
    top = {r["name"]: (r["mentions"], r["articles"]) for r in rows}
    assert top["李春晓"] == (2, 1)  # named twice in one article
    assert top["王超"] == (2, 2)  # credited on two articles
    assert top["孟荣"] == (2, 2)
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)


def check_articles_mentioning(rows):
    assert [(r["entity"], r["article"], r["mentions"]) for r in rows] == [
        ("李春晓", MEETING_ARTICLE, 2)
    ]
    assert rows[0]["source"] == SEED.name


def check_reporters(rows):
    assert sorted((r["reporter"], r["role"], r["article"]) for r in rows) == [
        ("王超", "reporter", MEETING_ARTICLE),
        ("王超", "reporter", NEW_YEAR),
    ]


CHECKS = checks_in(globals())


def test_every_stored_query_is_checked_on_the_build():
    assert set(QUERIES) == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_stored_query_answers_on_the_seed_build(seeded, name):
    run_check(seeded, name, CHECKS)


def test_other_questions_on_the_seed_build(seeded):
    """A few more of the page's facts, each through a stored query."""
    # a named body: the title is read without it
    rows = answer(seeded, "organization-people", {"name": "凤凰岭街道党工委"})
    assert [(r["name"], r["title"]) for r in rows] == [("郭振艾", "副书记")]
    # 我市 is an alias of the home city: who-did-what answers for it
    rows = answer(seeded, "who-did-what", {"name": "我市"})
    assert {r["who"] for r in rows} == {"乌海市"}
    issued = {r["object"] for r in rows if r["action"] == "ISSUED"}
    assert {
        "《乌海市改革完善社会救助制度的具体措施》",
        "《乌海市最低生活保障对象认定办法》",
    } <= issued
    # a donation with its amount
    rows = answer(seeded, "who-did-what", {"name": "思正工程管理咨询有限公司"})
    assert [(r["action"], r["object"], r["amount"]) for r in rows] == [
        ("DONATED", "“抗疫爱心包”", "10万元")
    ]
    # the plant named once and then as 该厂 four times
    rows = answer(seeded, "articles-mentioning", {"name": "该厂"})
    assert [(r["entity"], r["mentions"]) for r in rows] == [("乌海能源利民公司洗煤厂", 5)]
    # every credit, with its role
    rows = answer(seeded, "reporters", {})
    roles = {(r["reporter"], r["role"]) for r in rows}
    assert {("苏如娜", "photographer"), ("高瑞鹏", "photographer"), ("刘洋", "author")} <= roles
    assert ("贺雅君", "reporter") in roles and ("贺雅君", "author") in roles
    # a hedged figure keeps its value
    rows = answer(seeded, "figures-about", {"name": "乌海能源利民公司洗煤厂"})
    assert ("近2000万元", 20_000_000.0) in {(r["text"], r["value"]) for r in rows}
