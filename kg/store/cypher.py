"""The text of the writer's queries: plain Neo4j 5 Cypher that ArcadeDB runs too.

Why apart from the writer: what is sent is decided here, how and when in
``writer``. Only labels, relationship types and property keys that passed
``rows.check_name`` / ``rows.NAME`` go into query text; every value travels as
a parameter (``$rows``). Nodes are looked up with ``WHERE n.id = row.id``
rather than ``{id: row.id}``: the same to Neo4j, and ArcadeDB's planner seeks
the ``id`` index faster with it inside a write; faster still is a node's
``elementId``, where the writer has read it.
"""

from __future__ import annotations

from kg.store.delta import HASH, literal
from kg.store.rows import EdgeBatch, NodeBatch


def constraint_queries(labels: set[str]) -> list[str]:
    """Unique ``id`` and an index on ``name`` per label (Neo4j 5 syntax, which ArcadeDB also
    takes): the constraint keeps MERGE from duplicating nodes and is the index every lookup
    by ``id`` seeks, so it comes before the first row."""
    queries = []
    for label in sorted(labels):
        tag = label.lower()
        queries.append(
            f"CREATE CONSTRAINT kg_{tag}_id IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE"
        )
        queries.append(f"CREATE INDEX kg_{tag}_name IF NOT EXISTS FOR (n:`{label}`) ON (n.name)")
    return queries


def node_create_query(batch: NodeBatch, keys: tuple[str, ...]) -> str:
    """New nodes whose properties are ``keys``, written as a map literal (cheaper than SET)."""
    labels = "".join(f":`{label}`" for label in batch.labels)
    return f"UNWIND $rows AS row CREATE (n{labels} {literal(keys, f'{HASH}: row.hash')})"


def node_merge_query(batch: NodeBatch) -> str:
    """Nodes the store holds with other values (or any row with a key that is not a name)."""
    first, *more = batch.labels
    extra = "".join(f", n:`{label}`" for label in more)
    return (
        f"UNWIND $rows AS row MERGE (n:`{first}` {{id: row.id}}) "
        f"SET n += row.props, n.{HASH} = row.hash{extra}"
    )


def edge_create_query(batch: EdgeBatch, keys: tuple[str, ...]) -> str:
    """New relationships between nodes found by ``elementId`` (``row.a``, ``row.b``): a
    direct seek on both stores, cheaper than the ``id`` index on ArcadeDB."""
    props = literal(keys, f"edge_key: row.key, {HASH}: row.hash")
    return (
        "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a "
        "MATCH (b) WHERE elementId(b) = row.b "
        f"CREATE (a)-[r:`{batch.type}` {props}]->(b)"
    )


def edge_merge_query(batch: EdgeBatch) -> str:
    """Relationships the store holds with other values (or rows with a key that is not a name)."""
    return (
        f"UNWIND $rows AS row MATCH (a:`{batch.start_label}`) WHERE a.id = row.start "
        f"MATCH (b:`{batch.end_label}`) WHERE b.id = row.end "
        f"MERGE (a)-[r:`{batch.type}` {{edge_key: row.key}}]->(b) "
        f"SET r += row.props, r.{HASH} = row.hash"
    )
