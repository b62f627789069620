"""``bench/run.py --corpus PATH``: the user's articles, repeated or sampled to a size, read by kg."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from kg.read import iter_articles

BENCH = Path(__file__).resolve().parents[1] / "bench"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c19f40154a629c84.txt"


def user_corpus_module(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("user_corpus", None)
    return importlib.import_module("user_corpus")


def texts(folder: Path) -> list:
    return list(iter_articles([folder]))


def test_a_small_corpus_is_repeated_with_new_ids(tmp_path, monkeypatch):
    module = user_corpus_module(monkeypatch)
    seed = texts(SEED)
    base, new, name = module.user_corpus(str(SEED), min_chars=100_000, root=tmp_path)
    articles = texts(base)
    assert sum(len(a.text) for a in articles) >= 100_000 and str(SEED) in name
    assert len({a.id for a in articles}) == len(articles)  # each copy its own cache entry
    assert {a.text for a in articles} == {a.text for a in seed}
    assert texts(new) and not {a.id for a in texts(new)} & {a.id for a in articles}
    assert module.user_corpus(str(SEED), min_chars=100_000, root=tmp_path)[0] == base


def test_a_large_corpus_is_sampled_and_the_rest_is_new(tmp_path, monkeypatch):
    module = user_corpus_module(monkeypatch)
    seed = texts(SEED)
    total = sum(len(a.text) for a in seed)
    base, new, _ = module.user_corpus(str(SEED), min_chars=total // 2, root=tmp_path)
    articles = texts(base)
    chars = sum(len(a.text) for a in articles)
    assert total // 2 <= chars < total and len(articles) < len(seed)
    assert {a.id for a in texts(new)} <= {a.id for a in seed} - {a.id for a in articles}
