"""Throughput of the build's NLP on one core: pkuseg alone vs pkuseg + statistical NER.

Texts are ~800-character "articles" glued from dev sentences of the three NER
corpora (so they are news-like and were not trained on). Load time is
excluded; each pass runs over the same texts after one warm-up text.

Usage: .venv/bin/python bench/bench_ner.py [--texts 150] [--model DIR]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core, before numpy is imported

import argparse
import time
from pathlib import Path

from kg.nlp.pipeline import blank_pipeline
from kg.nlp.statistical_ner import add_statistical_ner
from kg.training.convert import is_dev
from kg.training.corpora import read_cluener, read_msra, read_peoples_daily

TARGET_CHARS = 800


def articles(count: int) -> list[str]:
    """``count`` texts of about 800 chars, alternating dev sentences of the corpora."""
    sentences = (
        s.text
        for read in (read_msra, read_peoples_daily, read_cluener)
        for s in read()
        if is_dev(s.text)
    )
    texts, current = [], ""
    for sentence in sentences:
        current += sentence
        if len(current) >= TARGET_CHARS:
            texts.append(current)
            current = ""
            if len(texts) == count:
                break
    return texts


def chars_per_second(nlp, texts: list[str]) -> float:
    nlp(texts[0])
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return sum(map(len, texts)) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=150)
    parser.add_argument("--model", type=Path, default=None, help="NER model dir (default: shipped)")
    args = parser.parse_args()
    texts = articles(args.texts)
    print(f"{len(texts)} texts, {sum(map(len, texts))} chars")
    nlp = blank_pipeline()
    print(f"pkuseg alone:       {chars_per_second(nlp, texts):8.0f} chars/s")
    add_statistical_ner(nlp, args.model)
    print(f"pkuseg + NER:       {chars_per_second(nlp, texts):8.0f} chars/s")
    ner = nlp.get_pipe("kg_statistical_ner")
    docs = [nlp.make_doc(t) for t in texts]
    started = time.perf_counter()
    for _ in ner.pipe(docs):
        pass
    print(
        f"NER alone:          {sum(map(len, texts)) / (time.perf_counter() - started):8.0f} chars/s"
    )


if __name__ == "__main__":
    main()
