"""China's administrative divisions: the names of its provinces, prefectures and counties.

An article writes an unknown word before 县 (均衡发展县), or a credit opens with the
place a report was filed from (常州 | 记者 X): no list of the genre's words tells such a
word from a county's or a city's name, the divisions do. The table
(kg/nlp/data/divisions.tsv, built by scripts/build_divisions.py) gives each division's
code, PPCCDD: the province is PP0000, the prefecture PPCC00. A name is looked up as
written in full (岫岩满族自治县) or short, without its level and peoples (岫岩, 泸州, 陕西),
or an autonomous one with its level alone (岫岩县);
a short name is kept only when it has two characters or more and is no one's full name.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.lexicon import table, word_list

LEVELS = r"(?:自治[区州县旗]|特别行政区|地区|林区|盟|省|市|县|区|旗)$"
MIN_STEM = 2
PLACEHOLDER_AREAS = ("城区", "郊区", "矿区")  # the parts of a city every city has


def short_name(full: str) -> str | None:
    """The division's name without its level and peoples (泸州市 → 泸州, 新疆维吾尔自治区 →
    新疆); None when that leaves fewer than two characters (魏县)."""
    for pattern in (level_ends(), re.compile(LEVELS)):  # 内蒙古自治区: 蒙古 is its stem's
        m = pattern.search(full)
        stem = full[: m.start()] if m else full
        if len(stem) >= MIN_STEM and stem != full:
            return stem
    return None


@functools.cache
def level_ends() -> re.Pattern:
    """A division's level at the end of its name, with the peoples before it (满族自治县)."""
    people = "|".join(sorted(word_list("ethnic_groups.txt"), key=len, reverse=True))
    return re.compile(rf"(?:(?:{people})族?)*{LEVELS}")


@functools.cache
def codes() -> dict[str, tuple[str, ...]]:
    """Every form of a division's name (full and short) → the codes it may stand for."""
    rows = [(name, code) for name, code in table("divisions.tsv") if name not in PLACEHOLDER_AREAS]
    out: dict[str, list[str]] = {}
    for name, code in rows:
        out.setdefault(name, []).append(code)
    full = set(out)
    for name, code in rows:
        short = short_name(name)
        forms = [short, short + name[-1]] if short and "自治" in name else [short]
        for form in forms:  # 白沙黎族自治县 is written 白沙 and 白沙县
            if form and form not in full:
                out.setdefault(form, []).append(code)
    return {name: tuple(found) for name, found in out.items()}


def is_division(name: str) -> bool:
    """Whether a name (full or short) is one of China's provinces, prefectures or counties."""
    return name in codes()
