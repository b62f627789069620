"""Write a graph into a Bolt store: constraints first, then ``UNWIND $rows ... MERGE`` batches.

Why this shape: a uniqueness constraint on every label's ``id`` both keeps
MERGE from duplicating nodes and gives it the index it looks nodes up by, so
it must exist before the first row. Rows go in batches, one transaction each,
through the driver's managed transactions (``execute_write``), which retry on
transient errors (deadlocks, leader switches, dropped connections). Only
labels and relationship types are written into the query text, and only
after ``rows.check_name``; every value travels as a parameter.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from neo4j.exceptions import DriverError, Neo4jError

from kg.errors import UsageError
from kg.store.connection import StoreError, describe_failure
from kg.store.embedded import DEFAULT_DATA_DIR
from kg.store.rows import EdgeBatch, NodeBatch, graph_rows, merged
from kg.store.session import Store, open_store
from kg.store.unfinished import marked_load

DEFAULT_BATCH_SIZE = 1000


class BatchSizeError(UsageError, ValueError):
    """A batch size (``--batch-size``) that is not a positive whole number."""


@dataclass
class LoadStats:
    """What a load did: rows sent, what the store says it created, and time taken."""

    nodes: int = 0
    relationships: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    seconds: float = 0.0
    node_seconds: float = 0.0
    relationship_seconds: float = 0.0
    by_label: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    target: str = ""
    written: int = 0  # rows the store has confirmed, nodes and relationships
    earlier: str = ""  # what an earlier, unfinished load into the same store left to say

    def add(self, changed: Counter) -> None:
        self.nodes_created += changed["nodes_created"]
        self.relationships_created += changed["relationships_created"]
        self.properties_set += changed["properties_set"]

    def summary(self) -> str:
        done = (
            f"loaded {self.nodes} nodes and {self.relationships} relationships into {self.target} "
            f"in {self.seconds:.1f}s ({self.nodes_created} nodes and "
            f"{self.relationships_created} relationships new)"
        )
        if self.earlier:
            done += f"\n  {self.earlier}; this load merged over what it had written"
        return done


def check_batch_size(batch_size: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise BatchSizeError(
            f"the batch size must be a whole number of at least 1, not {batch_size!r}"
        )


def constraint_queries(labels: set[str]) -> list[str]:
    """Neo4j 5 syntax, which ArcadeDB also takes: unique ``id`` and an index on ``name`` per
    label."""
    queries = []
    for label in sorted(labels):
        tag = label.lower()
        queries.append(
            f"CREATE CONSTRAINT kg_{tag}_id IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE"
        )
        queries.append(f"CREATE INDEX kg_{tag}_name IF NOT EXISTS FOR (n:`{label}`) ON (n.name)")
    return queries


def node_query(batch: NodeBatch) -> str:
    first, *more = batch.labels
    extra = "".join(f", n:`{label}`" for label in more)
    return f"UNWIND $rows AS row MERGE (n:`{first}` {{id: row.id}}) SET n += row.props{extra}"


def edge_query(batch: EdgeBatch) -> str:
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:`{batch.start_label}` {{id: row.start}}) "
        f"MATCH (b:`{batch.end_label}` {{id: row.end}}) "
        f"MERGE (a)-[r:`{batch.type}` {{edge_key: row.key}}]->(b) SET r += row.props"
    )


def write_graph(
    store: Store, graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE
) -> LoadStats:
    """Merge ``graph`` into the store; loading the same graph again changes nothing."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise BatchSizeError(
            f"the batch size must be a whole number of at least 1, not {batch_size!r}"
        )
    started = time.perf_counter()
    node_batches, edge_batches = graph_rows(graph)
    stats = LoadStats(target=store.where)
    labels = {label for batch in node_batches for label in batch.labels}
    total = sum(len(b.rows) for b in node_batches) + sum(len(b.rows) for b in edge_batches)
    try:
        for query in constraint_queries(labels):
            store.driver.execute_query(query, database_=store.database)
        with store.driver.session(database=store.database) as session:
            clock = time.perf_counter()
            for batch in node_batches:
                stats.by_label[":".join(batch.labels)] += len(batch.rows)
                write_rows(session, node_query(batch), merged(batch.rows, "id"), batch_size, stats)
            stats.node_seconds = time.perf_counter() - clock
            clock = time.perf_counter()
            for batch in edge_batches:
                stats.by_type[batch.type] += len(batch.rows)
                write_rows(session, edge_query(batch), merged(batch.rows, "key"), batch_size, stats)
            stats.relationship_seconds = time.perf_counter() - clock
    except (Neo4jError, DriverError) as exc:
        raise StoreError(
            f"the load into {store.where} stopped after {stats.written:,} of {total:,} nodes "
            f"and relationships: {describe_failure(exc, store.endpoint)}. What was written "
            "stays; load again to finish (a load merges, so nothing is doubled)"
        ) from None
    stats.nodes, stats.relationships = sum(stats.by_label.values()), sum(stats.by_type.values())
    stats.seconds = time.perf_counter() - started
    return stats


def write_rows(session, query: str, rows: list[dict], batch_size: int, stats: LoadStats) -> None:
    """Send ``rows`` in transactions of ``batch_size``, counting in ``stats`` what the store
    confirms."""
    for start in range(0, len(rows), batch_size):
        batch = rows[start : start + batch_size]
        counters = session.execute_write(run_batch, query, batch)
        stats.add(
            Counter(
                nodes_created=counters.nodes_created,
                properties_set=counters.properties_set,
                relationships_created=counters.relationships_created,
            )
        )
        stats.written += len(batch)


def run_batch(tx, query: str, rows: list[dict]):
    """One transaction's work; a function of its arguments only, so the driver can retry it."""
    return tx.run(query, rows=rows).consume().counters


def load_graph(
    graph: nx.MultiDiGraph,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    data_dir: str | Path = DEFAULT_DATA_DIR,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadStats:
    """Load ``graph`` into the user's store (``uri`` or NEO4J_URI) or, by default, into the
    embedded store in ``data_dir``. What ``kg build`` and ``kg load`` call."""
    with open_store(uri, user, password, database, data_dir) as store:
        with marked_load(store.data_dir) as earlier:
            stats = write_graph(store, graph, batch_size)
        stats.earlier = earlier
        return stats
