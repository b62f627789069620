"""Which rows a load must write: the ones the store lacks, the ones it holds with other values.

Why: on ArcadeDB's Cypher engine a ``MERGE ... SET n += row.props`` costs several
times a ``CREATE`` of the same properties written as a map literal, and it was
paid on every row, even on a reload that changes nothing. So before writing, the
writer reads what the store holds: the identity of each node (``id``) and
relationship (``edge_key``) with ``kg_hash``, a hash of the labels and
properties the last load wrote into it. Rows the store lacks are CREATEd, rows
it holds with another hash go through the portable ``MERGE ... SET +=``, and
rows it holds with the same hash are not sent at all. ``kg_hash`` is written in
the same transaction as the properties it hashes, so a load cut short leaves
no row marked as written that was not; a node that a later, different graph
updated carries that graph's hash, and loading the first graph again updates
it back, as ``MERGE ... SET +=`` on every row would.

Reads come back as one record holding one list per label or type (``collect``):
the driver unpacks one big list far faster than thousands of records.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from kg.store.rows import NAME

HASH = "kg_hash"
# Reading a whole label costs about what looking the rows up by id costs when the store
# holds no more than this many times as many nodes of the label as the load brings.
SCAN_RATIO = 4
HASHED_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode


@dataclass
class Delta:
    """A batch's rows sorted by what the store holds of them."""

    new: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    unchanged: int = 0


def content_hash(labels: tuple[str, ...], props: dict) -> str:
    """What a row writes, as a short stable text: labels (or type) and properties, keys sorted."""
    text = HASHED_TEXT([labels, props])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def sort_rows(rows: list[dict], key: str, held: dict[str, str | None]) -> Delta:
    """Rows (each with its ``hash``) split into new, changed and unchanged by ``held``
    (identity -> the store's ``kg_hash``)."""
    delta = Delta()
    for row in rows:
        if row[key] not in held:
            delta.new.append(row)
        elif held[row[key]] != row["hash"]:
            delta.changed.append(row)
        else:
            delta.unchanged += 1
    return delta


def read_one(tx, query: str, **params) -> list:
    """The single value a ``collect`` query returns; a function of its arguments, for retries."""
    record = tx.run(query, **params).single()
    return record[0] if record else []


def node_count(session, label: str) -> int:
    return session.execute_read(read_one, f"MATCH (n:`{label}`) RETURN count(n)")


def held_nodes(
    session, label: str, ids: list[str], batch_size: int, value: str = f"n.{HASH}", count=None
) -> dict[str, str | None]:
    """``id -> value`` (``kg_hash``, or another expression of ``n``) of the nodes of ``label``
    the store holds among ``ids``: the whole label read at once when it is not much bigger
    than the load (``count``: the label's nodes, when known), else looked up by id."""
    count = node_count(session, label) if count is None else count
    if not count:
        return {}
    if count <= SCAN_RATIO * len(ids):
        query = f"MATCH (n:`{label}`) RETURN collect([n.id, {value}])"
        return dict(session.execute_read(read_one, query))
    query = f"UNWIND $ids AS id MATCH (n:`{label}`) WHERE n.id = id RETURN collect([id, {value}])"
    held: dict = {}
    for start in range(0, len(ids), batch_size):
        held.update(session.execute_read(read_one, query, ids=ids[start : start + batch_size]))
    return held


def held_edges(session, rel_type: str) -> dict[str, str | None]:
    """``edge_key -> kg_hash`` of every relationship of ``rel_type`` in the store."""
    query = f"MATCH ()-[r:`{rel_type}`]->() RETURN collect([r.edge_key, r.{HASH}])"
    return dict(session.execute_read(read_one, query))


def literal_groups(rows: list[dict]) -> tuple[dict[tuple[str, ...], list[dict]], list[dict]]:
    """Rows grouped by their property keys, for CREATE with a map literal; rows with a key that
    cannot go into query text come back apart, to be merged instead."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    others = []
    for row in rows:
        keys = tuple(row["props"])
        if all(NAME.match(k) and k not in ("edge_key", HASH) for k in keys):
            groups.setdefault(keys, []).append(row)
        else:
            others.append(row)
    return groups, others


def literal(keys: tuple[str, ...], extra: str) -> str:
    """``{k: row.props.k, ..., extra}``: the properties of a row as a Cypher map literal."""
    return "{" + ", ".join([f"`{k}`: row.props.`{k}`" for k in keys] + [extra]) + "}"
