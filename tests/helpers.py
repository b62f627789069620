"""Small shared helpers for tests: run the real pipeline on a snippet, read the shared data.

Third parties' text (the training corpora) is not copied into tests: a test
that needs a corpus line reads it from the shared data folder
(kg.training.data) by file and line number, and skips when it is absent.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from kg.extract.mentions import extract_article
from kg.nlp import load_pipeline
from kg.read.discover import article_id
from kg.records import Article
from kg.training.data import SharedDataMissing, shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
SEED_PAGE = ROOT / "seeds" / "000_c19f40154a629c84.txt"  # the user's page
SHARED = ROOT.parent / "shared"  # the project's shared folder beside the checkout (gold, tools)


def shared_data() -> Path:
    """The shared data folder, or skip the calling test saying how to provide it."""
    try:
        return shared_data_dir()
    except SharedDataMissing as missing:
        pytest.skip(str(missing))


def corpus_file(relpath: str | Path) -> Path:
    """A file of the shared data folder, or skip the calling test saying which is missing."""
    folder = shared_data()
    if not (folder / relpath).is_file():
        pytest.skip(f"{relpath} is not in the shared data folder {folder}")
    return folder / relpath


def corpus_lines(relpath: str | Path, first: int, last: int | None = None) -> str:
    """Lines ``first`` to ``last`` (1-based, inclusive; only ``first`` by default) of a file
    in the shared data folder, newlines kept; skips the test when the file is absent."""
    last = first if last is None else last
    with open(corpus_file(relpath), encoding="utf-8") as lines:
        chosen = list(islice(lines, first - 1, last))
    assert len(chosen) == last - first + 1, f"{relpath} has no lines {first}-{last}"
    return "".join(chosen)


def corpus_line(relpath: str | Path, lineno: int) -> str:
    """Line ``lineno`` (1-based) of a file in the shared data folder, without its newline."""
    return corpus_lines(relpath, lineno).rstrip("\n")


def extract(text: str, title: str = "测试", home_city: str | None = "乌海市"):
    article = Article(id=article_id(title, text), title=title, text=text, home_city=home_city)
    return extract_article(article, load_pipeline())


def names(ex, label: str) -> set[str]:
    return {m.name for m in ex.mentions if m.label == label}


def relations(ex, rel_type: str) -> set[tuple[str, str]]:
    """(subject, object) names of one type; a figure by its text (its name is text#k)."""
    return {(shown(r.subj), shown(r.obj)) for r in ex.relations if r.type == rel_type}


def shown(key: tuple[str, str]) -> str:
    label, name = key
    return name.rpartition("#")[0] if label == "Figure" else name
