"""Walk the inputs and yield ``Article`` records, reporting bad input without stopping.

Formats by extension: ``.txt``/``.md`` (a newspaper page or a single article,
split by kg.read.page), ``.html``/``.htm``, ``.jsonl`` (one article per
line, kg.read.jsonl). Text files may open with a ``---`` block of ``key: value``
lines (title, source, date, home_city, section) that sets the articles' metadata.
Articles are streamed: nothing holds the whole corpus in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.read.articles import Defaults, article_id, articles_from_text, front_matter, iso_date
from kg.read.decode import (
    cleaned,
    has_words,
    readable_name,
    removed_note,
)
from kg.read.html import extract_html
from kg.read.jsonl import decoded, read_jsonl
from kg.read.reports import InputError, InputNote
from kg.records import Article

# the names other stages import from here
__all__ = [
    "Defaults",
    "InputError",
    "InputNote",
    "article_id",
    "input_files",
    "iso_date",
    "iter_articles",
]

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


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
                and not build_output(f.parent)
            )
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                on_error(
                    InputError(
                        readable_name(p),
                        f"unsupported file type {p.suffix or '(none)'}; "
                        "expected .txt, .md, .html, .htm or .jsonl",
                    )
                )
        else:
            on_error(InputError(readable_name(p), "no such file or folder"))


def build_output(folder: Path) -> bool:
    """Whether ``folder`` holds what ``kg build --out`` wrote (its extractions.jsonl is not
    articles): an input folder may hold the output of its last build."""
    return (folder / "build.json").is_file() and (folder / "graph.graphml").is_file()


def iter_articles(
    paths: Iterable[str | Path],
    defaults: Defaults | None = None,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_note: Callable[[InputNote], None] = lambda n: None,
) -> Iterator[Article]:
    """Articles from all inputs, in a deterministic order; bad inputs go to ``on_error``,
    inputs read with a change (a broken character mended) to ``on_note``."""
    defaults = defaults or Defaults()
    for path in input_files(paths, on_error):
        try:
            data = path.read_bytes()
        except OSError as exc:
            on_error(InputError(readable_name(path), f"cannot read: {exc.strerror or exc}"))
            continue
        named = Path(readable_name(path))  # the path as it is shown and stored
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(named, data, defaults, on_error, on_note)
        else:
            yield from file_articles(named, data, defaults, on_error, on_note)


def file_articles(
    path: Path,
    data: bytes,
    defaults: Defaults,
    on_error: Callable[[InputError], None],
    on_note: Callable[[InputNote], None],
) -> Iterator[Article]:
    """The articles of a text or HTML file's bytes."""
    text = decoded(path, data, on_error, on_note)
    if text is None:
        return
    text, removed = cleaned(text)
    if removed:
        on_note(InputNote(str(path), removed_note(removed)))
    if path.suffix.lower() in HTML_SUFFIXES:
        title, body = (cleaned(part)[0] for part in extract_html(text))  # &#12; and the like
        if not has_words(body):
            on_error(InputError(str(path), "no article text found in the HTML"))
            return
        yield from articles_from_text(body, path, defaults, {"title": title})
        return
    meta, body = front_matter(text)
    if not has_words(body):
        on_error(InputError(str(path), "no words in it (no letter or digit)"))
        return
    if meta.get("date") and not iso_date(meta["date"]):
        on_note(
            InputNote(
                str(path), f"front matter date {meta['date']!r} is no date (YYYY-MM-DD); ignored"
            )
        )
    yield from articles_from_text(body, path, defaults, meta)
