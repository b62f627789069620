"""``kg eval GOLD.json [--graph OUT/graph.graphml | INPUT...]``: how kg does on your paper.

Annotate a handful of your own articles (the format is in README.md, "Measuring kg
on your paper"), then score a built graph, or build the inputs and score them, to
see precision, recall and F1 per label and per relationship type; ``--show KEY``
lists what was missed and what was extra in one article.
"""

from __future__ import annotations

import argparse
import json

from kg.cli.build import add_extraction_arguments, add_metadata_arguments, build_options
from kg.cli.steps import read_built_graph
from kg.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser(
        "eval",
        help="score a graph against your hand-made answers (P/R/F1 per label and type)",
        description="Score a graph kg built (--graph) or a build of INPUTs against gold "
        "answers: precision, recall and F1 per label and relationship type.",
    )
    p.add_argument("gold", metavar="GOLD.json", help="your answers (see README: Measuring kg)")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to build and score")
    p.add_argument("--graph", metavar="GRAPHML", help="a graph kg build wrote (or its folder)")
    p.add_argument("--show", metavar="KEY", help="also list the misses and extras of article KEY")
    p.add_argument("--json", action="store_true", help="the scores as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress lines while building")
    add_metadata_arguments(p)
    add_extraction_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.evaluate import format_score, read_gold, score_graph

    if bool(args.graph) == bool(args.inputs):
        raise UsageError("kg eval takes either --graph GRAPHML or INPUT files to build, not both")
    gold = read_gold(args.gold)
    graph = read_built_graph(args.graph) if args.graph else built(args)
    score = score_graph(graph, gold)
    if args.json:
        rows = {
            k: {"p": p.precision, "r": p.recall, "f1": p.fscore, "tp": p.tp, "fp": p.fp, "fn": p.fn}
            for k, p in score.rows()
        }
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(format_score(score, show=args.show))
    return 0


def built(args: argparse.Namespace):
    """The graph of the inputs, built in memory with the options given."""
    from kg.builder.run import build_with

    return build_with(args.inputs, build_options(args))
