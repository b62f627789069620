"""Walk the inputs and yield ``Article`` records, reporting bad input without stopping.

Formats by extension: ``.txt``/``.md`` (a newspaper page or a single article,
split by kg.read.page), ``.html``/``.htm``, ``.jsonl`` (one article per
line). Text files may open with a ``---`` block of ``key: value`` lines
(title, source, date, home_city, section) that sets the articles' metadata.
Articles are streamed: nothing holds the whole corpus in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.read.bylines import find_bylines
from kg.read.decode import DecodeError, decode_text
from kg.read.home_city import infer_home_city
from kg.read.html import extract_html
from kg.read.page import PageItem, split_page
from kg.records import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_KEYS = {"title", "source", "date", "home_city", "section", "id"}
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
ISO_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
REPORTER_TALK = re.compile(r"记者(?:来到|看到|了解|获悉|从|在|走进|注意到)|(?:告诉|对|向)记者")


@dataclass
class InputError(KgError):
    """One input that could not be read: the file (and line) and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Defaults:
    """Metadata the user gave on the command line; the input's own metadata wins."""

    source: str | None = None
    date: str | None = None
    home_city: str | None = None


def iso_date(value: str | None) -> str | None:
    """'2023-01-05', '2023年1月5日', '2023/1/5' -> '2023-01-05'; anything else -> None."""
    if not value:
        return None
    m = ISO_DATE.match(str(value).strip())
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def article_id(title: str, text: str) -> str:
    """Stable id from content: the same item read twice, from anywhere, is one Article."""
    digest = hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:16]
    return f"article:{digest}"


def input_files(
    paths: Iterable[str | Path], on_error: Callable[[InputError], None]
) -> Iterator[Path]:
    """Files under the given paths (folders recursively, sorted), known suffixes only."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                on_error(
                    InputError(
                        str(p),
                        f"unsupported file type {p.suffix or '(none)'}; "
                        "expected .txt, .md, .html, .htm or .jsonl",
                    )
                )
        else:
            on_error(InputError(str(p), "no such file or folder"))


def iter_articles(
    paths: Iterable[str | Path],
    defaults: Defaults | None = None,
    on_error: Callable[[InputError], None] = lambda e: None,
) -> Iterator[Article]:
    """Articles from all inputs, in a deterministic order; bad inputs go to ``on_error``."""
    defaults = defaults or Defaults()
    for path in input_files(paths, on_error):
        try:
            data = path.read_bytes()
        except OSError as exc:
            on_error(InputError(str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, data, defaults, on_error)
            continue
        try:
            text, _ = decode_text(data)
        except DecodeError as exc:
            on_error(InputError(str(path), str(exc)))
            continue
        if suffix in HTML_SUFFIXES:
            title, body = extract_html(text)
            if not body.strip():
                on_error(InputError(str(path), "no article text found in the HTML"))
                continue
            yield from articles_from_text(body, path, defaults, {"title": title})
        else:
            meta, body = front_matter(text)
            yield from articles_from_text(body, path, defaults, meta)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional leading ``---`` metadata block off a text file."""
    text = text.lstrip("\ufeff")
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in META_KEYS:
            meta[key.strip()] = value.strip()
    return meta, text[m.end() :]


def articles_from_text(text: str, path: Path, defaults: Defaults, meta: dict) -> Iterator[Article]:
    """One Article per news item of a page (or one for a single article)."""
    items = split_page(text)
    meta = with_home_city(meta, defaults, text)
    for item in items:
        if not item.title and len(items) == 1:
            item = untitled(item, meta.get("title"), path.stem)
        if not item.paragraphs:
            continue
        yield make_article(item, path, defaults, meta, single=len(items) == 1)


def with_home_city(meta: dict, defaults: Defaults, text: str) -> dict:
    """The metadata, with the home city guessed from the text when neither it nor the user
    gives one."""
    if meta.get("home_city") or defaults.home_city:
        return meta
    guess = infer_home_city(text)
    return {**meta, "home_city": guess} if guess else meta


def untitled(item: PageItem, given: str | None, fallback: str) -> PageItem:
    """A single article without a heading: the given title (front matter, HTML <h1>),
    else its first short line, else the fallback."""
    first = item.paragraphs[0]
    if given:
        rest = (
            item.paragraphs[1:] if first == given and len(item.paragraphs) > 1 else item.paragraphs
        )
        return PageItem(title=given, paragraphs=rest)
    if len(item.paragraphs) > 1 and len(first) <= 40 and not first.endswith(("。", "！", "？")):
        return PageItem(title=first, paragraphs=item.paragraphs[1:])
    return PageItem(title=fallback, paragraphs=item.paragraphs)


def make_article(
    item: PageItem, path: Path, defaults: Defaults, meta: dict, single: bool = True
) -> Article:
    text = "\n".join(item.paragraphs)
    title = item.title or meta.get("title") or path.stem
    given_id = meta.get("id") if single else None
    return Article(
        id=str(given_id) if given_id else article_id(title, text),
        title=title,
        text=text,
        source=meta.get("source") or defaults.source or path.name,
        date=iso_date(meta.get("date")) or defaults.date,
        section=item.section or meta.get("section"),
        home_city=meta.get("home_city") or defaults.home_city,
        path=str(path),
        bylines=find_bylines(item.paragraphs, bool(REPORTER_TALK.search(text))),
    )


def read_jsonl(
    path: Path, data: bytes, defaults: Defaults, on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    """One article per JSON line: {"id", "title", "text", "date", "source", "home_city"}."""
    try:
        text, _ = decode_text(data)
    except DecodeError as exc:
        on_error(InputError(str(path), str(exc)))
        return
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(record, dict):
            on_error(InputError(where, "expected a JSON object per line"))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            on_error(InputError(where, 'missing or empty "text"'))
            continue
        meta = {k: str(v) for k, v in record.items() if k in META_KEYS and v is not None}
        if meta.get("date") and not iso_date(meta["date"]):
            on_error(InputError(where, f'unreadable "date" {meta["date"]!r}; expected YYYY-MM-DD'))
            continue
        meta = with_home_city(meta, defaults, body)
        items = split_page(body)
        paragraphs = [p for it in items for p in ([it.title] if it.title else []) + it.paragraphs]
        yield make_article(
            PageItem(title=meta.get("title", ""), paragraphs=paragraphs), path, defaults, meta
        )
