"""Names cut from a longer name, and words of other kinds read as names.

- a place with no level whose characters run on into a river's name (某陵 | 江) or, written
  elsewhere in the article, into a firm's name (某香谷投资有限公司 ... 某香谷): the river's or
  the firm's name, no place; not a known place (a firm named after its county, 某山南方水泥);
- a place with no level ending in a crop or produce (鲜某笋): produce, no place;
- a place with no level ending in a firm's trade (某坤果业, 某贯 | 路桥): a firm, no place;
- a place with no level whose next characters continue an ethnic township (某潭河 | 侗族乡)
  or a compound direction (某东 | 北): the longer name cut short;
- a place that took the 许 of a time (4时 | 许在县): no place;
- a body's name ending in a project's or a store of data's word (某公园提升, 招商信息库) or
  an area's kind (行政区域结合部), or followed by a building project's words (依托某中心 |
  建设项目: what the project builds); a body that opens with 将/把 and a count
  (将一名伤者送往医院): a verb phrase;
- a village cut after a township's level and the characters glued before it (某乡 | 两 |
  溪河村, 某安 | 乡瓦沟村): the village from the township's level on (mend_villages).

The word lists are data: kg/nlp/data/produce_words.txt, project_words.txt, area_kinds.txt,
firm_trades.txt, ethnic_groups.txt.
"""

from __future__ import annotations

import re

from kg.nlp.lexicon import longest_suffix, word_list, word_lists
from kg.records import Mention
from kg.schema import Label

RIVER_AFTER = re.compile(r"[江河溪]")
FIRM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份|集团)")
BUILT_AFTER = re.compile(r"建设项目|建设工程")  # 依托某中心 | 建设项目: what the project builds
VERB_COUNT = re.compile(r"^[将把][一二两三四五六七八九十几数多\d]")  # 将一名伤者送往…
DIRECTION_ON = re.compile(r"(?:[东西][南北])$")  # 闽东 | 北: the direction runs on
TOWNSHIP_LEVELS = ("乡", "镇", "街道")
VILLAGE_ENDS = ("村", "社区")
NOT_GLUE = "在到从于至和与及、,，。的了"  # what may stand between two names


def not_a_name(m: Mention, text: str, mentions: list[Mention]) -> bool:
    """Whether a mention is a piece of a longer name or a word of another kind."""
    if m.label == Label.ORGANIZATION:
        if VERB_COUNT.match(m.name) or (m.start >= 0 and BUILT_AFTER.match(text, m.end)):
            return True
        return bool(longest_suffix(m.name, word_lists("project_words.txt", "area_kinds.txt")))
    if m.label == Label.PLACE and time_glued(m, text):
        return True
    if m.label != Label.PLACE or not bare_place(m.name):
        return False
    if longest_suffix(m.name, word_lists("produce_words.txt", "firm_trades.txt")):
        return True
    if as_written(m, text) and runs_on(m, text):
        return True
    if m.name in word_list("places.txt") or stem_of_named(m.name, mentions):
        return False
    river = as_written(m, text) and RIVER_AFTER.match(text, m.end)
    return bool(river) or firm_named_after(m.name, text)


def firm_named_after(name: str, text: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` at the front of a firm's name."""
    at = text.find(name)
    while at >= 0:
        if FIRM_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def bare_place(name: str) -> bool:
    """A place written with no level or other place suffix (某某, not 某某县)."""
    return not longest_suffix(name, word_list("place_suffixes.txt"))


def stem_of_named(name: str, mentions: list[Mention]) -> bool:
    """某山 beside 某山县: the short form of a place the article names in full."""
    return any(
        o.label == Label.PLACE and o.name != name and o.name.startswith(name) for o in mentions
    )


def as_written(m: Mention, text: str) -> bool:
    """Whether ``m``'s text stands in ``text`` at its offsets (a mention a rule made may not)."""
    return m.start >= 0 and text[m.start : m.end] == m.text


def time_glued(m: Mention, text: str) -> bool:
    """A place that begins with the 许 of a time (4时 | 许在县)."""
    return as_written(m, text) and m.text[0] == "许" and text[m.start - 1 : m.start] in ("时", "分")


def runs_on(m: Mention, text: str) -> bool:
    """Whether the characters after ``m`` continue an ethnic township's name (某河 | 侗族乡)
    or a compound direction (某东 | 北)."""
    after = text[m.end : m.end + 8]
    if DIRECTION_ON.search(text[m.end - 1 : m.end + 1]):
        return True
    for group in word_list("ethnic_groups.txt"):  # every group: 土 and 土家 both open 土家族乡
        rest = after[len(group) :].removeprefix("族") if after.startswith(group) else ""
        if rest.startswith(TOWNSHIP_LEVELS) or rest.startswith("自治"):
            return True
    return False


def mend_villages(mentions: list[Mention], text: str) -> None:
    """Make whole, in place, a village cut after a township (某乡 | 两 | 溪河村) and strip the
    township's level a village took from the name before it (某安 | 乡瓦沟村)."""
    ends = {
        m.end: m for m in mentions if m.label == Label.PLACE and m.name.endswith(TOWNSHIP_LEVELS)
    }
    for m in mentions:
        if m.label != Label.PLACE or not m.name.endswith(VILLAGE_ENDS) or m.name != m.text:
            continue
        if not as_written(m, text) or m.start == 0 or not glued(text[m.start - 1]):
            continue
        gap = next((k for k in (1, 2) if m.start - k in ends), None)
        if gap and all(glued(c) for c in text[m.start - gap : m.start]):
            m.start -= gap
        elif m.text[0] in "乡镇" and len(m.text) >= 4:
            m.start += 1
        else:
            continue
        m.text = m.name = text[m.start : m.end]


def glued(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" and char not in NOT_GLUE
