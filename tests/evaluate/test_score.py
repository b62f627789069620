"""kg.evaluate on small graphs: what counts as found, missed and extra."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.evaluate import GoldError, format_score, read_gold, score_graph

GOLD = {
    "articles": [
        {
            "key": "a1",
            "title": "“暖冬”行动启动",
            "entities": {
                "Person": ["周明远", "陈思雨"],
                "Place": [{"name": "青川市", "aliases": ["我市"]}],
                "Event": [],
            },
            "relations": [
                ["周明远", "WROTE", "@article", {"role": "reporter"}],
                ["陈思雨", "VISITED", "我市", {}],
            ],
        }
    ]
}


def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("article:a1", labels=":Article", id="article:a1", title="暖冬行动启动")
    for node, label, name, aliases in (
        ("Person:周明远", "Person", "周明远", []),
        ("Person:李", "Person", "李", []),
        ("Place:青川市", "Place", "青川市", ["本市"]),
        ("Event:座谈会", "Event", "座谈会", []),
    ):
        g.add_node(node, labels=f":{label}", name=name, aliases=json.dumps(aliases))
        g.add_edge("article:a1", node, label="MENTIONS", article="article:a1")
    g.add_edge("Person:周明远", "article:a1", label="WROTE", article="article:a1")
    g.add_edge("Person:周明远", "Place:青川市", label="VISITED", article="article:a1")
    return g


def test_counts_found_missed_and_extra(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    score = score_graph(graph(), read_gold(path))
    person, place, event = (score.counts[k] for k in ("Person", "Place", "Event"))
    assert (person.tp, person.fp, person.fn) == (1, 1, 1)  # 陈思雨 missed, 李 extra
    assert (place.tp, place.fp, place.fn) == (1, 0, 0)  # title quotes and aliases do not matter
    assert (event.tp, event.fp, event.fn) == (0, 1, 0)  # an empty list still counts extras
    assert score.counts["rel:WROTE"].tp == 1
    visited = score.counts["rel:VISITED"]
    assert (visited.tp, visited.fp, visited.fn) == (0, 1, 1)  # wrong subject
    table = format_score(score, show="a1")
    assert "miss Person: 陈思雨" in table and "extra Person: 李" in table
    assert "ENTITIES" in table and "RELATIONS" in table


def test_a_bad_gold_file_is_named(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"articles": [{"title": "x"}]}', encoding="utf-8")
    with pytest.raises(GoldError, match="broken.json: not a gold file"):
        read_gold(path)
    with pytest.raises(GoldError, match="cannot read"):
        read_gold(tmp_path / "absent.json")
