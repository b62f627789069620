"""The NER recipe: convert → train → evaluate → install into kg/models/ner.

Training uses spaCy's own loop with kg/training/ner.cfg; the clock limit comes
from the ``kg.time_budget.v1`` callback, and model-best (chosen on the pooled
dev split) is what gets evaluated and installed. The installed pipeline holds
only the character tokenizer, tok2vec and ner, never the pkuseg model.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

from spacy.cli.train import train as spacy_train

from kg.nlp.pipeline import blank_pipeline
from kg.nlp.statistical_ner import MODEL_DIR, add_statistical_ner
from kg.training import registry
from kg.training.convert import convert
from kg.training.evaluate import score_all

log = logging.getLogger(__name__)
CONFIG = Path(__file__).with_name("ner.cfg")


def train(corpus_dir: Path, output_dir: Path, max_minutes: float, max_steps: int) -> Path:
    """Train with ner.cfg; return the model-best directory."""
    overrides = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
        "training.before_update.minutes": max_minutes,
        "training.max_steps": max_steps,
    }
    try:
        spacy_train(CONFIG, output_dir, overrides=overrides, use_gpu=-1)
    except registry.TimeBudgetReached as stop:
        log.warning("%s", stop)
    best = output_dir / "model-best"
    if not (best / "meta.json").exists():
        raise RuntimeError(f"training produced no {best} (too few steps for one evaluation?)")
    return best


def evaluate(model_dir: Path, corpus_dir: Path) -> dict:
    """Dev scores of ``model_dir`` run inside the production pkuseg pipeline."""
    nlp = blank_pipeline()
    add_statistical_ner(nlp, model_dir)
    return score_all(nlp, corpus_dir)


def install(
    model_dir: Path, scores: dict, alignment: dict | None, target: Path = MODEL_DIR
) -> None:
    """Copy ``model_dir`` to ``target`` and record the kg dev scores in its meta.json."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["kg_dev_scores"] = scores
    if alignment:
        meta["kg_alignment"] = alignment
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def run(
    corpus_dir: Path,
    output_dir: Path,
    max_minutes: float,
    max_steps: int,
    skip_convert: bool = False,
    target: Path = MODEL_DIR,
) -> dict:
    """The whole recipe; returns the dev scores of the installed model."""
    started = time.monotonic()
    alignment = None
    if not skip_convert:
        log.info("converting the corpora into %s (about 6 minutes)", corpus_dir)
        alignment = convert(blank_pipeline(), corpus_dir)
    elif (corpus_dir / "alignment.json").exists():
        alignment = json.loads((corpus_dir / "alignment.json").read_text())
    log.info(
        "training for at most %g minutes or %d steps into %s", max_minutes, max_steps, output_dir
    )
    best = train(corpus_dir, output_dir, max_minutes, max_steps)
    log.info("evaluating %s on the dev splits", best)
    scores = evaluate(best, corpus_dir)
    install(best, scores, alignment, target)
    log.info("installed into %s", target)
    log.info("recipe done in %.1f minutes", (time.monotonic() - started) / 60)
    return scores
