"""Small shared helpers for tests: run the real pipeline on a real snippet."""

from __future__ import annotations

from pathlib import Path

from kg.extract.mentions import extract_article
from kg.nlp import load_pipeline
from kg.read.discover import article_id
from kg.records import Article

SEED_PAGE = (
    Path(__file__).resolve().parents[1] / "seeds" / "000_c19f40154a629c84.txt"
)  # the user's page


def extract(text: str, title: str = "测试", home_city: str | None = "乌海市"):
    article = Article(id=article_id(title, text), title=title, text=text, home_city=home_city)
    return extract_article(article, load_pipeline())


def names(ex, label: str) -> set[str]:
    return {m.name for m in ex.mentions if m.label == label}


def relations(ex, rel_type: str) -> set[tuple[str, str]]:
    return {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == rel_type}
