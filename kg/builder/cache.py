"""Extraction cache: a rebuild skips articles it has already extracted.

Keyed by the article (id, title, text and the metadata extraction reads) and
by the pipeline version: a hash of kg's version, its shipped word lists,
pipeline config and model metadata, and the user's gazetteer and trigger
files. Change any of them and every entry is stale. Entries are JSON files
sharded by key prefix under the cache folder, written atomically, so a build
killed half-way leaves only whole entries.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
import json
import logging
import os
from pathlib import Path

import kg
from kg.builder.codec import from_json, to_json
from kg.records import Article, ArticleExtraction
from kg.write.files import atomic_write

PACKAGE = Path(kg.__file__).parent
log = logging.getLogger(__name__)
# what extraction runs: the spaCy pipeline, then kg.extract (long articles in pieces)
ROOTS = ("kg.extract", "kg.nlp", "kg.builder.pieces")


@functools.cache
def pipeline_version(gazetteer: str | None = None, statistical: bool = True) -> str:
    """A digest of everything that changes what extraction returns."""
    h = hashlib.sha256(kg.__version__.encode())
    h.update(b"statistical NER" if statistical else b"rules only")
    files = extraction_files(statistical)
    files += [
        Path(p)
        for p in (gazetteer, os.environ.get("KG_GAZETTEER"), os.environ.get("KG_TRIGGERS"))
        if p
    ]
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(PACKAGE) if f.is_relative_to(PACKAGE) else f.name).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def extraction_files(statistical: bool = True) -> list[Path]:
    """Every file extraction reads, derived from the code rather than listed.

    The packages and modules of kg reached by imports from ``ROOTS`` (read from
    their source, lazy imports included): each package whole, with its data files
    (word lists, pipeline.cfg), each top-level module alone; then the statistical
    NER's model files when it runs.
    """
    files: set[Path] = set()
    for module in reached_modules(ROOTS):
        path = PACKAGE.joinpath(*module.split(".")[1:])
        if path.is_dir():
            files.update(f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
        elif path.with_suffix(".py").is_file():
            files.add(path.with_suffix(".py"))
    if statistical:
        from kg.nlp.statistical_ner import MODEL_DIR

        files.update(f for f in MODEL_DIR.rglob("*") if f.is_file())
    return sorted(files)


def reached_modules(roots: tuple[str, ...]) -> set[str]:
    """The kg modules and packages that ``roots`` import, directly or not."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name == "kg":
            continue
        seen.add(name)
        path = PACKAGE.joinpath(*name.split(".")[1:])
        sources = sorted(path.glob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
        for source in (s for s in sources if s.is_file()):
            todo += imported_kg_modules(source)
    return {n for n in seen if not any(n.startswith(p + ".") for p in seen)}


def imported_kg_modules(source: Path) -> list[str]:
    """The ``kg.…`` names a Python file imports (packages named as such, modules as such)."""
    names = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return [n for n in names if n.startswith("kg.")]


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
        self.failed = False

    def path(self, article: Article) -> Path:
        key = article_key(article, self.version)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached extraction; None when there is none, or the entry is not one kg wrote
        (edited, damaged): the article is then extracted again."""
        p = self.path(article)
        try:
            return from_json(json.loads(p.read_text(encoding="utf-8")), article)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, extraction: ArticleExtraction) -> None:
        """Keep an extraction; a cache that cannot be written (disk full) costs only speed."""
        blob = json.dumps(to_json(extraction), ensure_ascii=False).encode("utf-8")
        try:
            atomic_write(self.path(extraction.article), lambda fh: fh.write(blob))
        except OSError as exc:
            if not self.failed:
                log.warning(
                    "cache %s cannot be written (%s); going on without it",
                    self.folder,
                    exc.strerror or exc,
                )
            self.failed = True
