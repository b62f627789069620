"""Bare place names listed before the kind they are (舞阳 | 、某某、某某等乡镇): places.

A report names the townships or villages it went to by their bare names, in a list
that ends with 等 and their kind (等乡镇, 等村, 等街道). No suffix marks the members,
but the kind word does: each member of one token, no common word, verb or boundary,
is a place of that kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.candidates import acts_on_names, is_boundary, propose
from kg.nlp.lexicon import word_list
from kg.schema import Label

KINDS = ("乡镇", "镇", "乡", "村", "街道", "社区", "苏木", "嘎查", "县区", "区县", "县市区")
MEMBER = re.compile(r"[\u4e00-\u9fff]{2,3}")
MIN_MEMBERS = 2


def listed_places(doc: Doc) -> None:
    """Propose the members of each list that ends with 等 and a kind of place."""
    for tok in doc[:-1]:
        if tok.text == "等" and doc[tok.i + 1].text in KINDS:
            members = members_before(doc, tok.i)
            if len(members) >= MIN_MEMBERS:
                for m in members:
                    propose(doc, m.idx, m.idx + len(m.text), Label.PLACE, "place_list")


def members_before(doc: Doc, end: int) -> list:
    """The list's members, walking left from 等 over member, 、, member…"""
    members = []
    j = end - 1
    while j >= 0 and bare_name(doc[j].text):
        members.append(doc[j])
        if j < 1 or doc[j - 1].text != "、":
            break
        j -= 2
    return members


def bare_name(word: str) -> bool:
    """A member that can be a place's bare name: Han, no common word, verb or boundary."""
    return bool(
        MEMBER.fullmatch(word)
        and word not in word_list("common_words.txt")
        and not is_boundary(word)
        and not acts_on_names(word)
    )
