"""Write rate of the embedded store: nodes and relationships per second through Bolt.

Usage: .venv/bin/python bench/bench_store.py [--nodes 100000] [--batch-size 5000] [--repeat-load]

A graph of the contract's shape is generated (no NLP: this measures the store
and the writer, not extraction): articles mentioning people, organisations,
places, programmes and events, with bylines, posts, actions and figures, about
2.2 relationships per node. It is loaded into a fresh embedded store in a
temporary folder; the nodes and relationships phases are timed apart (nodes/s,
relationships/s), server start-up apart from both, and each load's CPU seconds are counted (the
store's JVM runs in this process; ``python_cpu_seconds`` is the Python side
alone). ``--repeat-load`` loads it a second time: the reload of an unchanged
graph, which must create nothing and send nothing (``unchanged`` counts the
rows the store already held). Results go to bench/results/store.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.store import open_store, write_graph
from kg.store.writer import DEFAULT_BATCH_SIZE

RESULTS = Path(__file__).resolve().parent / "results" / "store.json"
SHARES = {
    "Article": 0.10,
    "Person": 0.20,
    "Organization": 0.15,
    "Place": 0.05,
    "Programme": 0.10,
    "Event": 0.10,
    "Figure": 0.30,
}
ACTIONS = (
    "PRESIDED",
    "ATTENDED",
    "SPOKE",
    "HELD",
    "DONATED",
    "ISSUED",
    "DISBURSED",
    "VISITED",
    "ACTED",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华春晓斌"


def generate(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A reproducible graph of about ``nodes`` nodes in the contract's shape."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    ids = _add_nodes(g, rng, nodes)
    for i, article in enumerate(ids["Article"]):
        _add_article_mentions(g, rng, ids, article)
        _add_article_facts(g, rng, ids, article, evidence=f"第{i}篇的一句话,说明谁做了什么。")
    return g


def _add_nodes(g: nx.MultiDiGraph, rng: random.Random, nodes: int) -> dict[str, list[str]]:
    """The nodes of each label in its share of ``nodes``; their ids by label."""
    ids: dict[str, list[str]] = {}
    for label, share in SHARES.items():
        ids[label] = []
        for i in range(max(1, int(nodes * share))):
            node_id = f"{label}:{label[:3]}{i:07d}"
            name = (
                rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + str(i)
                if label == "Person"
                else f"{label}{i}号"
            )
            props = {
                "labels": f":{label}",
                "id": node_id,
                "name": name,
                "aliases": [name[:2]] if i % 3 else [],
            }
            if label == "Article":
                props.update(
                    title=name,
                    date=f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    source="乌海日报",
                    section="要闻",
                    text="本报讯 " * 40,
                )
            elif label == "Figure":
                props.update(
                    value=float(rng.randint(1, 100000)), unit="元", text=f"{i}元", metric="资金"
                )
            g.add_node(node_id, **props)
            ids[label].append(node_id)
    return ids


def _add_article_mentions(
    g: nx.MultiDiGraph, rng: random.Random, ids: dict[str, list[str]], article: str
) -> None:
    """The article's byline and what it mentions."""
    g.add_edge(
        rng.choice(ids["Person"]),
        article,
        label="WROTE",
        article=article,
        role="reporter",
        evidence="(记者)",
    )
    for label in (
        "Person",
        "Person",
        "Organization",
        "Organization",
        "Place",
        "Programme",
        "Event",
    ):
        g.add_edge(
            article,
            rng.choice(ids[label]),
            label="MENTIONS",
            article=article,
            count=rng.randint(1, 4),
        )


def _add_article_facts(
    g: nx.MultiDiGraph,
    rng: random.Random,
    ids: dict[str, list[str]],
    article: str,
    evidence: str,
) -> None:
    """The article's figures, actions, a post and an address, each citing ``evidence``."""
    for _ in range(3):
        figure = rng.choice(ids["Figure"])
        g.add_edge(article, figure, label="REPORTS", article=article, count=1)
        g.add_edge(
            figure,
            rng.choice(ids["Programme"]),
            label="MEASURES",
            article=article,
            evidence=evidence,
        )
    for _ in range(3):
        g.add_edge(
            rng.choice(ids["Person"]),
            rng.choice(ids["Event"] + ids["Programme"]),
            label=rng.choice(ACTIONS),
            article=article,
            evidence=evidence,
            verb="主持",
        )
    g.add_edge(
        rng.choice(ids["Person"]),
        rng.choice(ids["Organization"]),
        label="HOLDS_POSITION",
        article=article,
        evidence=evidence,
        title="主任",
    )
    g.add_edge(
        rng.choice(ids["Organization"]),
        rng.choice(ids["Place"]),
        label="LOCATED_IN",
        article=article,
        evidence=evidence,
    )


def timed_load(store, graph: nx.MultiDiGraph, batch_size: int) -> tuple:
    """The load's stats, the CPU seconds this process spent (the store's JVM runs in it too)
    and those of this thread alone (the Python side): on a shared machine wall-clock rates
    move with other people's work, CPU time much less."""
    cpu, python = time.process_time(), time.thread_time()
    stats = write_graph(store, graph, batch_size)
    return stats, time.process_time() - cpu, time.thread_time() - python


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument(
        "--repeat-load", action="store_true", help="load the same graph a second time"
    )
    args = parser.parse_args()

    clock = time.perf_counter()
    graph = generate(args.nodes)
    generated = time.perf_counter() - clock
    print(
        f"generated {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships "
        f"in {generated:.1f}s",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as data:
        clock = time.perf_counter()
        with open_store(data_dir=data) as store:
            started = time.perf_counter() - clock
            loads = [timed_load(store, graph, args.batch_size)]
            if args.repeat_load:
                loads.append(timed_load(store, graph, args.batch_size))
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "loadavg_at_end": os.getloadavg(),
        "batch_size": args.batch_size,
        "nodes": graph.number_of_nodes(),
        "relationships": graph.number_of_edges(),
        "store_start_seconds": round(started, 2),
        "loads": [],
    }
    for stats, cpu, python in loads:
        result["loads"].append(
            {
                "cpu_seconds": round(cpu, 2),
                "python_cpu_seconds": round(python, 2),
                "rows_per_cpu_second": round((stats.nodes + stats.relationships) / cpu),
                "unchanged": stats.unchanged,
                "nodes_created": stats.nodes_created,
                "relationships_created": stats.relationships_created,
                "seconds": round(stats.seconds, 2),
                "nodes_per_second": round(stats.nodes / stats.node_seconds),
                "relationships_per_second": round(stats.relationships / stats.relationship_seconds),
                "rows_per_second": round((stats.nodes + stats.relationships) / stats.seconds),
            }
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
