"""The benchmark corpus (bench/corpus.py): deterministic, article-sized, readable by kg, new
text for the 1%. It is read from the corpora in the shared data folder (skipped without)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.read import iter_articles
from tests.helpers import shared_data

BENCH = Path(__file__).resolve().parents[1] / "bench"
_spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.fixture
def corpora():
    """The shared data folder the benchmark's articles come from (skips without it)."""
    return shared_data()


def test_records_are_deterministic_news_articles(corpora):
    first, again = list(corpus.records(6)), list(corpus.records(6))
    assert first == again
    assert [r["source"] for r in first] == ["MSRA NER", "人民日报1998"] * 3
    assert len({r["id"] for r in first}) == 6
    for r in first:
        assert corpus.ARTICLE_CHARS <= len(r["text"].replace("\n", "")) < corpus.ARTICLE_CHARS + 400
        assert r["text"].count("\n") >= 2  # paragraphs
        assert r["text"].startswith(r["title"]) and len(r["title"]) == corpus.TITLE_CHARS
        assert "/" not in r["text"] and "]nt" not in r["text"]  # People's Daily tags stripped


def test_corpus_files_and_new_articles(corpora, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "PER_FILE", 2)
    base, new = corpus.build_corpus(5, tmp_path)
    assert [f.name for f in sorted(base.iterdir())] == [
        "part-000.jsonl",
        "part-001.jsonl",
        "part-002.jsonl",
    ]
    articles = list(iter_articles([base]))
    assert [a.id for a in articles] == [
        f"bench-{k}-{i:06d}" for i, k in enumerate(["msra", "pd"] * 2 + ["msra"])
    ]
    added = [
        json.loads(line)
        for line in (new / "new-000.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(added) == corpus.new_count(5) == 1
    assert added[0]["text"] not in {a.text for a in articles}
    stamp = (base / "part-000.jsonl").stat().st_mtime_ns
    assert corpus.build_corpus(5, tmp_path) == (base, new)
    assert (base / "part-000.jsonl").stat().st_mtime_ns == stamp  # written once, then reused


def test_too_many_articles_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(corpus, "SOURCES", [("msra", "MSRA NER", lambda: iter([]))])
    with pytest.raises(ValueError, match="run out"):
        list(corpus.records(1))
