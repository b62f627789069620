"""Names cut from a longer name, and words of other kinds read as names.

- a place with no level whose characters run on into a river's name (某陵 | 江) or, written
  elsewhere in the article, into a firm's name (某香谷投资有限公司 ... 某香谷): the river's or
  the firm's name, no place; not a known place (a firm named after its county, 某山南方水泥);
- a place with no level ending in a crop or produce (鲜某笋): produce, no place;
- a body's name ending in a project's or a store of data's word (某公园提升, 招商信息库).

The word lists are data: kg/nlp/data/produce_words.txt, project_words.txt.
"""

from __future__ import annotations

import re

from kg.nlp.lexicon import longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

RIVER_AFTER = re.compile(r"[江河溪]")
FIRM_AFTER = r"[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份|集团)"


def not_a_name(m: Mention, text: str, mentions: list[Mention]) -> bool:
    """Whether a mention is a piece of a longer name or a word of another kind."""
    if m.label == Label.ORGANIZATION:
        return bool(longest_suffix(m.name, word_list("project_words.txt")))
    if m.label != Label.PLACE or not bare_place(m.name):
        return False
    if longest_suffix(m.name, word_list("produce_words.txt")):
        return True
    if m.name in word_list("places.txt") or stem_of_named(m.name, mentions):
        return False
    river = m.start >= 0 and text[m.start : m.end] == m.text and RIVER_AFTER.match(text, m.end)
    return bool(river) or bool(re.search(re.escape(m.name) + FIRM_AFTER, text))


def bare_place(name: str) -> bool:
    """A place written with no level or other place suffix (某某, not 某某县)."""
    return not longest_suffix(name, word_list("place_suffixes.txt"))


def stem_of_named(name: str, mentions: list[Mention]) -> bool:
    """某山 beside 某山县: the short form of a place the article names in full."""
    return any(
        o.label == Label.PLACE and o.name != name and o.name.startswith(name) for o in mentions
    )
