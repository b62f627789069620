"""``kg build INPUT... --out DIR``: build the graph of pages, articles, HTML and JSONL."""

from __future__ import annotations

import argparse
import sys

from kg.cli.options import add_store_arguments, check_store_options, positive
from kg.cli.steps import load_into_store
from kg.link.scope import SCOPE_BY
from kg.store.connection import StoreError
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
        "--force",
        action="store_true",
        help="replace the graph in --out even when this build has no article, or lost "
        "inputs and has fewer articles than it (kept otherwise)",
    )
    add_metadata_arguments(p)
    add_extraction_arguments(p)
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument(
        "--no-store",
        dest="store",
        action="store_false",
        help="write the files only; do not load the graph into the store",
    )
    p.add_argument(
        "--batch-size",
        type=positive,
        default=DEFAULT_BATCH_SIZE,
        help=f"rows per store transaction (default: {DEFAULT_BATCH_SIZE})",
    )
    add_store_arguments(p)
    p.set_defaults(func=run)


def add_metadata_arguments(p: argparse.ArgumentParser) -> None:
    """What articles that do not say it themselves are taken to be."""
    p.add_argument(
        "--home-city",
        help="the city 我市/本市 mean (default: the input's metadata, "
        "else the city the page names most)",
    )
    p.add_argument("--source", help="source name for articles that do not give one (e.g. 乌海日报)")
    p.add_argument("--date", help="publication date YYYY-MM-DD for articles that do not give one")
    p.add_argument(
        "--scope-by",
        choices=SCOPE_BY,
        default="home_city",
        help="where an ambiguous name (县委, 王伟, 城关镇) is one thing: each paper's home "
        "city or county (default), its source, or none (names alone link, for one paper)",
    )


def add_extraction_arguments(p: argparse.ArgumentParser) -> None:
    """How articles are extracted: dictionary, processes, cache, statistical NER."""
    p.add_argument("--gazetteer", help="your dictionary: TSV of name<TAB>label[<TAB>alias|alias]")
    p.add_argument(
        "--workers",
        type=positive,
        default=1,
        metavar="N",
        help="extract in N processes sharing the loaded models (default: 1)",
    )
    p.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="extract on the workers of the Dask scheduler at ADDRESS (tcp://HOST:8786) "
        "instead; --cache must then be a folder every worker reaches (docs/cluster.md)",
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


def build_options(args: argparse.Namespace):
    """The ``BuildOptions`` the command line asks for (a bad value is an ``OptionError``)."""
    from kg.builder.options import BuildOptions

    return BuildOptions(
        home_city=args.home_city,
        source=args.source,
        date=args.date,
        gazetteer=args.gazetteer,
        workers=args.workers,
        cache_dir=args.cache,
        statistical=args.statistical,
        show_progress=not args.quiet,
        scope_by=args.scope_by,
        cluster=args.cluster,
    )


def run(args: argparse.Namespace) -> int:
    from kg.builder.run import run_build, summary  # spaCy: loaded only when building

    def report_error(err) -> None:  # a bad input: said now, the batch goes on, status 1 at the end
        print(f"kg: error: {err}", file=sys.stderr)

    def report_note(note) -> None:  # built, with a change the user should know of
        print(f"kg: note: {note}", file=sys.stderr)

    options = build_options(args)
    if args.store:
        check_store_options(args)
    graph, report = run_build(
        args.inputs, args.out, options, report_error, report_note, force=args.force
    )
    print(summary(graph, report))
    if args.store and not report.kept:
        try:
            load_into_store(graph, args)
        except StoreError as exc:
            raise StoreError(f"the files are written; loading the store failed: {exc}") from exc
    return 1 if report.errors else 0
