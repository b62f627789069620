"""Names that are another kind of thing than their shape says, by the words around them.

- a list of names closed by a kind of shop (沃尔玛、某某等大卖场): shops, so bodies, though
  one is shaped like a person's name (kg/nlp/data/shop_kinds.txt);
- a residential compound named after a body (某某局 | 家属院): a place where its staff
  live, not the body (compound_heads.txt);
- an ideal after a verb that builds it (构建 | 和谐社区): a kind of community, no place
  (ideal_builders.txt); 和谐社区 written alone may be a community's name;
- an ordinary word read as a person's name right before a preposition or a mark
  (经理 | 齐聚 | 在): the verb after a title, not a name; a name in a list is kept.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.lexicon import longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

LIST_ITEM = r"(?:[、和及与][\u4e00-\u9fffA-Za-z·]{1,10})*"  # the list's other names
AFTER_WORD = "在于到向为把将被了着过,，。；;!！"  # what follows a verb, not a name
LIST_MARKS = "、和与及"
IDEAL_ENDS = ("社区", "村", "家园", "城市")


@functools.cache
def shop_list() -> re.Pattern:
    kinds = "|".join(sorted(word_list("shop_kinds.txt"), key=len, reverse=True))
    return re.compile(rf"{LIST_ITEM}等(?:大型|知名|各大)?(?:{kinds})")


def mend_kinds(mentions: list[Mention], text: str) -> None:
    """Relabel, in place, shops read as people and compounds read as bodies; remove the
    ideals and the ordinary words read as names (see the module's list)."""
    for m in mentions:
        if m.label == Label.PERSON and not m.byline and shop_list().match(text, max(m.end, 0)):
            m.label = Label.ORGANIZATION
        elif m.label == Label.ORGANIZATION and compound(m.name):
            m.label = Label.PLACE
    mentions[:] = [m for m in mentions if not (built_ideal(m, text) or word_as_person(m, text))]


def compound(name: str) -> bool:
    """A residential compound with a name before its head (某某局家属院), not the head alone."""
    head = longest_suffix(name, word_list("compound_heads.txt"))
    return head is not None and len(name) > len(head)


def built_ideal(m: Mention, text: str) -> bool:
    """A community or village of ordinary words after a verb that builds it (构建 | 和谐社区)."""
    if m.label != Label.PLACE or m.start < 2 or text[m.start : m.end] != m.name:
        return False
    end = next((e for e in IDEAL_ENDS if m.name.endswith(e)), None)
    stem = m.name[: -len(end)] if end else ""
    if stem not in word_list("common_words.txt"):
        return False
    return any(text[: m.start].endswith(v) for v in word_list("ideal_builders.txt"))


def word_as_person(m: Mention, text: str) -> bool:
    """A two-character person that is an ordinary word, right before a preposition or a mark
    and not in a list (经理 | 齐聚 | 在): a verb, no name."""
    if m.label != Label.PERSON or m.byline or m.start < 1 or len(m.name) != 2:
        return False
    if text[m.start : m.end] != m.name or m.name not in word_list("common_words.txt"):
        return False
    before, after = text[m.start - 1], text[m.end : m.end + 1]
    return before not in LIST_MARKS and after in AFTER_WORD and after not in LIST_MARKS
