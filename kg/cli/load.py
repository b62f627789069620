"""``kg load GRAPH``: write a built graph into the embedded store or your Neo4j."""

from __future__ import annotations

import argparse

from kg.cli.options import add_store_arguments, check_store_options, positive
from kg.cli.steps import load_into_store, read_built_graph
from kg.store.writer import DEFAULT_BATCH_SIZE


def register(sub) -> None:
    p = sub.add_parser(
        "load",
        help="load a built graph into the graph store",
        description="Merge a graph written by kg build (OUTDIR/graph.graphml, or the "
        "OUTDIR itself) into the embedded store or your Neo4j. Loading "
        "the same graph twice changes nothing; a second graph adds to "
        "the first and links to the entities they share.",
    )
    p.add_argument(
        "graph", metavar="GRAPH", help="graph.graphml, or the folder kg build wrote it to"
    )
    p.add_argument(
        "--batch-size",
        type=positive,
        default=DEFAULT_BATCH_SIZE,
        help=f"rows per transaction (default: {DEFAULT_BATCH_SIZE})",
    )
    add_store_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    check_store_options(args)
    load_into_store(read_built_graph(args.graph), args)
    return 0
