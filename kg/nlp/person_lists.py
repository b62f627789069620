"""Lists of names: members the model missed, and names parted by spaces.

甲、乙、丙、丁等出席: a list is of one kind; where the model (or a title) found at
least two people in it, the other members are people too (枊洪, a surname the lists
lack). 张慧君 顾 辉: names set apart by spaces are several people; a one-character
surname and given name padded by a space (顾 辉) is one two-character name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.candidates import (
    HAN_CHAR,
    NER_SOURCE,
    PUNCT,
    candidates,
    propose,
    sentence_bounds,
)
from kg.nlp.kind_lists import closes_with_kind
from kg.nlp.person_names import NameReader, name_enders, starts_follower, surnames, title_words
from kg.schema import Label

SOURCE = "title_name"  # names read from a title or shape around them (ranked above bodies)
DESCRIBED = re.compile(r"的([\u4e00-\u9fff]{2,3})(?=[,，、]|等)")  # …孝敬老人的甲,
LIST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,}")
MAX_KIND = 4  # 等县市: the kind a list closes with, past the run's last member


def model_lists(doc: Doc, reader: NameReader) -> None:
    """甲、乙、丙、丁等出席: in a list where at least two members are already people (the
    model's or a title's), the members missed (rare surnames, 枊洪) are people too."""
    text = reader.text
    found = {(c.start, c.end) for c in candidates(doc) if c.label == Label.PERSON}
    for run in LIST.finditer(text):
        if closes_with_kind(doc, run.start(), run.end() + MAX_KIND, Label.PLACE):
            continue  # 甲、乙、丙等地: a list of places, whatever the model read
        members = list_members(text, run.start(), run.end(), found)
        people = [m for m in members if m in found]
        if len(people) < 2 or len(people) * 2 < len(members):
            continue
        for start, end in members:
            surnamed = text[start : start + 1] in surnames()  # 于 | 明付: a surname, no preposition
            if (
                (start, end) not in found
                and text[end - 1] not in name_enders()
                and not text.startswith(title_words(), start)  # 、秘书长吴建雄: a title opens it
                and reader.plain(start, end, loose_end=True, listed=True, trusted=surnamed)
                and (len(people) > 2 or surnamed)
            ):
                propose(doc, start, end, Label.PERSON, SOURCE)


def described_lists(doc: Doc, reader: NameReader) -> None:
    """拾金不昧的甲,见义勇为的乙,热心公益的丙等: people each named after what they are
    praised for, parted by commas; where the model (or a title) found at least two of them,
    the others are people too, the whole of each name taken (吕立中, not the model's 吕立)."""
    text = reader.text
    found = {(c.start, c.end) for c in candidates(doc) if c.label == Label.PERSON}
    for s, e in sentence_bounds(text):
        items = [m.span(1) for m in DESCRIBED.finditer(text, s, e)]
        if sum(item in found for item in items) < 2:
            continue
        for start, end in items:
            if (
                (start, end) not in found
                and text[start] in surnames()
                and reader.plain(start, end, loose_end=True, listed=True, trusted=True)
            ):
                propose(doc, start, end, Label.PERSON, SOURCE)


def list_members(text: str, start: int, end: int, found: set) -> list[tuple[int, int]]:
    """The members of a 、 list, the first cut where a known name or punctuation begins it
    (县长 | 甲、乙), the last where a word that ends names follows (丁 | 等出席)."""
    members, pos = [], start
    for part in text[start:end].split("、"):
        members.append((pos, pos + len(part)))
        pos += len(part) + 1
    s0, e0 = members[0]
    known = next((s for s in range(s0, e0 - 1) if (s, e0) in found), None)
    titled = next((k for k in range(s0, e0 - 1) if text.endswith(title_words(), 0, k)), None)
    if known is not None or titled is not None:
        members[0] = (known if known is not None else titled, e0)  # 县领导 | 贾发生、
    elif s0 > 0 and text[s0 - 1] not in PUNCT:
        members.pop(0)
    s1, e1 = members[-1]
    known = next((e for e in range(s1 + 2, e1 + 1) if (s1, e) in found), None)
    cut = known or next((k for k in range(s1 + 2, e1) if ends_name(text, k)), None)
    if cut is None and HAN_CHAR.match(text, e1):
        return members[:-1]  # 、呼格吉乐图等: the last runs on past what the run holds
    members[-1] = (s1, cut or e1)
    return members


def ends_name(text: str, pos: int) -> bool:
    """A word that ends a name begins at ``pos``: 等, 说, or a title (夏霖 | 老师)."""
    return starts_follower(text, pos) or text.startswith(title_words(), pos)


def spaced_names(doc: Doc, reader: NameReader) -> None:
    """张慧君 顾 辉: the model's person spans that hold spaces, read as the names they set
    apart; 顾 辉 (surname, space, given character) is the name 顾辉."""
    text = reader.text
    for c in list(candidates(doc)):
        if c.source != NER_SOURCE or c.label != Label.PERSON or " " not in text[c.start : c.end]:
            continue
        parts = text[c.start : c.end].split(" ")
        if len(parts) == 2 and all(len(p) == 1 for p in parts) and parts[0] in surnames():
            propose(doc, c.start, c.end, Label.PERSON, SOURCE, canonical="".join(parts))
            continue
        pos = c.start
        for part in parts:
            if part[:1] in surnames() and reader.plain(pos, pos + len(part), loose_end=True):
                propose(doc, pos, pos + len(part), Label.PERSON, SOURCE)
            pos += len(part) + 1
