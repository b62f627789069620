"""``kg train-ner``: rebuild the shipped statistical NER model from the open corpora."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train-ner", help="convert the NER corpora, train, evaluate, install into kg/models/ner"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path("training/corpus"),
        help="where the DocBins go (default: training/corpus)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=Path("training/output"),
        help="spaCy training output (default: training/output)",
    )
    parser.add_argument(
        "--max-minutes",
        type=float,
        default=70.0,
        help="stop training after this many minutes (default: 70)",
    )
    parser.add_argument(
        "--max-steps",
        type=int,
        default=40000,
        help="stop training after this many updates (default: 40000)",
    )
    parser.add_argument(
        "--skip-convert", action="store_true", help="reuse the DocBins already in --corpus"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: spaCy training machinery is not needed by other commands.
    from kg.training.train import run as recipe

    # The recipe runs for over an hour: its stage messages (INFO) are progress.
    logging.getLogger("kg.training").setLevel(logging.INFO)

    scores = recipe(
        args.corpus, args.output, args.max_minutes, args.max_steps, skip_convert=args.skip_convert
    )
    print(json.dumps(scores, indent=2))
    return 0
