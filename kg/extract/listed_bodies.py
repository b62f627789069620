"""Bodies a list or a pair shows: 县政府办、公安局、财政局 lists the county's bureaus, though
公安局 alone is a kind of body (kg.extract.plausible drops kinds); 县委县政府 names the
committee and the government at once."""

from __future__ import annotations

import re

from kg.extract.plausible import PAIR, TOWN_CPPCC, generic_body
from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.lexicon import longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

BARE_BODY_CHARS = 5  # 公安局, 市场监管局: a bureau's bare name
BARE_LEVEL_BODIES = ("人民政府", "政府", "人大", "政协")  # 县委、政府: the level's own bodies
COMMITTEE = re.compile(rf"^(.*?[{LEVELS}])(?:党委|委)$")  # 某县委, 乡党委: its level
LISTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}、")  # 县委(常委)、| 政府副县长: a chain or list
PAIRED_LEVELS = "省市州县区旗镇乡"
CLAUSE_MARKS = "，,。；;！？\n"  # a chain of posts runs within a clause
UNIT_IN_CHAIN = re.compile(
    rf"、({'|'.join(sorted(word_list('committee_units.txt'), key=len, reverse=True))})"
)  # 某县委县政府: two bodies of one level written as one name


def level_listed(mentions: list[Mention], text: str) -> set[int]:
    """Ids of the bodies of a 、 list that opens with one named with its level (县政府办、
    公安局、财政局): the bare ones are that level's bodies, not kinds."""
    return set(listed_levels(mentions, text))


def name_listed_levels(mentions: list[Mention], text: str) -> None:
    """县发改委、财政局、人社局: the bare bureaus of a list opened by a body named with its
    level are that level's (县财政局), named so before short forms settle; a kind only,
    not a body named already (某某学校)."""
    by_id = {id(m): m for m in mentions}
    for k, level in listed_levels(mentions, text).items():
        m = by_id[k]
        if m.name == m.text and m.name[0] not in LEVELS and generic_body(m.name):
            m.name = leveled(level, m.name)  # not 某某学校 nor 某县政府: named already


def listed_levels(mentions: list[Mention], text: str) -> dict[int, str]:
    """The bare bodies of 、 lists that open with a body named with its level, by id, with
    that level (县政府办、公安局、财政局: 公安局 and 财政局 are 县's)."""
    bodies = sorted((m for m in mentions if m.label == Label.ORGANIZATION), key=lambda m: m.start)
    by_end = {m.end: m for m in bodies}
    head: dict[int, Mention] = {}
    out = {}
    for m in bodies:
        prev = by_end.get(m.start - 1) if text[m.start - 1 : m.start] == "、" else None
        head[id(m)] = head.get(id(prev), prev) if prev else m
        if (
            prev
            and head[id(m)].name[0] in LEVELS
            and len(m.name) <= BARE_BODY_CHARS
            and longest_suffix(m.name, word_list("org_heads.txt"))  # not 工业集中区: a zone
        ):
            out[id(m)] = head[id(m)].name[0]
    return out


def paired_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """县委县政府, 某市委市政府: a committee and its level's government written as one name
    are two bodies; the committee keeps the mention, the government's is returned."""
    spans = {(m.start, m.end) for m in mentions if m.label == Label.ORGANIZATION}
    out, pairs = [], []
    for m in mentions:
        pair = PAIR.match(m.text) if m.label == Label.ORGANIZATION else None
        as_written = m.name == m.text and text[m.start : m.end] == m.text
        if pair and paired_levels(*pair.groups()) and as_written:
            cut = m.start + len(pair.group(1))
            out.append(Mention(Label.ORGANIZATION, pair.group(2), pair.group(2), cut, m.end))
            pairs.append(id(m))
            m.name = m.text = pair.group(1)
            m.end = cut
    mentions[:] = [m for m in mentions if not (id(m) in pairs and (m.start, m.end) in spans)]
    return out


def paired_levels(committee: str, government: str) -> bool:
    """某县委 | 县政府, 某镇委 | 镇政府: both named with their level; 镇党委政府 stays one
    mention, the committee (kg.extract.plausible names it so)."""
    levels = committee[-2:-1], government[:1]
    return committee.endswith("委") and all(c and c in PAIRED_LEVELS for c in levels)


def leveled_bare_bodies(mentions: list[Mention], text: str) -> None:
    """政府, 人大 or 政协 written bare right after a level's committee in a list or a chain of
    titles (乡党委、政府、人大; 县委常委、政府副县长): that level's body (乡政府, 县政府),
    named so before short forms settle; the bare word stays the written text."""
    bodies = sorted((m for m in mentions if m.label == Label.ORGANIZATION), key=lambda m: m.start)
    level = None
    for prev, m in zip(bodies, bodies[1:]):
        committee = COMMITTEE.match(prev.name)
        level = committee.group(1) if committee else level
        joined = LISTED_AFTER.fullmatch(text, prev.end, m.start) is not None
        if not joined:
            level = None
        elif level and m.name == m.text and m.text in BARE_LEVEL_BODIES:
            m.name = leveled(level, m.name)


def leveled(level: str, bare: str) -> str:
    """A bare body named with its level (乡 + 人大), unless the level has no such body (no
    township has a 政协): then as written."""
    name = level + bare
    return bare if TOWN_CPPCC.search(name) else name


def committee_units(mentions: list[Mention], text: str) -> list[Mention]:
    """县委常委、组织部部长甲, 州委副书记、政法委书记乙: a party committee's unit named bare in
    a chain of posts after the committee is that committee's (县委组织部), written as the
    unit (kg/nlp/data/committee_units.txt)."""
    committees = [
        m
        for m in mentions
        if m.label == Label.ORGANIZATION and COMMITTEE.match(m.name) and m.end > 0
    ]
    taken = {m.start for m in mentions if m.label == Label.ORGANIZATION}
    out = []
    for m in UNIT_IN_CHAIN.finditer(text):
        unit, start = m.group(1), m.start(1)
        if start in taken or not text.startswith(tuple(word_list("titles.txt")), m.end(1)):
            continue
        clause = max(text.rfind(c, 0, start) for c in CLAUSE_MARKS)
        before = [c for c in committees if clause < c.start and c.end < start]
        if before:
            name = before[-1].name + unit
            out.append(Mention(Label.ORGANIZATION, name, unit, start, m.end(1)))
    return out
