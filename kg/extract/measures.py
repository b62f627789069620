"""What each figure measures: the most specific entity of its clause or sentence.

A programme or event named in the figure's clause; else one named before it in
the sentence; else the meeting being reported on (会上, 会议); else the actor
carried by the who-did-what reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.evidence import evidence, key
from kg.records import Mention, Relation
from kg.schema import Label, RelType

if TYPE_CHECKING:
    from kg.extract.actions import ActionReader

ACTORS = (Label.PERSON, Label.ORGANIZATION)
TARGETED = (Label.PROGRAMME, Label.EVENT)
MEANS = re.compile(r"(?:以|通过|按照|采取|借助)$")


def clause_measures(
    reader: ActionReader, here: list[Mention], in_sentence: list[Mention]
) -> list[Relation]:
    """MEASURES of the figures of one clause, read with the reader's carried subject."""
    text, out = reader.text, []
    for fig in (m for m in here if m.label == Label.FIGURE):
        target = measured(text, fig, here, in_sentence, reader.subject, reader.last_event)
        if target:
            where = evidence(text, reader.sentences, fig.start, target.start)
            out.append(Relation(RelType.MEASURES, key(fig), key(target), where))
    return out


def measured(
    text: str,
    fig: Mention,
    clause: list[Mention],
    sentence: list[Mention],
    subject: list[Mention],
    last_event: Mention | None,
) -> Mention | None:
    """The most specific entity a figure is about.

    A programme or event in its clause; else one named before it in its
    sentence; else the meeting when the sentence reports on it (会上, 会议);
    else the actor. A figure after a list of names (“A”“B”等…活动90余场)
    counts the whole list's activity, so it goes to the actor.
    """
    for pool in (clause, [m for m in sentence if m.end <= fig.start]):
        near = [
            m
            for m in pool
            if m.label in TARGETED and not MEANS.search(text, max(0, m.start - 3), m.start)
        ]
        if near:
            best = min(near, key=lambda m: abs(m.start - fig.start))
            if best.end <= fig.start and "等" in text[best.end : fig.start] and subject:
                return subject[0]
            return best
    opening = text[max(0, text.rfind("\n", 0, fig.start) + 1) : fig.start]
    if last_event and re.match(
        r"\s*(会上|会议|活动中|活动现场|大会)", re.split(r"[。！？!?]", opening)[-1]
    ):
        return last_event
    named = [
        a
        for a in subject
        if a.label in ACTORS or any(m.label == a.label and m.name == a.name for m in sentence)
    ]
    return named[0] if named else None  # the home city carried from earlier sentences is too vague
