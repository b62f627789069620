"""Write a graph into a Bolt store: constraints first, then only what the store lacks or holds
with other values, in ``UNWIND $rows`` batches.

Why this shape: per label set and per relationship type, the writer first reads
what the store holds (``delta``), then CREATEs the missing rows, MERGEs the
differing ones and sends nothing for the rest, so a fresh load is all CREATEs
and the reload of an unchanged graph only reads. Rows go in batches, one
transaction each, through the driver's managed transactions (``execute_write``),
which retry on transient errors (deadlocks, leader switches, dropped
connections); every batch the store confirmed stays, and a load run again
after one cut short reads what is there and writes the rest.
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
from kg.store.cypher import (
    constraint_queries,
    edge_create_query,
    edge_merge_query,
    node_create_query,
    node_merge_query,
)
from kg.store.delta import (
    content_hash,
    held_edges,
    held_nodes,
    literal_groups,
    node_count,
    sort_rows,
)
from kg.store.embedded import DEFAULT_DATA_DIR
from kg.store.rows import EdgeBatch, NodeBatch, graph_rows, merged
from kg.store.session import Store, open_store
from kg.store.unfinished import marked_load

DEFAULT_BATCH_SIZE = 5000


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
    unchanged: int = 0  # rows the store held already, with the same values: not sent
    seconds: float = 0.0
    node_seconds: float = 0.0
    relationship_seconds: float = 0.0
    by_label: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    target: str = ""
    written: int = 0  # rows the store has confirmed (or held already), nodes and relationships
    earlier: str = ""  # what an earlier, unfinished load into the same store left to say

    def add(self, counters) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set

    def summary(self) -> str:
        done = (
            f"loaded {self.nodes} nodes and {self.relationships} relationships into {self.target} "
            f"in {self.seconds:.1f}s ({self.nodes_created} nodes and "
            f"{self.relationships_created} relationships new, {self.unchanged} unchanged)"
        )
        if self.earlier:
            done += f"\n  {self.earlier}; this load merged over what it had written"
        return done


def check_batch_size(batch_size: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise BatchSizeError(
            f"the batch size must be a whole number of at least 1, not {batch_size!r}"
        )


def write_graph(
    store: Store, graph: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE
) -> LoadStats:
    """Merge ``graph`` into the store; loading the same graph again writes nothing."""
    check_batch_size(batch_size)
    started = time.perf_counter()
    node_batches, edge_batches = graph_rows(graph)
    stats = LoadStats(target=store.where)
    total = sum(len(b.rows) for b in node_batches) + sum(len(b.rows) for b in edge_batches)
    try:
        with store.driver.session(database=store.database) as session:
            clock = time.perf_counter()
            known = Known(ends=endpoints(edge_batches))
            for batch in node_batches:
                stats.by_label[":".join(batch.labels)] += len(batch.rows)
                write_nodes(session, batch, batch_size, stats, known)
            stats.node_seconds = time.perf_counter() - clock
            clock = time.perf_counter()
            for batch in edge_batches:
                stats.by_type[batch.type] += len(batch.rows)
                write_edges(session, batch, batch_size, stats, known)
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


def endpoints(batches: list[EdgeBatch]) -> dict[str, set[str]]:
    """The ids relationships start or end at, by the node's first label."""
    ends: dict[str, set[str]] = {}
    for batch in batches:
        ends.setdefault(batch.start_label, set()).update(row["start"] for row in batch.rows)
        ends.setdefault(batch.end_label, set()).update(row["end"] for row in batch.rows)
    return ends


def write_nodes(session, batch: NodeBatch, batch_size: int, stats: LoadStats, known) -> None:
    """Create the batch's missing nodes, merge the differing ones, skip the rest; note in
    ``known.fresh`` which were created. A label the store has no node of gets its
    constraint and index after its nodes are created (built at once, they cost less than
    kept up row by row); any other label before anything is written."""
    rows = merged(batch.rows, "id")
    for row in rows:
        row["hash"] = content_hash(batch.labels, row["props"])
    label = batch.labels[0]
    held, count = {}, node_count(session, label)
    if count:
        constrain(session, batch.labels, known.constrained)
        ids = [row["id"] for row in rows]
        held = held_nodes(session, label, ids, batch_size, count=count)
    delta = sort_rows(rows, "id", held)
    stats.unchanged += delta.unchanged
    stats.written += delta.unchanged
    groups, others = literal_groups(delta.new)
    for keys, group in groups.items():
        write_rows(session, node_create_query(batch, keys), group, batch_size, stats)
    constrain(session, batch.labels, known.constrained)
    write_rows(session, node_merge_query(batch), delta.changed + others, batch_size, stats)
    known.fresh.update((label, row["id"]) for row in delta.new)


def constrain(session, labels: tuple[str, ...], done: set[str]) -> None:
    """The unique ``id`` and the ``name`` index of each label, once per load."""
    for query in constraint_queries(set(labels) - done):
        session.run(query).consume()
    done.update(labels)


@dataclass
class Known:
    """What the writer has learnt of the store during a load, read once and reused."""

    fresh: set = field(default_factory=set)  # (first label, id) of the nodes created here
    constrained: set = field(default_factory=set)  # labels whose constraints are in place
    held: dict = field(default_factory=dict)  # type -> {edge_key: kg_hash} in the store
    refs: dict = field(default_factory=dict)  # label -> {id: elementId}
    ends: dict = field(default_factory=dict)  # label -> ids that relationships end at

    def may_hold(self, batch: EdgeBatch, row: dict) -> bool:
        """Whether the store may hold the row's relationship: not when a node is new."""
        start, end = (batch.start_label, row["start"]), (batch.end_label, row["end"])
        return start not in self.fresh and end not in self.fresh

    def ref(self, session, label: str, batch_size: int) -> dict:
        """``id -> elementId`` of the label's nodes that relationships of this load end at."""
        if label not in self.refs:
            ids = sorted(self.ends.get(label, ()))
            self.refs[label] = held_nodes(session, label, ids, batch_size, "elementId(n)")
        return self.refs[label]


def write_edges(session, batch: EdgeBatch, batch_size: int, stats: LoadStats, known: Known) -> None:
    """Create the batch's missing relationships, merge the differing ones, skip the rest. One
    with a node created in this load cannot be in the store yet: only the others are looked
    up, in what the store holds of the type (read once per type, when first needed)."""
    rows = merged(batch.rows, "key")
    for row in rows:
        row["hash"] = content_hash((batch.type,), row["props"])
    if batch.type not in known.held and any(known.may_hold(batch, row) for row in rows):
        known.held[batch.type] = held_edges(session, batch.type)
    delta = sort_rows(rows, "key", known.held.get(batch.type, {}))
    stats.unchanged += delta.unchanged
    stats.written += delta.unchanged
    groups, others = literal_groups(delta.new)
    if groups:
        starts = known.ref(session, batch.start_label, batch_size)
        ends = known.ref(session, batch.end_label, batch_size)
    for keys, group in groups.items():
        for row in group:
            row["a"], row["b"] = starts[row["start"]], ends[row["end"]]
        write_rows(session, edge_create_query(batch, keys), group, batch_size, stats)
    write_rows(session, edge_merge_query(batch), delta.changed + others, batch_size, stats)


def write_rows(session, query: str, rows: list[dict], batch_size: int, stats: LoadStats) -> None:
    """Send ``rows`` in transactions of ``batch_size``, counting in ``stats`` what the store
    confirms."""
    for start in range(0, len(rows), batch_size):
        batch = rows[start : start + batch_size]
        stats.add(session.execute_write(run_batch, query, batch))
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
