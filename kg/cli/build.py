"""``kg build INPUT... --out DIR``: build the graph of pages, articles, HTML and JSONL."""

from __future__ import annotations

import sys

from kg.cli.options import add_store_arguments
from kg.cli.steps import load_into_store
from kg.store.writer import DEFAULT_BATCH_SIZE


def register(sub) -> None:
    p = sub.add_parser(
        "build",
        help="build the knowledge graph of news files and folders",
        description="Build the knowledge graph of newspaper pages, articles (.txt/.md), "
        "HTML pages and JSON Lines; write OUT/graph.graphml and OUT/graph.json, "
        "and load the graph into the store (the embedded one by default).",
    )
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or folders (searched recursively)"
    )
    p.add_argument("--out", default="out", help="output folder (default: out)")
    p.add_argument(
        "--home-city",
        help="the city 我市/本市 mean (default: the input's metadata, "
        "else the city the page names most)",
    )
    p.add_argument("--source", help="source name for articles that do not give one (e.g. 乌海日报)")
    p.add_argument("--date", help="publication date YYYY-MM-DD for articles that do not give one")
    p.add_argument("--gazetteer", help="your dictionary: TSV of name<TAB>label[<TAB>alias|alias]")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract in N processes sharing the loaded models (default: 1)",
    )
    p.add_argument(
        "--cache",
        metavar="DIR",
        default=".kg-cache",
        help="extraction cache: a rebuild extracts only new or changed articles "
        "(default: .kg-cache; --no-cache to disable)",
    )
    p.add_argument(
        "--no-cache",
        dest="cache",
        action="store_const",
        const=None,
        help="extract every article, keep nothing",
    )
    p.add_argument(
        "--no-ner",
        dest="statistical",
        action="store_false",
        help="leave out the statistical NER: about twice as fast, but it finds only "
        "the people, bodies and places that a title, head noun or word list "
        "announces",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument(
        "--no-store",
        dest="store",
        action="store_false",
        help="write the files only; do not load the graph into the store",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        help=f"rows per store transaction (default: {DEFAULT_BATCH_SIZE})",
    )
    add_store_arguments(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from kg.builder.run import run_build, summary  # spaCy: loaded only when building
    from kg.nlp.gazetteer import GazetteerError
    from kg.nlp.pipeline import PipelineError
    from kg.read.discover import iso_date

    if args.date and not iso_date(args.date):
        print(f"kg: --date {args.date!r} is not a date; expected YYYY-MM-DD", file=sys.stderr)
        return 2

    def report_error(err) -> None:
        print(f"kg: error: {err}", file=sys.stderr)

    try:
        graph, report = run_build(
            args.inputs,
            args.out,
            args.home_city,
            args.source,
            args.date,
            args.gazetteer,
            report_error,
            show_progress=not args.quiet,
            workers=max(1, args.workers),
            cache_dir=args.cache,
            statistical=args.statistical,
        )
    except (PipelineError, GazetteerError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2
    print(summary(graph, report))
    if args.store and load_into_store(
        graph, args, "the files are written; loading the store failed: "
    ):
        return 1
    return 1 if report.errors else 0
