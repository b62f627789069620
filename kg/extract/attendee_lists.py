"""Attendees listed after the event they attend: 出席会议的领导有甲,乙,丙.

The verb comes first and its subject after 有, clause after clause of titles and
names, so the reading of verbs and their subjects (kg.extract.actions) finds
nobody, or the wrong body, before 出席. Each clause after 有 that only lists people
(a title and a name, a body's head standing for it) adds them; the first clause
that does more (大会由甲主持) ends the list. The event is the one named between the
verb and 的, or, when only its kind is written there (会议, 今天的活动), the event the
article last reported held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.evidence import Span, clauses
from kg.extract.subjects import listed_people, tail_ok, without_delegate
from kg.nlp.lexicon import longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

CLOSING = "。；;！!？?，, "  # the mark that closes a clause
LISTED = re.compile(
    r"(出席|参加|列席)(?P<what>[^，,。；;：:！？]{1,40}?)的"
    r"(?:主要|有关|相关)?(?:领导(?:同志)?(?:和嘉宾)?|嘉宾|人员|同志|代表)?还?有[：:]?"
)


@dataclass(frozen=True)
class AttendeeList:
    verb: re.Match  # 出席, the verb the attendees share
    event: Mention | None  # None when the words before 的 name no event
    attendees: list[Mention]  # empty when none is named (参加会议的还有各镇负责人)


def attendee_lists(
    text: str, sentence: Span, here: list[Mention], last_event: Mention | None
) -> Iterator[AttendeeList]:
    """The lists of attendees in one sentence, each whatever it names (its verb has no
    subject before it); ``here`` are the sentence's mentions (top level) and
    ``last_event`` the event last reported held before it."""
    for m in LISTED.finditer(text, *sentence):
        event = event_named(m, here, last_event)
        yield AttendeeList(m, event, listed_after(text, m.end(), sentence[1], here))


def event_named(m: re.Match, here: list[Mention], last_event: Mention | None) -> Mention | None:
    """The event named between the verb and 的, else the last one held when the words there
    end with an event's kind (会议, 今天集中开工仪式)."""
    inside = [e for e in here if e.label == Label.EVENT and m.start("what") <= e.start < m.end()]
    if inside:
        return inside[-1]
    return last_event if longest_suffix(m.group("what"), word_list("event_heads.txt")) else None


def listed_after(text: str, start: int, end: int, here: list[Mention]) -> list[Mention]:
    """The people (and bodies standing for their heads) of the clauses from ``start`` on that
    only list them; the first clause that holds none, or more than a list, ends it."""
    out: list[Mention] = []
    for cs, ce in clauses(text, start, end):
        cs = max(cs, start)
        people = listed_people(text, here, cs, ce)
        tail = text[people[-1].end : ce].rstrip(CLOSING) if people else ""
        if not people or not tail_ok(without_delegate(text, people[-1], tail)):
            break
        out += people
    return out
