"""The explorer's questions to the store: read-only Cypher, values sent as parameters only.

Why through ``kg.store.queries``: the explorer must be exactly as safe as
``kg query``. Its queries are files in ``kg/explore/cypher/``, read by
``parse_query`` (which refuses any writing clause before anything is sent)
and run by ``run_query`` in a READ transaction, rolled back if it changed
anything. A label cannot be a Cypher parameter, yet naming it is what lets
the store find a node through its ``id`` index instead of scanning every
node; where a query needs one its file says ``{label}``, and only a label of
``kg.schema`` is ever put there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.explore.names import Entry, NameIndex, entries_of
from kg.schema import NODE_LABELS, Label
from kg.store.queries import QueryError, StoredQuery, parse_query, run_query, writing_clauses
from kg.store.session import Store

CYPHER = Path(__file__).resolve().parent / "cypher"
NEIGHBOURS = 300  # relationships drawn around one node at most: a browser lays out a few hundred


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the picture to; None means everything."""

    types: tuple[str, ...] | None = None
    labels: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None


@cache
def explorer_query(name: str) -> StoredQuery:
    """``kg/explore/cypher/NAME.cypher``, checked like every stored query."""
    return parse_query(CYPHER / f"{name}.cypher")


@cache
def query_for_label(name: str, label: str) -> StoredQuery:
    """The query ``name`` with ``{label}`` filled in; a label outside kg.schema is refused."""
    if label not in NODE_LABELS:
        raise QueryError(f"unknown label {label!r}; the graph has {', '.join(NODE_LABELS)}")
    query = explorer_query(name)
    text = query.text.replace("{label}", label)
    if writing_clauses(text):  # cannot happen with a schema label; kept as the invariant
        raise QueryError(f"{name} for {label} would write; it was not run")
    return StoredQuery(f"{name}:{label}", query.description, text)


def rows(store: Store, query: StoredQuery, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The query's rows as dicts of column name to value."""
    columns, values = run_query(store, query, params)
    return [dict(zip(columns, row, strict=True)) for row in values]


def all_names(store: Store) -> list[Entry]:
    """Every node the search box finds (all but figures): label, id, name and aliases."""
    entries = []
    for label in NODE_LABELS:
        if label != Label.FIGURE:
            [row] = rows(store, query_for_label("names", label), {})
            entries += entries_of(label, row["names"])
    return entries


def node_count(store: Store) -> int:
    return rows(store, explorer_query("counts"), {})[0]["nodes"]


def name_index(store: Store) -> NameIndex:
    """The search index of the store, kept up to date with it."""
    return NameIndex(lambda: all_names(store), lambda: node_count(store))


def node(store: Store, label: str, node_id: str):
    """The node with this label and id (a neo4j ``Node``), or None."""
    found = rows(store, query_for_label("node", label), {"id": node_id})
    return found[0]["n"] if found else None


def neighbourhood(
    store: Store,
    label: str,
    node_id: str,
    filters: Filters | None = None,
    others: list[str] | None = None,
    limit: int = NEIGHBOURS,
) -> list[dict[str, Any]]:
    """Rows of (n, r, m, date, article_title, article_date, article_source) around one node."""
    filters = filters or Filters()
    params = {
        "id": node_id,
        "types": list(filters.types) if filters.types else None,
        "labels": list(filters.labels) if filters.labels else None,
        "from": filters.date_from or None,
        "to": filters.date_to or None,
        "others": others,
        "limit": limit,
    }
    return rows(store, query_for_label("neighbourhood", label), params)


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """Title, date, source, section, path and text of one article, or None."""
    found = rows(store, explorer_query("article"), {"id": article_id})
    return found[0] if found else None
