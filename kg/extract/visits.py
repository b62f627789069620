"""Visits written as a movement and a purpose: 来到A、B进行实地查看, 深入甲村X合作社,
乙村Y合作社进行调研, 来广考察.

A movement verb (kg/nlp/data/motion_verbs.txt) followed, later in the same
sentence, by a visiting verb (a VISITED row of the trigger table) makes one
visit; the places and bodies named between them are where the visit went. A
chain of names written together (板店乡彭营村大地合作社) is one address: the
last, most specific name is the one visited. With no name between them, a short
form of the home city (来广考察, in a paper of 广德市) is the place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.nlp.lexicon import ordered_words
from kg.nlp.triggers import action_pattern, action_table
from kg.records import Article, Mention
from kg.schema import Label, RelType

PLACES = (Label.PLACE, Label.ORGANIZATION)
MAX_SPAN = 80
SHORT_FORM = re.compile(r"^[\u4e00-\u9fff]{1,2}$")


@dataclass
class Visit:
    motion: re.Match  # the movement verb
    purpose: re.Match  # the visiting verb it leads to
    places: list[Mention]

    @property
    def verb(self) -> str:
        return f"{self.motion.group(0)}…{self.purpose.group(0)}"


@functools.cache
def motion_pattern() -> re.Pattern:
    return re.compile("|".join(map(re.escape, ordered_words("motion_verbs.txt"))))


def visits_in(
    article: Article, start: int, end: int, mentions: list[Mention], word_starts: set[int]
) -> list[Visit]:
    """The visits written in text[start:end] (one sentence)."""
    text, out = article.text, []
    for motion in motion_pattern().finditer(text, start, end):
        if motion.start() not in word_starts or inside(motion.start(), mentions):
            continue
        purpose = next(
            (
                t
                for t in action_pattern().finditer(
                    text, motion.end(), min(end, motion.end() + MAX_SPAN)
                )
                if action_table()[t.group(0)] == RelType.VISITED and t.start() in word_starts
            ),
            None,
        )
        if purpose is None or (out and motion.start() < out[-1].purpose.end()):
            continue
        between = [
            m
            for m in mentions
            if motion.end() <= m.start and m.end <= purpose.start() and m.label in PLACES
        ]
        places = most_specific(between) or home_short_form(article, motion.end(), purpose.start())
        if places:
            out.append(Visit(motion, purpose, places))
    return out


def inside(pos: int, mentions: list[Mention]) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


def most_specific(names: list[Mention]) -> list[Mention]:
    """A place written right before another place or body is its address
    (板店乡彭营村大地合作社): keep the last, most specific name. Other names side
    by side (“村村联建”“村企联建”) stay each one."""
    ordered = sorted(names, key=lambda m: m.start)
    return [
        m
        for k, m in enumerate(ordered)
        if not (
            m.label == Label.PLACE
            and k + 1 < len(ordered)
            and ordered[k + 1].start == m.end
            and ordered[k + 1].label in PLACES
        )
    ]


def home_short_form(article: Article, start: int, end: int) -> list[Mention]:
    """来广考察 in a paper of 广德市: a one- or two-character short form of the home city."""
    word = article.text[start:end]
    city = article.home_city
    if city and SHORT_FORM.match(word) and city.startswith(word) and len(city) > len(word):
        return [Mention(Label.PLACE, city, word, start, end, home_city=True)]
    return []
