"""The people of one article, settled across its sentences.

A name the pipeline found once (秘书长李春晓) is found wherever it recurs (so is a
programme's, kg.extract.mentions); a surname
and a title or honorific (闫主任, 阳师傅) is the one person of that surname the article
names in full, if it names one; and what the statistical model took for a person but
the article writes as a place (沈丘 beside 沈丘县) or as a title (副苏木达) is dropped.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.lexicon import affixes, pattern_of, word_list
from kg.nlp.person_names import surnames, title_words
from kg.records import Mention
from kg.schema import Label

PLACE_ENDS = "县市区镇乡村旗州"


@functools.cache
def called_by_words() -> frozenset[str]:
    return word_list("honorifics.txt") | word_list("titles.txt")


def settle_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The article's mentions with people settled: non-names dropped, recurrences added,
    short forms named in full."""
    kept = [m for m in mentions if m.label != Label.PERSON or is_person_name(m.name, text)]
    trim_overread(kept)
    extend_underread(kept, text)
    trim_phrase_opener(kept, text)
    kept += recurring(text, kept, Label.PERSON)
    name_people_in_full(kept)
    return kept


def trim_overread(mentions: list[Mention]) -> None:
    """郭某某察 | 看: a four-character person whose first three characters are a person the
    article names is that person, read with the first character of the word after it (a
    single surname and three given characters is rarer than such a slip)."""
    people = {m.name for m in mentions if m.label == Label.PERSON and len(m.name) == 3}
    for m in mentions:
        if (
            m.label == Label.PERSON
            and len(m.name) == 4
            and m.name == m.text
            and m.name[:3] in people
            and m.name[:2] not in surnames()
        ):
            m.name = m.text = m.name[:3]
            m.end -= 1


def extend_underread(mentions: list[Mention], text: str) -> None:
    """某某 | 民作讲话: a person read short of a longer name the article gives its people,
    where the text goes on with that name's rest, is that person (the segmenter glued the
    last character to the word after it); not where a title follows it (某某 | 副主任,
    which a longer reading 某某副 took)."""
    people = {m.name for m in mentions if m.label == Label.PERSON}
    for m in mentions:
        if m.label != Label.PERSON or m.name != m.text or m.start < 0:
            continue
        if text.startswith(title_words(), m.end):
            continue
        longer = [n for n in people if len(n) > len(m.name) and text.startswith(n, m.start)]
        if longer:
            m.name = m.text = max(longer, key=len)
            m.end = m.start + len(m.name)


def trim_phrase_opener(mentions: list[Mention], text: str) -> None:
    """刘某如 | 是说: a three-character person whose last character opens a set phrase
    after it (kg/nlp/data/name_tail_phrases.txt) is the two characters before it."""
    for m in mentions:
        if (
            m.label == Label.PERSON
            and len(m.name) == 3
            and m.name == m.text
            and m.start >= 0
            and text.startswith(affixes("name_tail_phrases.txt"), m.end - 1)
        ):
            m.name = m.text = m.name[:2]
            m.end -= 1


def is_person_name(name: str, text: str) -> bool:
    """Not a place the article names with its suffix (沈丘 / 沈丘县, but 万勇市长 is a
    person), not a title with a prefix (副苏木达); 闫主任 is a name (a surname and a
    title)."""
    for k in occurrences(name, text):
        after = text[k + len(name) : k + len(name) + 2]
        if after[:1] and after[0] in PLACE_ENDS and after[1:] != "长":
            return False
    titled = title_inside().search(name, 1)
    return titled is None or is_called_by(name)


@functools.cache
def title_inside() -> re.Pattern:
    return pattern_of(w for w in word_list("titles.txt") if len(w) > 1)


def occurrences(name: str, text: str):
    """Offsets where ``name`` occurs in ``text`` (str.find: no pattern per name)."""
    k = text.find(name)
    while k >= 0:
        yield k
        k = text.find(name, k + 1)


def recurring(text: str, mentions: list[Mention], label: str, min_chars: int = 2) -> list[Mention]:
    """Every other occurrence, outside the names found, of a name of ``label`` found once
    in the article, written as it was (a person named once with a title; a project named
    once in a list, then again where its figures are given)."""
    taken = [(m.start, m.end) for m in mentions]
    found = [m for m in mentions if m.label == label and len(m.name) >= min_chars]
    written = {(m.name, m.name) for m in found} | {(m.text, m.name) for m in found}
    out = []
    for surface, name in sorted(written):
        for k in occurrences(surface, text):
            end = k + len(surface)
            if not any(s <= k < e or s < end <= e for s, e in taken):
                out.append(Mention(label, name, surface, k, end, recurring=True))
                taken.append((k, end))
    return out


def name_people_in_full(mentions: list[Mention]) -> None:
    """闫主任, 阳师傅: a surname and a title or honorific is the person of that surname the
    article names in full (闫业忠), when it names exactly one; else it is the name."""
    people = {m.name for m in mentions if m.label == Label.PERSON}
    forms = {n for n in people if is_called_by(n)}
    for m in mentions:
        if m.label == Label.PERSON and m.name in forms:
            full = {n for n in people - forms if n.startswith(m.name[0])}
            if len(full) == 1:
                m.short_form, m.name = m.name, full.pop()


def is_called_by(name: str) -> bool:
    """A surname and what people call him by (阳师傅, 闫主任), not a full name."""
    return name[:1] in surnames() and name[1:] in called_by_words()
