"""Which of the articles read the build extracts: each once, none past the ceiling.

Why before extraction: an article reached twice (``kg build seeds seeds``,
overlapping folders) costs its extraction twice and was counted twice; a text
of many millions of characters is a dump of many articles, and reading it is
better refused at once, with a line that says how to split it, than after an
hour. A long article below the ceiling is announced here, in the parent
process, and read in pieces by the worker (kg.builder.pieces).

Two different articles that claim one id (JSONL ``id``) are a user's mistake,
not a repeat: the second is reported, not built, instead of silently standing
in for the first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.builder.pieces import LONG_ARTICLE_CHARS, PIECE_CHARS, cut_points
from kg.read.reports import InputError, InputNote
from kg.records import Article

MAX_ARTICLE_CHARS = 5_000_000


@dataclass
class Admission:
    """What the build was told and what it skipped: where each article came from (by id),
    how many were reached again."""

    on_error: Callable[[InputError], None]
    on_note: Callable[[InputNote], None]
    repeats: int = 0

    def __post_init__(self) -> None:
        self.seen: dict[str, tuple[bytes, str]] = {}

    def admitted(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles to extract, in order."""
        for article in articles:
            if self.within_ceiling(article) and self.first_time(article):
                yield article

    def first_time(self, article: Article) -> bool:
        digest = hashlib.sha1(f"{article.title}\n{article.text}".encode()).digest()
        first = self.seen.get(article.id)
        if first is None:
            self.seen[article.id] = (digest, where(article))
            return True
        if first[0] == digest:
            self.repeats += 1
            return False
        self.on_error(
            InputError(
                where(article),
                f"id {article.id!r} is already the id of another article (from {first[1]}); "
                "not built (give each article its own id)",
            )
        )
        return False

    def within_ceiling(self, article: Article) -> bool:
        size = len(article.text)
        if size > MAX_ARTICLE_CHARS:
            self.on_error(
                InputError(
                    where(article),
                    f"article {article.title[:40]!r} has {size:,} characters, more than the "
                    f"{MAX_ARTICLE_CHARS:,} kg reads as one article; not built (split it into "
                    "articles: a page with # headings, or one JSONL line each)",
                )
            )
            return False
        if size > LONG_ARTICLE_CHARS:
            self.on_note(
                InputNote(
                    where(article),
                    f"article {article.title[:40]!r} has {size:,} characters: read in "
                    f"{len(cut_points(article.text)) - 1} pieces of at most {PIECE_CHARS:,}, cut "
                    "at sentence ends; names are settled within each piece",
                )
            )
        return True


def where(article: Article) -> str:
    """The article's file, and its id when the file holds several (a page, JSON lines)."""
    return f"{article.path} ({article.id})" if article.path else article.id
