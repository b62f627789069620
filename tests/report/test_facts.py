"""The report's facts on the hand-made graphs of tests/conftest.py (three dated articles),
checked against what those graphs state."""

from __future__ import annotations

import networkx as nx

from kg.report.facts import facts_of
from tests.conftest import EVENT, second_graph, small_graph


def both() -> nx.MultiDiGraph:
    return nx.compose(small_graph(), second_graph())


def test_counts_by_label_and_type():
    facts = facts_of(both())
    assert facts.labels["Article"] == 3 and facts.labels["Person"] == 5
    assert facts.types["MENTIONS"] == 15 and facts.types["PRESIDED"] == 1


def test_most_mentioned_counts_every_mention():
    top = facts_of(both()).top
    assert [(r.name, r.mentions, r.articles) for r in top["Person"][:2]] == [
        ("李春晓", 6, 3),
        ("张明", 1, 1),
    ]
    assert top["Organization"][0].name == "市委" and top["Organization"][0].mentions == 2
    assert top["Programme"][0].name == "临时价格补贴"


def test_timeline_is_mentions_per_article_date_in_order():
    facts = facts_of(both())
    assert facts.timeline == [("2023-01-05", 10, 1), ("2023-01-06", 9, 1), ("2023-02-01", 3, 1)]
    assert facts.undated_articles == 0
    undated = small_graph()
    undated.nodes["article:a2"].pop("date")
    facts = facts_of(undated)
    assert facts.timeline == [("2023-01-05", 10, 1)] and facts.undated_articles == 1


def test_busiest_pairs_join_the_actions_of_one_pair():
    pairs = facts_of(both()).pairs
    assert (pairs[0].who, pairs[0].what, pairs[0].times, pairs[0].types) == (
        "李春晓",
        EVENT,
        3,
        ["PRESIDED", "SPOKE"],
    )
    assert ("乌海市", "临时价格补贴", 1, ["DISBURSED"]) in [
        (p.who, p.what, p.times, p.types) for p in pairs
    ]


def test_figures_are_grouped_by_metric_with_their_article():
    figures = facts_of(both()).figures
    [low] = figures["低保对象"]
    assert (low.text, low.value, low.unit, low.about) == ("4461户", 4461.0, "户", ["乌海市"])
    assert (low.article, low.date) == ("多措并举畅渠道 落实政策暖民心", "2023-01-06")
    assert set(figures) == {"发放临时价格补贴", "救助对象", "低保对象", "捐赠"}
