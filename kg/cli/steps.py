"""Steps that several subcommands share: reading a built graph, loading it into the store."""

from __future__ import annotations

import argparse


def read_built_graph(path: str):
    """The graph kg build wrote at ``path`` (its GraphML or the folder holding it).

    Raises ``InputError`` (exit status 1) naming the path when it cannot be read.
    """
    from xml.etree.ElementTree import ParseError

    from networkx import NetworkXError

    from kg.read import InputError
    from kg.write import read_graph

    try:
        return read_graph(path)
    except (ParseError, NetworkXError) as exc:
        raise InputError(
            path,
            f"not a graph kg build wrote ({exc}); give OUT/graph.graphml or the folder OUT",
        ) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise InputError(path, f"cannot read the graph ({reason})") from None


def load_into_store(graph, args: argparse.Namespace) -> None:
    """Merge ``graph`` into the store the options name and print what was written.

    Raises ``StoreError`` (exit status 3) when the store is unreachable or fails.
    """
    from kg.cli.options import store_arguments
    from kg.store import load_graph

    stats = load_graph(graph, batch_size=args.batch_size, **store_arguments(args))
    print(stats.summary())
