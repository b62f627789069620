"""From a reader's text to ``Article`` records: metadata, titles, ids, bylines.

Shared by every format (kg.read.discover for text and HTML files, kg.read.jsonl for
JSON lines): the input's own metadata wins over the user's defaults, an article's id
comes from its content, so the same item read twice from anywhere is one Article.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.read.bylines import find_bylines
from kg.read.home_city import infer_home_city
from kg.read.page import PageItem, split_page
from kg.records import Article

META_KEYS = {"title", "source", "date", "home_city", "section", "id"}
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
ISO_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
REPORTER_TALK = re.compile(r"记者(?:来到|看到|了解|获悉|从|在|走进|注意到)|(?:告诉|对|向)记者")


@dataclass
class Defaults:
    """Metadata the user gave on the command line; the input's own metadata wins."""

    source: str | None = None
    date: str | None = None
    home_city: str | None = None


def iso_date(value: str | None) -> str | None:
    """'2023-01-05', '2023年1月5日', '2023/1/5' -> '2023-01-05'; anything else, and days no
    calendar has (2023-02-30), -> None."""
    if not value:
        return None
    m = ISO_DATE.match(str(value).strip())
    if not m:
        return None
    try:
        return datetime.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def article_id(title: str, text: str) -> str:
    """Stable id from content: the same item read twice, from anywhere, is one Article."""
    digest = hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:16]
    return f"article:{digest}"


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
