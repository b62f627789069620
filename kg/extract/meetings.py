"""Meetings and the bodies that hold them.

A body's own meeting carries the body's name in front (中共X县委十一届十四次全会,
第十六届人民政府第32次常务会议): the body HELD it, whoever presided. A
meeting of the whole area (全市…活动) is held by the home city. When a clause
opens with the meeting itself (会议讨论了…, 会议决定任命…), the body that holds
it is the one acting; when the meeting only speaks (会议指出, 会议强调), nobody does.
Hosts written before the event (由A主办,B承办的E) host the name after 的.
"""

from __future__ import annotations

import re

from kg.extract.settle import ADMIN_LEVELS
from kg.nlp.levels import WHOLE_AREA
from kg.nlp.lexicon import longest_suffix, word_list
from kg.nlp.organizations import UNPLACED_CONGRESS
from kg.records import Mention
from kg.schema import Label

MEETING_OPENING = re.compile(r"(?:会议|全会|大会|常务会议|常委会会议)(?:还|也|同时|并|一致)?")
HOSTS_FRAME = re.compile(r"[^。；;！？]{0,30}?的")  # 由A主办,B承办的E: up to 的
COUNTED = re.compile(r"[\d一二三四五六七八九十百]+\s*次")  # 十八次常委会: a meeting's count
YEAR_OPENING = re.compile(r"^\d{4}年度?")  # 2022年某市某县…大会: a year, then the address
QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")  # 某中心组(扩大)学习会
SESSION = re.compile(r"\s*第?\s*[\d一二三四五六七八九十百]+\s*[届次]")  # 第十六届, 第 32 次, 六届


def opens_with_meeting(text: str, clause_start: int) -> bool:
    """会议讨论了… / 会议还听取…: the clause's subject is the meeting itself."""
    return bool(MEETING_OPENING.match(text, clause_start))


def hosted_after(text: str, end: int, mentions: list[Mention], allowed) -> list[Mention]:
    """由A主办,B承办的E在X举行: a host's verb in a 由 clause names no object; what it
    hosts is the name right after the 的 that closes the frame (the longest, of a label
    the verb allows)."""
    de = HOSTS_FRAME.match(text, end)
    at = de.end() + text.startswith("“", de.end()) if de else -1  # 承办的“E”: quoted
    named = [m for m in mentions if de and m.start in (de.end(), at) and m.label in allowed]
    return [max(named, key=lambda m: m.end)] if named else []


def holders(event: Mention | None, mentions: list[Mention]) -> list[Mention]:
    """The bodies that hold ``event``: the body or place its name opens with (the home
    city for 全市…; 某县2023年12月招商引资项目集中签约仪式 is the county's, and so is
    2022年某市某县…大会, a year and the county's address before it); none when the
    name says no body. A name with a meeting's count
    (县政协十一届十八次常委会) is the meeting, not the body holding it. 我县 written right
    before the name (我县某推进会召开) is the home city holding it."""
    if event is None:
        return []
    name = event.text or event.name
    named = [
        m
        for m in mentions
        if (m.label in (Label.ORGANIZATION, Label.PLACE) or m.home_city)
        and m.start >= 0
        and not COUNTED.search(m.text)
    ]
    year = YEAR_OPENING.match(name)
    held, rest, chain = None, name[year.end() :] if year else name, 0
    while opening := [m for m in named if len(m.text) < len(rest) and rest.startswith(m.text)]:
        first = max(opening, key=lambda m: len(m.text))
        if first.label != Label.PLACE or first.home_city or governed(first, event, mentions):
            held = first
        if first.label != Label.PLACE:
            break
        rest, chain = rest[len(first.text) :], chain + 1  # 某市某县…: the last of the address
    if year and chain < 2:
        held = None  # 2026年某市迎春晚会: a year and one place, no address says whose it is
    if held is not None:
        return [held]
    return [
        m
        for m in mentions
        if m.label == Label.PLACE and m.end == event.start and m.text.startswith(("我", "本"))
    ]


def governed(place: Mention, event: Mention, mentions: list[Mention]) -> bool:
    """A place that holds an event: an administrative one (a river or a mountain, 某河防汛
    现场会, holds nothing) that the article names outside the event's name too."""
    return place.name.endswith(ADMIN_LEVELS) and named_outside(place, event, mentions)


def named_outside(place: Mention, event: Mention, mentions: list[Mention]) -> bool:
    """A place holds an event only when the article names it outside the event's name too
    (中国 in 中国共产党某县第十五次代表大会 is part of a body's name, no host)."""
    return any(
        m.label == Label.PLACE
        and m.name == place.name
        and m.start >= 0
        and not event.start <= m.start < max(event.end, event.start + len(event.text))
        for m in mentions
    )


def meeting_bodies(mentions: list[Mention], home_city: str | None) -> list[Mention]:
    """The bodies that events' names open with, as mentions where no name covers them
    yet: the chooser keeps no name inside an event's, yet 中共X县委 in
    中共X县委十一届十四次全会 is the body that held it, and 全市 in 全市…活动 the city (a
    scope of another level than the paper's, 全县 in a city's paper, is read as other
    scope words are: the county named)."""
    out = []
    for ev in (m for m in mentions if m.label == Label.EVENT and m.start >= 0):
        if WHOLE_AREA.match(ev.text):
            if home_city and home_city.endswith(ev.text[1]):  # not 全县 in a city's paper
                at = (ev.start, ev.start + 2)
                out.append(Mention(Label.PLACE, home_city, ev.text[:2], *at, home_city=True))
            continue
        n = meeting_body(ev.text)
        if n and not any(
            m.label == Label.ORGANIZATION and m.start == ev.start and m.end == ev.start + n
            for m in mentions + out
        ):
            body = ev.text[:n]
            out.append(
                Mention(Label.ORGANIZATION, re.sub(r"\s", "", body), body, ev.start, ev.start + n)
            )
    return out


def meeting_body(name: str) -> int | None:
    """Length of the body a meeting's name opens with: the text before its session number
    (第十六届人民政府 | 第32次常务会议, 市政协 | 六届四次会议) or its bracketed qualifier (区委
    理论学习中心组 | (扩大)学习会) when it ends with a body's head; a sitting's number names
    no body (三届十二次全委 | (扩大)会议: the plenary of the committee, not the committee)."""
    for m in [*SESSION.finditer(name), *QUALIFIER.finditer(name)]:
        body = name[: m.start()].rstrip()
        if COUNTED.search(body):
            continue
        if UNPLACED_CONGRESS.fullmatch(body):
            return None  # 十八届人民代表大会 | 第五次会议: whose congress, the sentence says
        if len(body) >= 2 and longest_suffix(body, word_list("org_heads.txt")):
            return len(body)
    return None
