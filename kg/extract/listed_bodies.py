"""Bare bodies a list shows are named ones: 县政府办、公安局、财政局 lists the county's
bureaus, though 公安局 alone is a kind of body (kg.extract.plausible drops kinds)."""

from __future__ import annotations

from kg.extract.ordinary_words import LEVELS
from kg.nlp.lexicon import longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

BARE_BODY_CHARS = 5  # 公安局, 市场监管局: a bureau's bare name


def level_listed(mentions: list[Mention], text: str) -> set[int]:
    """Ids of the bodies of a 、 list that opens with one named with its level (县政府办、
    公安局、财政局): the bare ones are that level's bodies, not kinds."""
    bodies = sorted((m for m in mentions if m.label == Label.ORGANIZATION), key=lambda m: m.start)
    by_end = {m.end: m for m in bodies}
    head: dict[int, Mention] = {}
    out = set()
    for m in bodies:
        prev = by_end.get(m.start - 1) if text[m.start - 1 : m.start] == "、" else None
        head[id(m)] = head.get(id(prev), prev) if prev else m
        if (
            prev
            and head[id(m)].name[0] in LEVELS
            and len(m.name) <= BARE_BODY_CHARS
            and longest_suffix(m.name, word_list("org_heads.txt"))  # not 工业集中区: a zone
        ):
            out.add(id(m))
    return out
