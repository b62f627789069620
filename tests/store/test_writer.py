"""Loading graphs into a real Bolt store (the embedded ArcadeDB; Neo4j too when NEO4J_URI is set)."""

from __future__ import annotations

import stat
from collections import Counter

import pytest
from neo4j.exceptions import Neo4jError

from kg.cli.main import main as kg_main
from kg.store import StoreError, load_graph, open_store, write_graph
from kg.store.connection import Endpoint, connect
from kg.store.embedded import PASSWORD_ENV, free_port, root_password
from kg.store.rows import edge_key, graph_rows, node_labels, store_value
from kg.write import write_graphml
from tests.conftest import E_SPOKE_1, E_SPOKE_2, empty, second_graph, small_graph, working_folder


def counts(store):
    def run(query):
        records, _, _ = store.driver.execute_query(query, database_=store.database)
        return Counter({r["k"]: r["c"] for r in records})

    return (
        run("MATCH (n) RETURN labels(n)[0] AS k, count(n) AS c"),
        run("MATCH ()-[r]->() RETURN type(r) AS k, count(r) AS c"),
    )


def graph_counts(g):
    return (
        Counter(d["labels"].lstrip(":") for _, d in g.nodes(data=True)),
        Counter(d["label"] for *_, d in g.edges(data=True)),
    )


def test_store_values_are_what_both_stores_accept():
    assert store_value(["我市", "本市"]) == ["我市", "本市"]
    assert store_value([1, 2.5]) == [1.0, 2.5]
    assert store_value([]) == []
    assert store_value(["a", 1]) == '["a", 1]'
    assert store_value({"k": [1]}) == '{"k": [1]}'
    assert store_value(float("nan")) is None
    assert store_value(660600.0) == 660600.0
    assert node_labels(":Organization:Media") == ("Organization", "Media")
    with pytest.raises(StoreError):
        node_labels(":Person`) DETACH DELETE (n")


def test_edge_identity_tells_facts_apart_and_ignores_counts():
    base = {"label": "SPOKE", "article": "a1", "evidence": E_SPOKE_1, "verb": "点评"}
    assert edge_key("SPOKE", "p", "e", base) == edge_key("SPOKE", "p", "e", {**base, "count": 3})
    assert edge_key("SPOKE", "p", "e", base) != edge_key(
        "SPOKE", "p", "e", {**base, "evidence": E_SPOKE_2}
    )
    assert edge_key("SPOKE", "p", "e", base) != edge_key("ACTED", "p", "e", base)
    nodes, edges = graph_rows(small_graph())
    assert sum(len(b.rows) for b in edges) == small_graph().number_of_edges()
    assert len({r["key"] for b in edges for r in b.rows}) == small_graph().number_of_edges()


def test_load_writes_every_node_and_relationship_with_properties(store):
    empty(store)
    g = small_graph()
    stats = write_graph(store, g, batch_size=4)
    assert (stats.nodes, stats.relationships) == (g.number_of_nodes(), g.number_of_edges())
    assert stats.nodes_created == g.number_of_nodes()
    assert stats.relationships_created == g.number_of_edges()
    assert counts(store) == graph_counts(g)
    records, _, _ = store.driver.execute_query(
        "MATCH (p:Place {id: $id}) RETURN p.name AS name, p.aliases AS aliases",
        id="Place:乌海市",
        database_=store.database,
    )
    assert records[0]["name"] == "乌海市" and sorted(records[0]["aliases"]) == ["我市", "本市"]
    records, _, _ = store.driver.execute_query(
        "MATCH (:Person {name: '李春晓'})-[r:SPOKE]->(e:Event) RETURN r.evidence AS evidence, r.verb AS verb",
        database_=store.database,
    )
    assert {r["evidence"] for r in records} == {
        E_SPOKE_1,
        E_SPOKE_2,
    }  # two facts, two relationships
    records, _, _ = store.driver.execute_query(
        "MATCH (f:Figure {name: '66.06万元'}) RETURN f.value AS value, f.unit AS unit",
        database_=store.database,
    )
    assert (records[0]["value"], records[0]["unit"]) == (660600.0, "元")


def test_loading_twice_changes_nothing(store):
    empty(store)
    g = small_graph()
    write_graph(store, g)
    before = counts(store)
    again = write_graph(store, g, batch_size=3)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert counts(store) == before == graph_counts(g)


def test_a_second_graph_adds_and_links_to_shared_entities(store):
    empty(store)
    first, second = small_graph(), second_graph()
    write_graph(store, first)
    stats = write_graph(store, second)
    assert stats.nodes_created == second.number_of_nodes() - 1  # 李春晓 is already there
    nodes, rels = counts(store)
    assert nodes["Person"] == 5 and nodes["Article"] == 3 and nodes["Place"] == 2
    assert sum(rels.values()) == first.number_of_edges() + second.number_of_edges()
    records, _, _ = store.driver.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(p:Person {id: 'Person:李春晓'}) RETURN a.id AS id ORDER BY id",
        database_=store.database,
    )
    assert [r["id"] for r in records] == ["article:a1", "article:a2", "article:a3"]
    records, _, _ = store.driver.execute_query(
        "MATCH (p:Person {id: 'Person:李春晓'}) RETURN p.aliases AS aliases",
        database_=store.database,
    )
    assert records[0]["aliases"] == ["李秘书长"]  # the later graph's view of the node wins


def test_uniqueness_constraint_guards_ids(store):
    empty(store)
    write_graph(store, small_graph())
    with pytest.raises(Neo4jError):
        store.driver.execute_query(
            "CREATE (:Person {id: 'Person:王超', name: '王超'})", database_=store.database
        )
    records, _, _ = store.driver.execute_query(
        "MATCH (p:Person {id: 'Person:王超'}) RETURN count(p) AS c", database_=store.database
    )
    assert records[0]["c"] == 1


def test_wrong_password_is_one_line_naming_the_uri(embedded_endpoint):
    wrong = Endpoint(embedded_endpoint.uri, "root", "not-the-password", embedded_endpoint.database)
    with pytest.raises(StoreError) as info:
        connect(wrong)
    message = str(info.value)
    assert "\n" not in message and embedded_endpoint.uri in message and "refused" in message
    assert "not-the-password" not in message and embedded_endpoint.password not in message


def test_store_that_is_down_is_one_line_naming_the_uri():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError) as info:
        load_graph(small_graph(), uri=uri, user="neo4j", password="secret-pw")
    message = str(info.value)
    assert "\n" not in message and uri in message and "secret-pw" not in message


def test_missing_database_is_named(embedded_endpoint):
    with (
        pytest.raises(StoreError, match="no database 'nosuch'"),
        open_store(embedded_endpoint.uri, "root", embedded_endpoint.password, "nosuch"),
    ):
        pass


def test_password_file_is_private_and_stays_out_of_logs(embedded_endpoint, embedded_data, embedded):
    secret = embedded_data / "root-password"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text().strip() == embedded_endpoint.password
    logs = [p for p in (embedded_data / "log").iterdir() if p.is_file()]
    assert (
        any(p.name.startswith("arcadedb.log") for p in logs)
        and (embedded_data / "log/console.log").exists()
    )
    for path in logs + list((embedded_data / "config").iterdir()):
        assert embedded_endpoint.password not in path.read_text(errors="replace"), path
    assert list(working_folder(embedded_data).iterdir()) == []  # no ./log where it was started


def test_password_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "from-env-123")
    assert root_password(tmp_path) == "from-env-123"
    assert not (tmp_path / "root-password").exists()
    monkeypatch.delenv(PASSWORD_ENV)
    generated = root_password(tmp_path)
    assert len(generated) >= 24 and root_password(tmp_path) == generated


def test_kg_load_command_uses_the_running_embedded_store(embedded_data, embedded, tmp_path, capsys):
    empty(embedded)
    write_graphml(small_graph(), tmp_path / "out" / "graph.graphml")
    assert (
        kg_main(["load", str(tmp_path / "out"), "--data", str(embedded_data), "--batch-size", "5"])
        == 0
    )
    assert f"loaded {small_graph().number_of_nodes()} nodes" in capsys.readouterr().out
    assert counts(embedded) == graph_counts(small_graph())
    assert kg_main(["load", str(tmp_path / "missing.graphml"), "--data", str(embedded_data)]) == 1
