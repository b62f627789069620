"""``kg view --out FILE.html``: an offline HTML picture of a built graph or of one entity's
neighbourhood."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.cli.options import positive
from kg.cli.steps import read_built_graph
from kg.errors import UsageError
from kg.write.view import MAX_NODES, write_view


def register(sub) -> None:
    p = sub.add_parser(
        "view",
        help="draw the graph as a self-contained HTML page",
        description="Draw a graph written by kg build as one HTML file that opens "
        "offline: labels coloured, relationships named, properties and "
        "evidence on hover.",
    )
    p.add_argument(
        "--graph",
        default="out/graph.graphml",
        metavar="GRAPHML",
        help="graph.graphml or the folder kg build wrote (default: out/graph.graphml)",
    )
    p.add_argument(
        "--around", metavar="NAME", help="only this entity (name or alias) and its neighbours"
    )
    p.add_argument(
        "--depth", type=positive, default=1, help="steps from --around to include (default: 1)"
    )
    p.add_argument(
        "--max-nodes",
        type=positive,
        default=MAX_NODES,
        help=f"draw at most this many nodes, the most connected (default: {MAX_NODES})",
    )
    p.add_argument("--out", required=True, metavar="FILE.html", help="where to write the page")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if Path(args.out).is_dir():
        raise UsageError(f"--out {args.out!r} is a folder; give the HTML file to write")
    graph = read_built_graph(args.graph)
    try:
        path = write_view(graph, args.out, args.around, args.depth, args.max_nodes)
    except OSError as exc:
        raise UsageError(f"--out {args.out!r} cannot be written ({exc.strerror or exc})") from None
    print(f"wrote {path}")
    return 0
