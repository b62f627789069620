"""China's administrative divisions: the names of its provinces, prefectures and counties.

An article writes an unknown word before 县 (均衡发展县), or a credit opens with the
place a report was filed from (常州 | 记者 X): no list of the genre's words tells such a
word from a county's or a city's name, the divisions do. The table
(kg/nlp/data/divisions.tsv, built by scripts/build_divisions.py) gives each division's
name and code. A name is looked up as written in full (岫岩满族自治县) or short, without
its level and peoples (岫岩, 泸州, 陕西), or an autonomous one with its level alone
(岫岩县); a short name is kept only when it has two characters or more.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.autonomy import autonomous_stem
from kg.nlp.lexicon import table

LEVEL = re.compile(r"(?:自治[区州县旗]|特别行政区|地区|林区|盟|省|市|县|区|旗)$")
MIN_STEM = 2
PLACEHOLDER_AREAS = ("城区", "郊区", "矿区")  # the parts of a city every city has
FULL_ENDS = "省市县区旗州盟"  # a name written with its level ends so (延边州, 白沙县)
MAX_NAME = 12  # 新疆维吾尔自治区, 积石山保安族东乡族撒拉族自治县 and shorter


def short_name(full: str) -> str | None:
    """The division's name without its level and peoples (泸州市 → 泸州, 新疆维吾尔自治区 →
    新疆, 内蒙古自治区 → 内蒙古); None when that leaves fewer than two characters (魏县)."""
    level = LEVEL.search(full)
    stem = autonomous_stem(full) or (full[: level.start()] if level else full)
    return stem if len(stem) >= MIN_STEM and stem != full else None


@functools.cache
def names() -> frozenset[str]:
    """Every form of a division's name: full, short, and an autonomous one's stem with its
    level (白沙黎族自治县 is written 白沙 and 白沙县)."""
    full = {name for name, _ in table("divisions.tsv") if name not in PLACEHOLDER_AREAS}
    forms = set(full)
    for name in full:
        short = short_name(name)
        if short:
            forms |= {short, short + name[-1]} if autonomous_stem(name) else {short}
    return frozenset(forms)


def is_division(name: str) -> bool:
    """Whether a name (full or short) is one of China's provinces, prefectures or counties."""
    return name in names()


def full_name_at(text: str, start: int) -> int:
    """The length of the longest division's name written with its level at ``start``
    (河北省 of 河北省邢台市…), else 0."""
    for end in range(min(len(text), start + MAX_NAME), start + 1, -1):
        if text[end - 1] in FULL_ENDS and is_division(text[start:end]):
            return end - start
    return 0
