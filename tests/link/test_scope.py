"""Linking across papers, on real builds of short articles written for these tests.

Two county papers each name their own 县委书记王伟 and 县农业农村局; one city paper
names its mayor in three articles; two city papers name the same provincial leader;
two articles name an anonymised 张某. Each paper says which place it is (home_city).
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

import kg
from kg.errors import UsageError
from kg.store import write_graph
from kg.store.queries import load_queries, run_query
from kg.write import write_graphml
from tests.conftest import empty


def article(aid: str, home: str, title: str, text: str) -> dict:
    return {"id": aid, "home_city": home, "source": f"{home}融媒", "title": title, "text": text}


COUNTIES = [
    article(
        "c1",
        "青川县",
        "县委书记王伟调研春耕生产",
        "3月2日，县委书记王伟到青石镇调研春耕生产。县农业农村局负责人汇报了全县春播工作进展。"
        "王伟强调，要抓好粮食生产。",
    ),
    article(
        "c2",
        "白河县",
        "王伟检查防汛准备工作",
        "3月5日，县委书记王伟带队检查防汛准备工作。县农业农村局主要负责人陪同检查。",
    ),
]
MAYOR = [
    article(
        "p1", "青川市", "陈建国主持召开市政府常务会议", "4月1日，市长陈建国主持召开市政府常务会议。"
    ),
    article(
        "p2", "青川市", "陈建国调研重点项目", "4月8日，市长陈建国到青川高新区调研重点项目建设。"
    ),
    article("p3", "青川市", "陈建国会见客商", "4月9日，市长陈建国会见来青川市考察的客商一行。"),
]
LEADER = [
    article(
        "v1", "青川市", "赵启明到青川市调研", "5月6日，省委书记赵启明到青川市调研生态保护工作。"
    ),
    article(
        "v2", "白河市", "赵启明检查安全生产", "5月9日，省委书记赵启明到白河市检查安全生产工作。"
    ),
]
ANONYMOUS = [
    article("z1", "青川市", "社区服务获好评", "6月1日，居民张某说：“社区的服务越来越好了。”"),
    article("z2", "青川市", "新路通车", "6月3日，村民张某说：“新修的路很平整。”"),
]
# The city paper names the county's secretary with his county's committee: the same post
# in the same body (白河县委) as in the county paper, so one person.
SAME_POST = [
    COUNTIES[1],
    article(
        "b2",
        "白河市",
        "白河县推进乡村振兴",
        "3月8日，白河县委书记王伟在全市乡村振兴工作会议上发言。",
    ),
]


def build(tmp_path, articles: list[dict], **options) -> nx.MultiDiGraph:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
    )
    return kg.build([path], cache_dir=None, **options)


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> nx.MultiDiGraph:
    return build(tmp_path_factory.mktemp("papers"), COUNTIES + MAYOR + LEADER + ANONYMOUS)


def named(g: nx.MultiDiGraph, label: str, name: str) -> list[dict]:
    """Nodes of the label whose name or alias is ``name``."""
    return [
        d
        for _, d in g.nodes(data=True)
        if d["labels"] == f":{label}" and (d["name"] == name or name in d["aliases"])
    ]


def mentioned_by(g: nx.MultiDiGraph, node_id: str) -> set[str]:
    return {u for u, _, d in g.in_edges(node_id, data=True) if d["label"] == "MENTIONS"}


def test_two_counties_secretaries_and_bureaus_are_two_each(papers):
    people = named(papers, "Person", "王伟")
    assert sorted((d["id"], d["scope"]) for d in people) == [
        ("Person:王伟@白河县", "白河县"),
        ("Person:王伟@青川县", "青川县"),
    ]
    committees = named(papers, "Organization", "县委")
    assert sorted(d["name"] for d in committees) == ["白河县委", "青川县委"]
    bureaus = named(papers, "Organization", "县农业农村局")
    assert sorted(d["name"] for d in bureaus) == ["白河县农业农村局", "青川县农业农村局"]
    for d in committees + bureaus:  # each county's body is reached from its own paper only
        assert mentioned_by(papers, d["id"]) == {"c1" if d["name"].startswith("青川") else "c2"}
        assert "scope" not in d  # named after its county, the name is the same everywhere


def test_one_paper_names_its_mayor_in_three_articles_one_person(papers):
    [mayor] = named(papers, "Person", "陈建国")
    assert (mayor["id"], mayor["scope"]) == ("Person:陈建国@青川市", "青川市")
    assert mentioned_by(papers, mayor["id"]) == {"p1", "p2", "p3"}
    assert "linked_by" not in mayor


def test_a_provincial_leader_in_two_cities_papers_is_one_person(papers):
    [leader] = named(papers, "Person", "赵启明")
    assert leader["id"] == "Person:赵启明" and "scope" not in leader
    assert leader["linked_by"] == ["title 省委书记"]
    assert mentioned_by(papers, leader["id"]) == {"v1", "v2"}


def test_an_anonymised_name_is_never_linked(papers):
    people = named(papers, "Person", "张某")
    assert sorted(d["scope"] for d in people) == ["z1", "z2"]
    assert [mentioned_by(papers, d["id"]) for d in sorted(people, key=lambda d: d["id"])] == [
        {"z1"},
        {"z2"},
    ]


def test_the_same_post_in_the_same_body_links_two_papers(tmp_path):
    g = build(tmp_path, SAME_POST)
    [secretary] = named(g, "Person", "王伟")
    assert secretary["linked_by"] == ["HOLDS_POSITION 白河县委"]
    assert secretary["scope"] == "白河县、白河市"
    assert mentioned_by(g, secretary["id"]) == {"c2", "b2"}


def test_scope_by_none_links_names_alone(tmp_path):
    g = build(tmp_path, COUNTIES, scope_by="none")
    [secretary] = named(g, "Person", "王伟")
    assert secretary["id"] == "Person:王伟" and mentioned_by(g, secretary["id"]) == {"c1", "c2"}
    assert [d["name"] for d in named(g, "Organization", "县委")] == ["县委"]


def test_scope_by_source_scopes_by_the_paper_named(tmp_path):
    same_source = [{**a, "source": "青川日报"} for a in COUNTIES]
    g = build(tmp_path, same_source, scope_by="source")
    [secretary] = named(g, "Person", "王伟")
    assert secretary["scope"] == "青川日报"
    # the bodies are still each county's: 县委 means the home county's committee
    assert sorted(d["name"] for d in named(g, "Organization", "县委")) == ["白河县委", "青川县委"]


def test_an_unknown_scope_option_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="scope_by: 'city'"):
        build(tmp_path, COUNTIES, scope_by="city")


def test_rebuilds_are_byte_identical(tmp_path):
    for out in ("one", "two"):
        write_graphml(
            build(tmp_path, COUNTIES + LEADER + SAME_POST[1:]), tmp_path / f"{out}.graphml"
        )
    assert (tmp_path / "one.graphml").read_bytes() == (tmp_path / "two.graphml").read_bytes()


def test_a_stored_query_answers_every_entity_of_a_name_with_its_scope(store, papers):
    empty(store)
    write_graph(store, papers)
    query = load_queries()["articles-mentioning"]
    columns, rows = run_query(store, query, query.bind({"name": "王伟"}))
    answers = {(r[columns.index("scope")], r[columns.index("article_id")]) for r in rows}
    assert answers == {("青川县", "c1"), ("白河县", "c2")}
