"""``kg report OUT/ [--out report.html]``: a build's overview as one self-contained HTML page."""

from __future__ import annotations

import argparse


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="write a one-page HTML overview of a build (charts, top names, figures)",
        description="Write one HTML page that opens offline and prints well: counts by "
        "label and type, the most-mentioned people, bodies and programmes, mentions by "
        "article date, the busiest who-did-what pairs, the figures reported and the "
        "inputs the build skipped.",
    )
    p.add_argument("out_dir", metavar="OUT", help="the folder kg build wrote (graph.graphml)")
    p.add_argument(
        "--out", metavar="FILE.html", help="where to write the page (default: OUT/report.html)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.report.page import write_report  # matplotlib: loaded only for the report

    print(f"wrote {write_report(args.out_dir, args.out)}")
    return 0
