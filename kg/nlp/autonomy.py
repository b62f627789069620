"""Ethnic autonomous units: 顺河回族区, 某某彝族自治县, 某某蒙古族藏族自治州, 某某满族乡.

pkuseg cuts such a name before its people (顺河 | 回族区, 大厂 | 回族 | 自治县), and
the place suffix alone then names 回族区 while the stem stands as a place of its
own. The unit's name is the stem, the peoples (each with or without 族) and the
level; the stem is a proper word of its own token or the front of the level's.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from kg.nlp.candidates import acts_on_names, is_boundary
from kg.nlp.lexicon import word_list

REACH = 3  # tokens a unit's peoples and level may be cut into
STEM = re.compile(r"[\u4e00-\u9fff]{2,6}")


@functools.cache
def autonomy() -> re.Pattern:
    """Peoples and a level at the end of a text: (people族?)+自治州, (people族)+区/乡/镇…,
    people民族乡."""
    people = "|".join(sorted(word_list("ethnic_groups.txt"), key=len, reverse=True))
    named = (
        rf"(?:(?:{people})族?)+(?:自治[区州县旗])|(?:(?:{people})族)+(?:民族)?[区县乡镇苏木]+"
        rf"|(?:{people})民族[乡镇]"  # 达斡尔民族乡
    )
    return re.compile(rf"(?:{named}|民族[乡镇])$")


NO_STEM = -1


def autonomous_start(doc: Doc, tok: Token) -> int | None:
    """Where the autonomous unit ending with ``tok`` begins; None when ``tok`` ends no such
    unit, NO_STEM when no proper stem stands before its peoples (各 | 民族乡: no place)."""
    window = doc[max(tok.i - REACH + 1, 0) : tok.i + 1].text
    if "族" not in window and "自治" not in window:
        return None  # every unit's peoples or level holds one of them: most tokens end here
    pattern = autonomy()
    for j in range(tok.i, max(tok.i - REACH, -1), -1):
        joined = doc[j : tok.i + 1].text
        m = pattern.search(joined)
        if not m:
            continue
        wider = pattern.search(doc[max(tok.i - REACH + 1, 0) : tok.i + 1].text)
        if wider and len(wider.group()) > len(m.group()):
            continue  # 巴彦塔拉达 | 斡尔 | 民族乡: the peoples' name (达斡尔) runs on to the left
        if m.start() > 0:
            stem_ok = proper_stem(joined[: m.start()], bare=m.group().startswith("民族"))
            return doc[j].idx if stem_ok else None  # 内蒙古自治区: the place rules read it
        longer = pattern.search(doc[j - 1 : tok.i + 1].text) if j > 0 else None
        if longer and longer.start() == 0:
            continue  # the token before holds more of the peoples (土家族 | 苗族 | 自治州)
        start, stem = stem_before(doc, j)
        return start if proper_stem(stem, m.group().startswith("民族")) else NO_STEM
    return None


def stem_before(doc: Doc, j: int) -> tuple[int, str]:
    """The stem before token ``j``: the token before it, or two single characters that
    pkuseg split (春 | 来 | 回族区)."""
    if j == 0:
        return 0, ""
    prev = doc[j - 1]
    if len(prev.text) == 1 and j > 1 and len(doc[j - 2].text) == 1:
        pair = doc[j - 2].text + prev.text
        if STEM.fullmatch(pair) and not acts_on_names(doc[j - 2].text):
            return doc[j - 2].idx, pair
    return prev.idx, prev.text


def proper_stem(text: str, bare: bool = False) -> bool:
    """A stem that can name a unit: two to six Han characters, no verb or boundary; many
    stems are words too (恩施), but before a bare 民族乡 a common word is none (少数)."""
    if text in word_list("places.txt"):
        return True
    return bool(
        STEM.fullmatch(text)
        and not (bare and text in word_list("common_words.txt"))
        and not is_boundary(text)
        and not acts_on_names(text)
    )


def autonomous_stem(name: str) -> str | None:
    """The stem of an autonomous unit's name (张家川 of 张家川回族自治县), which its short
    forms keep (张家川县, 张家川); None for any other name."""
    m = autonomy().search(name)
    return name[: m.start()] if m and m.start() >= 2 else None


def ethnic_seat(name: str) -> bool:
    """A people and a level with no place before them (土族自治县, 回族区): no place."""
    m = autonomy().search(name)
    return m is not None and m.start() == 0
