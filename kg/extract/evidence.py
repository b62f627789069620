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
    """The clauses of text[s:e], split at commas, semicolons and colons outside 《》."""
    out, start = [], s
    for m in CLAUSE.finditer(text, s, e):
        if text.count("《", start, m.start()) > text.count("》", start, m.start()):
            continue  # inside a title: 《发展文化旅游产业,开发…》
        out.append((start, m.start()))
        start = m.end()
    out.append((start, e))
    return out


def nested(m: Mention, others: list[Mention]) -> bool:
    """Whether a longer mention covers ``m`` (湖北省 in 湖北省湖南商会)."""
    return any(
        o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in others
    )
