"""Bare names listed before the kind they are: places (舞阳、某某、某某等乡镇) and bodies
(甲盐化、乙电化、丙重科等重点企业; 甲中学、乙小学等9所学校).

A report names the townships it went to or the firms it visited by their bare names,
in a list that ends with 等 and their kind (kg/nlp/data/list_kinds.tsv), perhaps
qualified (等重点企业, 等3家企业, 等9所学校). No suffix marks the members, but the
kind word does. A place member is one token, no common word, verb or boundary; a
body member may run over a few tokens (firms' short names: 天盛 | 电化), none a verb
or boundary, not all of them common words (电子 | 信息 等企业 are trades). A list of
bare names between a movement and a visit's verb (深入甲、乙检查) is of places, as one
closed by 等地 is.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from kg.nlp.candidates import HAN, acts_on_names, is_boundary, propose
from kg.nlp.doc_index import doc_index, tokens_matching
from kg.nlp.lexicon import table, word_list
from kg.nlp.triggers import trigger_table
from kg.schema import Label, RelType

PLACE_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,3}")
BODY_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,10}")
QUALIFIER = re.compile(r"\d+|[一二三四五六七八九十两几多]+|[家所个]|重点|规上|骨干|龙头|知名|优质")
COUNTED = re.compile(r"[\d一二三四五六七八九十两]+[期个家座条批号]?|期")
LIST_END = re.compile("等")  # what closes a list of names
LIST_MARKS = ("、", "等", "和", "及")
MIN_MEMBERS = 2
MAX_QUALIFIERS = 3
SOURCE = {Label.PLACE: "place_list", Label.ORGANIZATION: "body_list"}


@functools.cache
def kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in table("list_kinds.tsv") if len(row) == 2}


def listed_names(doc: Doc, label: str) -> None:
    """Propose the members of each list that ends with 等 and a kind of ``label``."""
    for i in tokens_matching(doc, LIST_END):
        tok = doc[i]
        if tok.text != "等" or i == len(doc) - 1:
            continue
        kind = kind_after(doc, tok.i + 1)
        if kinds().get(kind) != label:
            continue
        members = members_before(doc, tok.i, label)
        if len(members) >= MIN_MEMBERS:
            for start, end in members:
                propose(doc, start, end, label, SOURCE[label])


def visited_lists(doc: Doc) -> None:
    """深入甲、乙检查指导: bare names listed between a movement (kg/nlp/data/motion_verbs.txt)
    and the verb of a visit right after them are the places gone to, as a list closed by 等地
    is; two members at least, each a bare place name (one token, no common word or verb)."""
    motions = word_list("motion_verbs.txt")
    for i in range(2, len(doc)):
        if trigger_table().get(doc[i].text) != RelType.VISITED:
            continue
        members = members_before(doc, i, Label.PLACE)
        before = doc_index(doc).token_at_start.get(members[-1][0]) if members else None
        if len(members) >= MIN_MEMBERS and before and doc[before - 1].text in motions:
            for start, end in members:
                propose(doc, start, end, Label.PLACE, SOURCE[Label.PLACE])


def closes_with_kind(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether a 等 in text[start:end] closes a list with a kind of ``label`` (甲、乙等地;
    not 等地方干部: the kind is a word of its own)."""
    starts = doc_index(doc).token_at_start
    return any(
        doc[i].text == "等" and kinds().get(kind_after(doc, i + 1)) == label
        for i in (starts.get(k) for k in range(start, end))
        if i is not None and i + 1 < len(doc)
    )


def kind_after(doc: Doc, i: int) -> str | None:
    """The kind word after 等, past a few qualifiers (重点, 3家, 9所)."""
    for j in range(i, min(i + MAX_QUALIFIERS + 1, len(doc))):
        if doc[j].text in kinds():
            return doc[j].text
        if not QUALIFIER.fullmatch(doc[j].text):
            return None
    return None


def members_before(doc: Doc, end: int, label: str) -> list[tuple[int, int]]:
    """The list's members as character spans, walking left from 等 over member, 、, member…"""
    members = []
    j = end - 1
    while j >= 0:
        span = member_span(doc, j, label)
        if span is None:
            break
        first, last = span
        members.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
        if first < 1 or doc[first - 1].text != "、":
            break
        j = first - 2
    return members


def member_span(doc: Doc, last: int, label: str) -> tuple[int, int] | None:
    """The first and last token of the member ending at token ``last`` (a body's phase is
    left out: 宝钢 | 一期), or None."""
    if label == Label.PLACE:
        return (last, last) if bare_name(doc[last].text) else None
    while last > 0 and COUNTED.fullmatch(doc[last].text):
        last -= 1
    first = last
    while first > 0 and doc[first - 1].text != "、" and body_piece(doc, first - 1):
        first -= 1
    words = [t.text for t in doc[first : last + 1]]
    common = word_list("common_words.txt")
    if not all(body_piece(doc, k) for k in range(first, last + 1)) or all(
        w in common for w in words
    ):
        return None
    return (first, last) if BODY_MEMBER.fullmatch("".join(words)) else None


def body_piece(doc: Doc, i: int) -> bool:
    """A word of a body's short name, or a character of an unknown one the segmenter cut
    into single characters (艾 | 拉 | 科技: 拉 is no verb here)."""
    if name_piece(doc[i]):
        return True
    singles = [k for k in (i - 1, i + 1) if 0 <= k < len(doc) and len(doc[k].text) == 1]
    return (
        len(doc[i].text) == 1
        and HAN.match(doc[i].text) is not None
        and any(HAN.match(doc[k].text) and doc[k].text not in LIST_MARKS for k in singles)
    )


def name_piece(tok: Token) -> bool:
    """A word a body's short name may hold: no verb, boundary or count (宝钢 | 一期)."""
    return not (is_boundary(tok.text) or acts_on_names(tok.text) or COUNTED.fullmatch(tok.text))


def bare_name(word: str) -> bool:
    """A member that can be a place's bare name: Han, no common word, verb or boundary."""
    return bool(
        PLACE_MEMBER.fullmatch(word)
        and word not in word_list("common_words.txt")
        and not is_boundary(word)
        and not acts_on_names(word)
    )
