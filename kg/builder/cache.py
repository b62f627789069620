"""Extraction cache: a rebuild skips articles it has already extracted.

Keyed by the article (id, title, text and the metadata extraction reads) and
by the pipeline version: a hash of kg's version, its shipped word lists,
pipeline config and model metadata, and the user's gazetteer and trigger
files. Change any of them and every entry is stale. Entries are JSON files
sharded by key prefix under the cache folder, written atomically, so a build
killed half-way leaves only whole entries.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from pathlib import Path

import kg
from kg.schema import Article, ArticleExtraction, Byline, Mention, Relation
from kg.write.files import atomic_write

PACKAGE = Path(kg.__file__).parent


@functools.cache
def pipeline_version(gazetteer: str | None = None, statistical: bool = True) -> str:
    """A digest of everything that changes what extraction returns."""
    h = hashlib.sha256(kg.__version__.encode())
    h.update(b"statistical NER" if statistical else b"rules only")
    files = sorted((PACKAGE / "nlp").rglob("*.py")) + sorted((PACKAGE / "nlp" / "data").glob("*"))
    files += [PACKAGE / "nlp" / "pipeline.cfg", *sorted((PACKAGE / "extract").glob("*.py"))]
    if statistical:
        files.append(PACKAGE / "models" / "ner" / "meta.json")
    files += [
        Path(p)
        for p in (gazetteer, os.environ.get("KG_GAZETTEER"), os.environ.get("KG_TRIGGERS"))
        if p
    ]
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def article_key(article: Article, version: str) -> str:
    fields = (
        version,
        article.id,
        article.title,
        article.text,
        article.home_city or "",
        article.date or "",
        json.dumps([dataclasses.astuple(b) for b in article.bylines], ensure_ascii=False),
    )
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


class ExtractionCache:
    """A folder of cached ArticleExtractions."""

    def __init__(self, folder: str | Path, version: str):
        self.folder = Path(folder)
        self.version = version

    def path(self, article: Article) -> Path:
        key = article_key(article, self.version)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleExtraction | None:
        p = self.path(article)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return from_json(data, article)

    def put(self, extraction: ArticleExtraction) -> None:
        blob = json.dumps(to_json(extraction), ensure_ascii=False).encode("utf-8")
        atomic_write(self.path(extraction.article), lambda fh: fh.write(blob))


def to_json(ex: ArticleExtraction) -> dict:
    """The record's fields as they are (``dataclasses.asdict`` deep-copies every
    value first, which cost more than writing the entry; json.dumps copies anyway)."""
    return {
        "mentions": [vars(m) for m in ex.mentions],
        "relations": [vars(r) for r in ex.relations],
    }


def from_json(data: dict, article: Article) -> ArticleExtraction:
    """The cached record, attached to the article as read now (path and source may differ)."""
    mentions = [Mention(**m) for m in data["mentions"]]
    relations = [
        Relation(**{**r, "subj": tuple(r["subj"]), "obj": tuple(r["obj"])})
        for r in data["relations"]
    ]
    article.bylines = [b if isinstance(b, Byline) else Byline(**b) for b in article.bylines]
    return ArticleExtraction(article=article, mentions=mentions, relations=relations)
