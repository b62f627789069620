"""A load writes only what the store lacks or holds with other values (kg/store/delta.py), and
the store ends up as if every row had been merged."""

from __future__ import annotations

import networkx as nx

from kg.store import delta, write_graph
from kg.store.delta import content_hash, literal_groups, sort_rows
from tests.conftest import A1, empty, second_graph, small_graph


def snapshot(store) -> tuple[list, list]:
    """Every node's and relationship's labels or type and properties, in a stable order."""

    def run(query):
        records, _, _ = store.driver.execute_query(query, database_=store.database)
        return sorted(repr(sorted(r["p"].items())) + repr(r["k"]) for r in records)

    return (
        run("MATCH (n) RETURN labels(n) AS k, properties(n) AS p"),
        run("MATCH (a)-[r]->(b) RETURN [type(r), a.id, b.id] AS k, properties(r) AS p"),
    )


def rows_of(g: nx.MultiDiGraph) -> int:
    return g.number_of_nodes() + g.number_of_edges()


def test_rows_are_sorted_by_what_the_store_holds():
    rows = [{"id": i, "hash": f"h{i}"} for i in "abcd"]
    delta = sort_rows(rows, "id", {"a": "h-other", "b": "hb", "d": None, "z": "hz"})
    assert [r["id"] for r in delta.new] == ["c"]
    assert [r["id"] for r in delta.changed] == ["a", "d"]  # d: written before kg_hash
    assert delta.unchanged == 1
    assert content_hash(("Person",), {"a": 1, "b": [2]}) == content_hash(
        ("Person",), {"b": [2], "a": 1}
    )
    assert content_hash(("Person",), {"a": 1}) != content_hash(("Place",), {"a": 1})
    groups, others = literal_groups([{"props": {"name": "x"}}, {"props": {"two words": 1}}])
    assert list(groups) == [("name",)] and others == [{"props": {"two words": 1}}]


def test_reloading_an_unchanged_graph_writes_nothing(store):
    empty(store)
    g = small_graph()
    first = write_graph(store, g)
    assert (first.nodes_created, first.unchanged) == (g.number_of_nodes(), 0)
    before = snapshot(store)
    again = write_graph(store, g, batch_size=3)
    assert (again.nodes_created, again.relationships_created, again.properties_set) == (0, 0, 0)
    assert again.unchanged == rows_of(g)
    assert snapshot(store) == before


def test_changed_properties_are_updated_and_nothing_else_written(store):
    empty(store)
    g = small_graph()
    write_graph(store, g)
    g.nodes["Place:乌海市"]["aliases"] = ["本市"]
    g.edges[A1, "Person:李春晓", 0]["count"] = 9  # a value of the fact, not its identity
    g.nodes["Person:王超"]["odd key"] = "x"  # a key that cannot go into query text
    stats = write_graph(store, g)
    assert (stats.nodes_created, stats.relationships_created) == (0, 0)
    assert stats.unchanged == rows_of(g) - 3
    records, _, _ = store.driver.execute_query(
        "MATCH (:Article {id: $a})-[r:MENTIONS]->(:Person {id: 'Person:李春晓'}) "
        "MATCH (c:Place {id: 'Place:乌海市'}) MATCH (w:Person {id: 'Person:王超'}) "
        "RETURN r.count AS count, c.aliases AS aliases, w['odd key'] AS odd",
        a=A1,
        database_=store.database,
    )
    assert [(r["count"], r["aliases"], r["odd"]) for r in records] == [(9, ["本市"], "x")]
    assert write_graph(store, g).unchanged == rows_of(g)


def test_a_load_cut_short_is_finished_by_the_next(store):
    """What a load cut short leaves (some batches of nodes and relationships, committed), and a
    store written before rows carried ``kg_hash``: loading the whole graph ends as a clean load."""
    g = small_graph()
    empty(store)
    write_graph(store, g)
    clean = snapshot(store)
    empty(store)
    part = g.copy()
    part.remove_nodes_from(list(g.nodes)[: g.number_of_nodes() // 2])
    write_graph(store, part)
    store.driver.execute_query(
        "MATCH (n:Person) REMOVE n.kg_hash", database_=store.database
    )  # as the writer before kg_hash left them
    stats = write_graph(store, g, batch_size=2)
    assert stats.nodes_created == g.number_of_nodes() - part.number_of_nodes()
    assert snapshot(store) == clean


def test_nodes_looked_up_by_id_when_the_store_holds_many_more(store, monkeypatch):
    """A small graph into a big store reads only its own nodes (by ``id``), not whole labels;
    the answers are the same."""
    monkeypatch.setattr(delta, "SCAN_RATIO", 0)  # every label counts as big here
    empty(store)
    g, second = small_graph(), second_graph()
    write_graph(store, g)
    assert write_graph(store, g).unchanged == rows_of(g)
    stats = write_graph(store, second)
    assert stats.nodes_created == second.number_of_nodes() - 1  # 李春晓 is held already
    assert stats.relationships_created == second.number_of_edges()
    records, _, _ = store.driver.execute_query(
        "MATCH (p:Person {id: 'Person:李春晓'})-[:VISITED]->(d:Place) "
        "RETURN p.aliases AS aliases, d.name AS place",
        database_=store.database,
    )
    assert [(r["aliases"], r["place"]) for r in records] == [(["李秘书长"], "海勃湾区")]
