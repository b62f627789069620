"""JSON Lines input: one article per line, ``{"id", "title", "text", "date", "source",
"home_city", "section"}``, all but ``text`` optional.

Lines are split at ``\\n`` only: JSON allows a raw U+2028 or U+0085 inside a string, and
``str.splitlines`` would cut such a line in two. A bad line (malformed or truncated JSON,
not an object, no text, a date no calendar has, a list where a name belongs) is reported
with its line number and skipped; the other lines are read. JSON may also escape half of
a UTF-16 pair (``"\\ud800"``), which is no character and cannot be written as UTF-8: it
becomes U+FFFD and a note says so, rather than failing the batch at the first hash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.read.articles import META_KEYS, Defaults, iso_date, make_article, with_home_city
from kg.read.decode import (
    CUT_SHORT,
    DecodeError,
    cleaned,
    decode_text,
    has_words,
    mend_surrogates,
    removed_note,
)
from kg.read.page import PageItem, split_page
from kg.read.reports import InputError, InputNote
from kg.records import Article

SCALARS = (str, int, float, bool)


class LineError(ValueError):
    """Why one line is not an article."""


def decoded(
    path: Path,
    data: bytes,
    on_error: Callable[[InputError], None],
    on_note: Callable[[InputNote], None],
) -> str | None:
    """A file's text, or None after one error naming it; a file cut short is read to there."""
    try:
        text, _, cut_short = decode_text(data)
    except DecodeError as exc:
        on_error(InputError(str(path), str(exc)))
        return None
    if cut_short:
        on_note(InputNote(str(path), CUT_SHORT))
    return text


def read_jsonl(
    path: Path,
    data: bytes,
    defaults: Defaults,
    on_error: Callable[[InputError], None],
    on_note: Callable[[InputNote], None],
) -> Iterator[Article]:
    """The articles of a JSONL file's bytes, in line order; bad lines go to ``on_error``."""
    text = decoded(path, data, on_error, on_note)
    if text is None:
        return
    for lineno, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            meta, body = record_fields(parse_line(line), where, on_note)
        except LineError as exc:
            on_error(InputError(where, str(exc)))
            continue
        meta = with_home_city(meta, defaults, body)
        items = split_page(body)
        paragraphs = [p for it in items for p in ([it.title] if it.title else []) + it.paragraphs]
        yield make_article(
            PageItem(title=meta.get("title", ""), paragraphs=without_headline(paragraphs, meta)),
            path,
            defaults,
            meta,
        )


def without_headline(paragraphs: list[str], meta: dict[str, str]) -> list[str]:
    """The paragraphs less a first one that repeats the record's title (a text that opens
    with its headline): the title is read once, as the title."""
    title = re.sub(r"\s", "", meta.get("title", ""))
    if len(paragraphs) > 1 and title and re.sub(r"\s", "", paragraphs[0]) == title:
        return paragraphs[1:]
    return paragraphs


# a month or a year alone (2017-06, 2017): the article stands, its day is not known
PARTIAL_DATE = re.compile(r"^\s*\d{4}(?:[-/.年]\s*(?:0?[1-9]|1[0-2])月?)?\s*$")


def parse_line(line: str) -> dict:
    """The JSON object of one line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise LineError("malformed JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise LineError("expected a JSON object per line")
    return record


def record_fields(
    record: dict, where: str, on_note: Callable[[InputNote], None]
) -> tuple[dict[str, str], str]:
    """(metadata, text) of one record, every string made writable (``mended``)."""
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise LineError('missing or empty "text"')
    meta = {}
    for key in sorted(META_KEYS & record.keys()):
        value = record[key]
        if value is None:
            continue
        if not isinstance(value, SCALARS):
            raise LineError(f'"{key}" must be a string, not {type(value).__name__}')
        meta[key] = mended(key, str(value), where, on_note)
    if meta.get("date") and not iso_date(meta["date"]):
        if not PARTIAL_DATE.match(meta["date"]):
            raise LineError(f'unreadable "date" {meta["date"]!r}; expected YYYY-MM-DD')
        on_note(InputNote(where, f'"date" {meta.pop("date")!r} has no day; read without a date'))
    body = mended("text", body, where, on_note)
    if not has_words(body):
        raise LineError('"text" holds no words (no letter or digit)')
    return meta, body


def mended(key: str, value: str, where: str, on_note: Callable[[InputNote], None]) -> str:
    """A string of the record as text kg can write: line breaks unified, lone surrogates as
    U+FFFD, control characters removed; a note for each change the user could not see."""
    value, removed = cleaned(value)
    value, surrogates = mend_surrogates(value)
    if surrogates:
        on_note(
            InputNote(
                where,
                f'"{key}" escapes {surrogates} lone UTF-16 surrogate(s) such as \\ud800, which '
                "are not characters; read as U+FFFD",
            )
        )
    if removed:
        on_note(InputNote(where, f'"{key}": {removed_note(removed)}'))
    return value
