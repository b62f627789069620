"""The pictures the explorer answers with: one node's neighbourhood, and a stored query's
answer drawn as a graph.

Why a query's answer can be drawn at all: the stored queries return names and
ids, not graph objects (so that ``kg query`` prints them as tables). The
names in the answer are looked up in the search index, and the picture is
those nodes with the relationships among them, each read through the same
neighbourhood query as a click on a node.
"""

from __future__ import annotations

from typing import Any

from kg.explore import reads
from kg.explore.names import Entry, Names
from kg.explore.shapes import view_json
from kg.store.session import Store

QUERY_NODES = 40  # nodes drawn for a query's answer at most: the first names it gives


def around(store: Store, label: str, node_id: str, filters: reads.Filters) -> dict[str, list]:
    """The node and its relationships (filtered), as the page draws them; empty when the node
    is not in the store."""
    found = reads.node(store, label, node_id)
    if found is None:
        return {"nodes": [], "edges": []}
    return view_json([found], reads.neighbourhood(store, label, node_id, filters))


def named_in(names: Names, rows: list[list[Any]], limit: int = QUERY_NODES) -> list[Entry]:
    """The nodes a query's answer names (by name, alias or id), in the order it names them."""
    found: dict[tuple[str, str], Entry] = {}
    for value in texts(rows):
        for entry in names.lookup(value):
            found.setdefault((entry.label, entry.id), entry)
            if len(found) >= limit:
                return list(found.values())
    return list(found.values())


def texts(value: Any):
    """Every string inside a query's answer, nested lists (a path's names) included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)


def among(store: Store, entries: list[Entry]) -> dict[str, list]:
    """The given nodes and every relationship between two of them."""
    ids = [entry.id for entry in entries]
    centres, rows = [], []
    for entry in entries:
        found = reads.node(store, entry.label, entry.id)
        if found is not None:
            centres.append(found)
            rows += reads.neighbourhood(store, entry.label, entry.id, others=ids)
    return view_json(centres, rows)
