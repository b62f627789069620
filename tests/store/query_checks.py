"""Running every stored query against a table of checks, shared by the two graphs the
queries are checked on (a hand-made graph in test_queries.py, the seed page's build in
test_queries_on_build.py): each module writes one ``check_<query name>`` per query and
this module finds them, runs the query with its example parameters and applies them.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.store.queries import load_queries, run_query

QUERIES = load_queries()


def answer(store, name: str, params: dict | None = None) -> list[dict]:
    """The rows of stored query ``name`` (its example parameters unless ``params``)."""
    query = QUERIES[name]
    bound = query.bind(query.example_params() if params is None else params)
    columns, rows = run_query(store, query, bound)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def checks_in(namespace: dict) -> dict[str, Callable[[list[dict]], None]]:
    """A module's ``check_who_did_what``-style functions, by the query name each checks."""
    return {
        key.removeprefix("check_").replace("_", "-"): value
        for key, value in namespace.items()
        if key.startswith("check_") and callable(value)
    }


def run_check(store, name: str, checks: dict) -> None:
    """Run query ``name`` with its example and apply its check; no rows at all fails."""
    rows = answer(store, name)
    assert rows, f"{name} found nothing for its example {QUERIES[name].example_params()}"
    checks[name](rows)
