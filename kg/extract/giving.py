"""Who gave what to whom: the giver, the receiver and the sum of a donation or payment.

A donation is the body's when its people make it: 某商会会长张三…捐款 and
张三代表某商会捐款 are the 商会's gifts (the sentence opens with the body its
leader heads; the body is named after 代表). The receiver is the name after the
preposition before the verb (向某村捐赠, 为某校捐款), or where the gift is sent
(捐赠的物资运往某县); with none named, the receiver named for an earlier gift of
the article, else the place the lead is about (某县的灾情…;某商会捐款). The sum is
the first amount in 元 in the clause (捐款10万元). Markers are data
(kg/nlp/data/giving_markers.txt).
"""

from __future__ import annotations

import functools
import re

from kg.extract.listed_bodies import BARE_LEVEL_BODIES
from kg.extract.topics import Resolver, subject_of
from kg.nlp.lexicon import pattern_of, word_list
from kg.records import Mention
from kg.schema import Label, RelType

GIVING = (RelType.DONATED, RelType.DISBURSED)
RECEIVERS = (Label.PLACE, Label.ORGANIZATION, Label.PERSON)
BEHALF = re.compile(r"代表$")
SHIPPED = re.compile(r"(?:运往|送往|发往|运抵|送达|送到|运送至|发往至)")
GOVERNING = (*BARE_LEVEL_BODIES, "委", "常委会")  # party and state bodies: none gives


@functools.cache
def marker() -> re.Pattern:
    """A preposition naming the receiver, written right before the name (向, 为, 给)."""
    return re.compile("(?:" + pattern_of(word_list("giving_markers.txt")).pattern + r")\s*$")


def receivers(text: str, before: list[Mention]) -> list[Mention]:
    """The names before the verb introduced by a receiver's preposition (向甲村、乙村捐赠)."""
    out: list[Mention] = []
    for m in before:
        if m.label not in RECEIVERS:
            continue
        gap = text[out[-1].end : m.start] if out else ""
        if marker().search(text, max(0, m.start - 3), m.start) or (out and gap in ("、", "和")):
            out.append(m)
    return out


def shipped_to(
    text: str, verb_end: int, sentence_end: int, mentions: list[Mention]
) -> list[Mention]:
    """The place or body a gift is sent to later in its sentence (捐赠的物资…运往某省某县):
    the last, most specific name of the address right after the verb of sending."""
    sent = SHIPPED.search(text, verb_end, sentence_end)
    if sent is None:
        return []
    address: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label in (Label.PLACE, Label.ORGANIZATION) and m.start == (
            address[-1].end if address else sent.end()
        ):
            address.append(m)
    return address[-1:]


def receiver_written(text: str, clause_start: int, trig_start: int) -> bool:
    """Whether the clause names a receiver in words no name was read from (向社区食堂捐赠):
    then no earlier receiver stands in for it."""
    return bool(written_receiver().search(text, clause_start, trig_start))


@functools.cache
def written_receiver() -> re.Pattern:
    """A receiver's preposition with the words of a receiver after it (向社区食堂)."""
    return re.compile(
        "(?:" + pattern_of(word_list("giving_markers.txt")).pattern + r")[\u4e00-\u9fff]{2,}"
    )


def gift_receivers(
    text: str,
    before: list[Mention],
    span: tuple[int, int],
    earlier: list[Mention],
    lead: Mention | None,
    home: Mention | None,
) -> list[Mention]:
    """The receivers named before the verb (``span``: clause start, verb); with none named,
    the fallback receiver, unless the clause writes one in words no name was read from."""
    named = receivers(text, before)
    if named or receiver_written(text, *span):
        return named
    return fallback_receiver(earlier, lead, home)


def amount(here: list[Mention]) -> str | None:
    """The first sum of money in the clause, as written (10万元)."""
    return next((m.text for m in here if m.figure and m.figure.unit == "元"), None)


def givers(
    text: str,
    subject: list[Mention],
    before: list[Mention],
    sentence: tuple[int, int],
    mentions: list[Mention],
    resolve: Resolver,
) -> list[Mention]:
    """The bodies a donation is made for, when people make it: the body after 代表 in the
    clause, else the body (no party or state body) whose leader opens the sentence; else
    the subject itself. Only
    givers named in the sentence and not as the receiver (向县指挥部捐赠) give: a subject
    carried from sentences before is too weak a reading for a gift."""
    receiving = receivers(text, before)
    subject = [m for m in subject if sentence[0] <= m.start < sentence[1] and m not in receiving]
    if not any(m.label == Label.PERSON for m in subject):
        return subject
    behalf = [
        m
        for m in before
        if m.label == Label.ORGANIZATION and BEHALF.search(text, max(0, m.start - 2), m.start)
    ]
    if behalf:
        return behalf
    here = [m for m in mentions if sentence[0] <= m.start < sentence[1]]
    opening = subject_of(text, sentence[0], here, sentence[1], resolve)
    if opening and opening.kind == "leader" and not opening.mention.name.endswith(GOVERNING):
        return [opening.mention]  # 某商会会长甲…捐款: the association gives
    return subject  # 县委书记甲、县长乙率先捐款: the leaders give, not the county's bodies


def fallback_receiver(
    earlier: list[Mention], lead: Mention | None, home: Mention | None
) -> list[Mention]:
    """With no receiver named: the receivers of the article's earlier gifts, else the
    place the lead is about (某县的灾情牵动…: not the home city the givers come from),
    else the home place named in the article."""
    if earlier:
        return earlier
    if lead is not None and lead.label == Label.PLACE and not lead.refers_back:
        return [lead]
    return [home] if home is not None else []
