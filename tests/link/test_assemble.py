"""Graph assembly on real builds: repeated figures and articles reached twice."""

from __future__ import annotations

import kg
from kg.link.assemble import all_of_it, edge_order, in_edge_order

REPEATED = (
    "青川市民政局向困难家庭发放慰问金50万元。\n青川市红十字会向受灾群众捐赠物资，价值50万元。\n"
)


def test_a_figure_said_twice_is_two_figures_each_reported(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text("民生简讯\n" + REPEATED, encoding="utf-8")
    g = kg.build([page], home_city="青川市", cache_dir=None)
    figures = [
        n for n, d in g.nodes(data=True) if d["labels"] == ":Figure" and d["text"] == "50万元"
    ]
    assert len(figures) == 2
    for node in figures:
        reports = [d for _, _, d in g.in_edges(node, data=True) if d["label"] == "REPORTS"]
        assert [d["count"] for d in reports] == [1]


def test_an_article_given_twice_is_built_once(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text("民生简讯\n" + REPEATED, encoding="utf-8")
    once = kg.build([page], home_city="青川市", cache_dir=None)
    twice = kg.build([page, tmp_path], home_city="青川市", cache_dir=None)
    assert sorted(twice.edges(data="label")) == sorted(once.edges(data="label"))
    assert twice.number_of_nodes() == once.number_of_nodes()


def test_values_repeated_across_articles_are_one_object_each(tmp_path):
    """The graph of a big build holds each repeated value once (kg.link.interning): the two
    articles' figures share their text and unit, and their edges their type."""
    for name, headline in [("a.txt", "民生简讯"), ("b.txt", "民生快讯")]:
        (tmp_path / name).write_text(f"{headline}\n{REPEATED}", encoding="utf-8")
    g = kg.build([tmp_path], home_city="青川市", cache_dir=None)
    figures = [d for _, d in g.nodes(data=True) if d["labels"] == ":Figure"]
    assert len({d["text"] for d in figures}) < len(figures)
    for key in ["text", "unit", "labels"]:
        assert len({id(d[key]) for d in figures}) == len({d[key] for d in figures}), key
    labels = [d["label"] for *_, d in g.edges(data=True)]
    assert len({id(v) for v in labels}) == len(set(labels)) > 1


def test_edges_of_a_source_are_ordered_by_their_whole_data_where_the_rest_ties():
    """``in_edge_order`` builds the whole-data key only for edges alike in target, type,
    article and evidence; the order is still that of sorting by all five."""
    edges = [
        ("b", {"label": "MEASURES", "article": "a1", "evidence": "x", "role": r})
        for r in ("z", "a", "m")
    ]
    edges += [("a", {"label": "MENTIONS"}), ("b", {"label": "HELD", "date": "2020"})]
    edges += [("b", {"label": "MEASURES", "article": "a1", "evidence": "x", "amount": 1.0})]
    edges += [("b", {"label": "MEASURES", "article": "a0", "evidence": "y"})]
    expected = sorted(edges, key=lambda e: (*edge_order(e), all_of_it(e)))
    assert in_edge_order(list(reversed(edges))) == expected
    assert [d.get("role") for _, d in expected][3:6] == [None, "a", "m"]


def test_a_figure_is_also_named_with_the_hedge_after_it_and_without_the_one_before(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text(
        "项目简讯\n全市计划开工总投资10亿元以上项目5个,村民年均增收接近七千元。\n", encoding="utf-8"
    )
    g = kg.build([page], home_city="青川市", cache_dir=None)
    (node,) = [d for _, d in g.nodes(data=True) if d.get("text") == "10亿元"]
    assert node["hedge"] == "以上" and "10亿元以上" in node["aliases"]
    (node,) = [d for _, d in g.nodes(data=True) if d.get("text") == "接近七千元"]
    assert "七千元" in node["aliases"]


def test_a_body_named_after_its_divisions_is_the_body_named_without_them(tmp_path):
    """One article writes the province and prefecture before the county's body and event,
    another does not: one node each, the longer form kept as an alias."""
    (tmp_path / "a.txt").write_text(
        "简讯\n6月1日,河北省邢台市威县人大常委会召开会议。河北省邢台市威县第三届梨花文化节开幕。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "快讯\n6月2日,威县人大常委会召开会议。威县第三届梨花文化节闭幕。\n", encoding="utf-8"
    )
    g = kg.build([tmp_path], home_city="威县", cache_dir=None)
    for label, name in [(":Organization", "威县人大常委会"), (":Event", "威县第三届梨花文化节")]:
        (node,) = [d for _, d in g.nodes(data=True) if d["labels"] == label and name in d["name"]]
        assert node["name"] == name and "河北省邢台市" + name in node["aliases"]
