"""``kg query NAME --param k=v``: run a stored query (queries/NAME.cypher) against the store."""

from __future__ import annotations

import argparse

from kg.cli.options import add_store_arguments, check_store_options, store_arguments
from kg.cli.output import FORMATS, format_rows
from kg.store import open_store
from kg.store.queries import QUERIES_DIR, QueryError, load_queries, run_query


def register(sub) -> None:
    p = sub.add_parser(
        "query",
        help="run a stored Cypher query (kg query --list)",
        description="Run a stored query read-only against the embedded store or "
        "your Neo4j; parameters are sent as parameters, never pasted "
        "into the query. A kg serve or kg explore running on the same --data is used "
        "as it is: no store is started for the question.",
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="stored query name (see --list)")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a query parameter; repeat for more",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    p.add_argument(
        "--list", action="store_true", help="list the stored queries and their parameters"
    )
    p.add_argument(
        "--queries",
        default=str(QUERIES_DIR),
        metavar="DIR",
        help="folder of .cypher files (default: the queries/ kg ships)",
    )
    add_store_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    queries = load_queries(args.queries)
    if args.list or not args.name:
        print(describe(queries.values()))
        return 0
    if args.name not in queries:
        raise QueryError(f"no stored query {args.name!r}; kg query --list shows them")
    query = queries[args.name]
    params = query.bind(parse_params(args.param))
    check_store_options(args, reading=True)
    with open_store(**store_arguments(args)) as store:
        columns, rows = run_query(store, query, params)
    print(format_rows(columns, rows, args.format))
    return 0


def parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes KEY=VALUE, not {item!r}")
        params[key.strip()] = value
    return params


def describe(queries) -> str:
    blocks = []
    for q in queries:
        lines = [f"{q.name}", f"    {q.description}"]
        for p in q.params:
            extra = ", ".join(
                x
                for x in (
                    p.type,
                    "optional" if p.optional else "",
                    f"default {p.default}" if p.default is not None else "",
                )
                if x
            )
            lines.append(f"    --param {p.name}=…  ({extra}) {p.help}; e.g. {p.example}")
        example = " ".join(f"--param {k}={v}" for k, v in q.example_params().items())
        lines.append(f"    kg query {q.name} {example}".rstrip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
