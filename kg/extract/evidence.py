"""The sentences and clauses of an article, and the evidence a relation quotes from them."""

from __future__ import annotations

import re

from kg.records import Mention

CLAUSE = re.compile(r"[，,；;：:]")

Span = tuple[int, int]


def key(m: Mention) -> tuple[str, str]:
    return (m.label, m.name)


def sentence_of(sentences, pos: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= pos < e), (pos, pos))


def evidence(text: str, sentences, *positions: int) -> str:
    """The sentences that hold the given character positions, in order, joined with an ellipsis."""
    spans = sorted({sentence_of(sentences, p) for p in positions})
    return "…".join(text[s:e].strip() for s, e in spans)


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The clauses of text[s:e], split at commas, semicolons and colons outside 《》 and
    outside a short quote."""
    out, start, quotes = [], s, short_quotes(text, s, e)
    for m in CLAUSE.finditer(text, s, e):
        if text.count("《", start, m.start()) > text.count("》", start, m.start()):
            continue  # inside a title: 《发展文化旅游产业,开发…》
        if any(a < m.start() < b for a, b in quotes):
            continue  # inside a quoted theme: 开展以“走进12309,检察为民”为主题的活动
        out.append((start, m.start()))
        start = m.end()
    out.append((start, e))
    return out


# a quoted name, theme or slogan (以“走进12309,检察为民”为主题): no clause or act of its
# own; a longer quote is speech, with clauses of its own
SHORT_QUOTE = re.compile(r"“[^“”\n]{1,28}”")


def short_quotes(text: str, start: int, end: int) -> list[Span]:
    return [q.span() for q in SHORT_QUOTE.finditer(text, start, end)]


def nested(m: Mention, others: list[Mention]) -> bool:
    """Whether a longer mention covers ``m`` (湖北省 in 湖北省湖南商会)."""
    return any(
        o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in others
    )
