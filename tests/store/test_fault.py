"""The store killed in the middle of a load: the user is told what happened, and loading again
gives the counts a clean load gives.

Two ways to die: the ``kg serve`` a load talks to is killed (the load survives and says how
far it got), and the process holding the embedded store is killed with the load in it (no
one is left to speak: the next load says the last one did not finish). Everything runs for
real, in processes of its own, on a generated graph big enough to be caught half-loaded.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from neo4j import GraphDatabase

from kg.errors import EXIT_STORE
from kg.store import load_graph, open_store
from kg.store.embedded import running_server
from kg.store.unfinished import MARKER
from kg.write import write_graphml
from tests.processes import kg_process

BATCH = "10"  # small transactions: a load of the graph below takes a few seconds


def generated_graph(people: int = 1200, articles: int = 200) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for a in range(articles):
        g.add_node(f"article:{a}", labels=":Article", id=f"article:{a}", name=f"第{a}篇")
    for p in range(people):
        g.add_node(f"Person:人{p}", labels=":Person", id=f"Person:人{p}", name=f"人{p}")
        for a in (p % articles, (p * 7) % articles):
            g.add_edge(f"article:{a}", f"Person:人{p}", label="MENTIONS", article=f"article:{a}")
    return g


def wait_until(condition, seconds: float = 180, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


def counts(data: Path) -> tuple[Counter, Counter]:
    """Nodes by label and relationships by type in the embedded store in ``data``."""
    with open_store(data_dir=data) as store:
        nodes, _, _ = store.driver.execute_query(
            "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n", database_=store.database
        )
        rels, _, _ = store.driver.execute_query(
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", database_=store.database
        )
    return Counter({r["label"]: r["n"] for r in nodes}), Counter({r["type"]: r["n"] for r in rels})


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fault")
    write_graphml(generated_graph(), folder / "out" / "graph.graphml")
    return folder


@pytest.fixture(scope="module")
def clean_counts(graph_dir) -> tuple[Counter, Counter]:
    load_graph(generated_graph(), data_dir=graph_dir / "clean")
    return counts(graph_dir / "clean")


def nodes_in_served_store(data: Path) -> int:
    state = running_server(data)
    password = (data / "root-password").read_text(encoding="utf-8").strip()
    uri = f"bolt://127.0.0.1:{state['bolt_port']}"
    with GraphDatabase.driver(uri, auth=("root", password)) as driver:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_="kg")
    return records[0]["n"]


def test_a_served_store_killed_mid_load_is_reported_and_a_reload_completes_it(
    graph_dir, clean_counts
):
    data = graph_dir / "served"
    serve = kg_process("serve", "--data", data, "--bolt-port", "0", "--http-port", "0")
    try:
        wait_until(lambda: running_server(data) is not None, what="kg serve")
        load = kg_process("load", graph_dir / "out", "--data", data, "--batch-size", BATCH)
        wait_until(lambda: nodes_in_served_store(data) > 100, what="the load to start")
    finally:
        serve.send_signal(signal.SIGKILL)
        serve.communicate(timeout=60)
    out, err = load.communicate(timeout=180)
    assert load.returncode == EXIT_STORE, err
    [line] = err.strip().splitlines()
    assert line.startswith(f"kg: the load into the embedded store in {data} stopped after ")
    written, total = (
        int(n.replace(",", "")) for n in line.split("stopped after ")[1].split(" ")[:3:2]
    )
    assert 100 <= written < total == 1400 + 2400
    assert line.endswith(
        "What was written stays; load again to finish (a load merges, so nothing is doubled)"
    )

    again = kg_process("load", graph_dir / "out", "--data", data)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "did not finish; this load merged over what it had written" in out
    assert counts(data) == clean_counts


def test_a_process_killed_with_the_store_in_it_is_noticed_by_the_next_load(graph_dir, clean_counts):
    data = graph_dir / "in-process"
    load = kg_process("load", graph_dir / "out", "--data", data, "--batch-size", BATCH)
    wait_until(lambda: (data / MARKER).exists(), what="the load to start")
    time.sleep(1.0)  # some batches in
    load.send_signal(signal.SIGKILL)
    load.communicate(timeout=60)

    again = kg_process("load", graph_dir / "out", "--data", data)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"the load into {data} started " in out
    assert "did not finish; this load merged over what it had written" in out
    assert not (data / MARKER).exists()
    assert counts(data) == clean_counts
