"""``kg export --graph GRAPH --format neo4j-import OUT/``: files for bulk loaders."""

from __future__ import annotations

import argparse

from kg.cli.steps import read_built_graph

FORMATS = ("neo4j-import",)


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="write a built graph as files for bulk loaders",
        description="Write a graph built by kg build as node and relationship CSV files "
        "with the headers neo4j-admin database import full reads, and OUT/import.sh "
        "with the command. For graphs too big to load over Bolt with kg load.",
    )
    p.add_argument("out", metavar="OUT", help="folder to write the files into")
    p.add_argument(
        "--graph",
        default="out/graph.graphml",
        metavar="GRAPHML",
        help="graph.graphml or the folder kg build wrote (default: out/graph.graphml)",
    )
    p.add_argument("--format", choices=FORMATS, default=FORMATS[0], help="(default: %(default)s)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.write.neo4j_import import export_neo4j_import

    files = export_neo4j_import(read_built_graph(args.graph), args.out)
    print(
        f"wrote {sum(files.nodes.values())} nodes in {len(files.nodes)} files and "
        f"{sum(files.relationships.values())} relationships in {len(files.relationships)} "
        f"files to {args.out}; import with: sh {args.out.rstrip('/')}/import.sh"
    )
    return 0
