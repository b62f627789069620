"""Subcommands of the kg CLI, one module each (see kg.cli), and the steps they share."""

from __future__ import annotations

import argparse
import sys


def read_graph_or_say(path: str):
    """The graph kg build wrote at ``path``, or None after a one-line error."""
    from kg.write import read_graph

    try:
        return read_graph(path)
    except (OSError, ValueError) as exc:
        print(f"kg: cannot read the graph {path}: {exc}", file=sys.stderr)
        return None


def load_into_store(graph, args: argparse.Namespace, context: str = "") -> int:
    """Merge ``graph`` into the store the options name; print what was written. Exit status."""
    from kg.cli.options import store_arguments
    from kg.store import StoreError, load_graph

    try:
        stats = load_graph(graph, batch_size=args.batch_size, **store_arguments(args))
    except StoreError as exc:
        print(f"kg: {context}{exc}", file=sys.stderr)
        return 1
    print(stats.summary())
    return 0
