"""Turn the networkx graph into the parameter rows the writer sends with ``UNWIND $rows``.

Why here and not in the writer: what a node or relationship *is* in the store
(its labels, its identity, which property values both Neo4j and ArcadeDB
accept) is decided once, without a database, so it can be read and tested
on its own.

Identity: a node is (label, ``id``). A relationship is (type, start id, end id)
plus ``edge_key``, a hash of the properties that tell two facts apart
(article, evidence, verb, role, title); ``count``, ``amount`` and the like are
values of that fact and are updated in place. Loading the same graph twice
therefore changes nothing, and the same fact from two builds is one edge.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.store.connection import StoreError

IDENTITY_PROPS = ("article", "evidence", "verb", "role", "title")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SCALARS = (str, bool, int, float)
# json.dumps with options builds an encoder per call; one shared encoder writes the same text.
JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode


@dataclass
class NodeBatch:
    """Nodes sharing one label set: merged on the first label, the others added."""

    labels: tuple[str, ...]
    rows: list[dict] = field(default_factory=list)


@dataclass
class EdgeBatch:
    """Relationships of one type between nodes of two (first) labels."""

    type: str
    start_label: str
    end_label: str
    rows: list[dict] = field(default_factory=list)


def node_labels(value: Any) -> tuple[str, ...]:
    """ ":Person" or ":Organization:Media" -> ("Person",) / ("Organization", "Media")."""
    labels = tuple(part for part in str(value or "").split(":") if part)
    if not labels:
        raise StoreError(f"a node has no labels ({value!r})")
    for label in labels:
        check_name(label, "label")
    return labels


def check_name(name: str, what: str) -> str:
    """Labels and types go into query text (Cypher cannot take them as parameters): allow
    only plain identifiers there."""
    if not NAME.match(name):
        raise StoreError(f"{what} {name!r} is not a plain identifier; the store cannot take it")
    return name


def store_value(value: Any) -> Any:
    """A value both stores accept: scalars and lists of one scalar type as they are,
    anything else (mixed or nested lists, maps, dates) as JSON text; None and NaN dropped."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # most values: answered first
        return value
    if kind is float:
        return None if math.isnan(value) else value
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):
        value = value.item()  # numpy scalars
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, SCALARS):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if any(
            all(isinstance(x, kind) and not (kind is int and isinstance(x, bool)) for x in items)
            for kind in (str, bool, int)
        ):
            return items
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in items):
            return [float(x) for x in items]
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def store_props(data: dict, skip: tuple[str, ...]) -> dict:
    props = {}
    for key, value in data.items():
        if key in skip:
            continue
        value = store_value(value)
        if value is not None:
            props[key] = value
    return props


def edge_key(rel_type: str, start: str, end: str, data: dict) -> str:
    """The stable identity of a relationship among others of its type between the same nodes."""
    parts = [rel_type, start, end] + [identity_text(data.get(k)) for k in IDENTITY_PROPS]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def identity_text(value: Any) -> str:
    """``json.dumps(store_value(value), ensure_ascii=False)``, the text ``edge_key`` hashes,
    written faster for the common cases: no value, and text."""
    value = store_value(value)
    if value is None:
        return "null"
    if isinstance(value, str):
        return json.encoder.encode_basestring(value)
    return JSON_TEXT(value)


def graph_rows(graph: nx.MultiDiGraph) -> tuple[list[NodeBatch], list[EdgeBatch]]:
    """Node rows grouped by label set and relationship rows grouped by (type, end labels),
    in a stable order."""
    nodes: dict[tuple[str, ...], NodeBatch] = {}
    first_label: dict[Any, str] = {}
    node_id: dict[Any, str] = {}
    for key, data in graph.nodes(data=True):
        labels = node_labels(data.get("labels"))
        first_label[key] = labels[0]
        node_id[key] = str(data.get("id", key))
        props = {**store_props(data, skip=("labels",)), "id": node_id[key]}
        nodes.setdefault(labels, NodeBatch(labels)).rows.append(
            {"id": node_id[key], "props": props}
        )
    edges: dict[tuple[str, str, str], EdgeBatch] = {}
    for u, v, data in graph.edges(data=True):
        rel_type = check_name(str(data.get("label") or ""), "relationship type")
        batch = edges.setdefault(
            (rel_type, first_label[u], first_label[v]),
            EdgeBatch(rel_type, first_label[u], first_label[v]),
        )
        start, end = node_id[u], node_id[v]
        batch.rows.append(
            {
                "start": start,
                "end": end,
                "key": edge_key(rel_type, start, end, data),
                "props": store_props(data, skip=("label",)),
            }
        )
    return [nodes[k] for k in sorted(nodes)], [edges[k] for k in sorted(edges)]


def merged(rows: list[dict], key: str) -> list[dict]:
    """One row per identity ``row[key]``, in first-seen order, properties merged in order: what
    a store holds after MERGE-ing the rows one by one."""
    by_key: dict = {}
    for row in rows:
        seen = by_key.get(row[key])
        by_key[row[key]] = (
            row if seen is None else {**row, "props": {**seen["props"], **row["props"]}}
        )
    return list(by_key.values())
