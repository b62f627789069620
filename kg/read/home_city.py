"""Guess the city a page's 我市/本市 mean when neither the user nor the input says.

A city paper names its own city far more than any other (乌海市, 《乌海市…办法》,
新乌海): the most frequent ``X市`` or ``X盟`` on the page is taken, when the
text says 我市/本市 at all. Words ending in 市 that are not cities are excluded.
"""

from __future__ import annotations

import re
from collections import Counter

CITY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(市|盟)(?![直委政民场区级内外中里长容貌值])")
NOT_CITY = {
    "我",
    "本",
    "全",
    "该",
    "各",
    "城",
    "都",
    "超",
    "门",
    "上",
    "股",
    "夜",
    "集",
    "县级",
    "地级",
    "副省级",
    "直辖",
    "外",
    "省",
    "设",
    "做",
    "入",
}


def infer_home_city(text: str) -> str | None:
    if not re.search("我市|本市", text):
        return None
    counts = Counter()
    for m in CITY.finditer(text):
        stem = m.group(1)
        if (
            stem in NOT_CITY
            or stem[-1] in "我本全该各在为是到和与及的"
            or re.search("[年月日度]", stem)
        ):
            continue
        counts[stem + m.group(2)] += 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
