"""Units, numerals and the patterns that find a number with its unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.lexicon import alternation, table, word_list

UNITS_TSV = Path(__file__).resolve().parents[1] / "data" / "units.tsv"
METRIC_MAX = 10


@dataclass
class FigureMatch:
    """One reported quantity: where it is, how it is written and what it means."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    hedge: str | None
    metric: str


@dataclass(frozen=True)
class Unit:
    """A unit of units.tsv: the canonical name it is recorded as and its kind."""

    written: str
    canonical: str
    kind: str
    not_before: str
    scale: int = 1  # 八成 is 80%: the written number times this, in the canonical unit


def load_units(path: Path = UNITS_TSV) -> dict[str, Unit]:
    """The unit lexicon, keyed by the unit as written."""
    units = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, canonical, kind, *rest = line.split("\t")
        scale = int(rest[1]) if len(rest) > 1 and rest[1] else 1
        units[written] = Unit(written, canonical, kind, rest[0] if rest else "", scale)
    return units


UNITS = load_units()

# Kinds whose figure is a count of things named after it (13个单位, 20名书记).
COUNTED_AFTER = {"person", "count"}

WIDTH = str.maketrans(
    "０１２３４５６７８９．％／～"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789.%/~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10**4, "亿": 10**8}
MAGNITUDES = {**CN_SMALL, **CN_LARGE}
# 13·1米: the People's Daily writes some decimal points as a middle dot.
DOT_DECIMAL = re.compile(r"(?<=\d)[·・](?=\d)")
_CN_CHARS = "".join(CN_DIGITS) + "".join(MAGNITUDES)

ARABIC = r"\d+(?:\.\d+)?"
_CHINESE = rf"[{_CN_CHARS}]+(?:点[零〇○一二三四五六七八九]+)?"
# 近 and 约 end words too (最近, 附近; 签约, 预约, 节约): then they hedge nothing.
_HEDGE_BEFORE = (
    r"(?P<pre>将近|接近|大约|约合|超过|多达|不足|不到|(?<![最附])近|(?<![签合预节制契邀])约|超|逾)"
)
# A number glued to a digit, a letter (N95), a dot, a slash, an ordinal's 第 (第三位) or 届
# (十一届十四次全会: a session), or a demonstrative (这4个科室: the 4 already counted) is not a
# figure.
_NOT_AFTER = rf"(?<![0-9A-Za-z./第届这那该{_CN_CHARS}])"
_ALTERNATION = alternation(UNITS)
_PER = "|".join(
    re.escape(u)
    for u in (
        "人",
        "户",
        "月",
        "年",
        "天",
        "日",
        "次",
        "亩",
        "吨",
        "公斤",
        "斤",
        "平方米",
        "千瓦时",
        "度",
        "小时",
    )
)

FIGURE = re.compile(
    rf"{_NOT_AFTER}{_HEDGE_BEFORE}?(?P<num>{ARABIC}|{_CHINESE})(?P<mid1>余|多)?"
    rf"(?P<mag>[万亿千百]{{0,2}}?)(?P<mid2>余|多)?(?P<unit>{_ALTERNATION})(?P<per>/(?:{_PER}))?"
)
PERCENT = re.compile(rf"{_NOT_AFTER}{_HEDGE_BEFORE}?百分之(?P<num>{ARABIC}|{_CHINESE})(?![几多])")
# 未超过15分钟: a negated hedge bounds the figure from above; it is no part of what is written.
NEGATION = set("未不没")
# 70岁的老人, 现年45岁: a person's age (kg/nlp/data/figure_person_age.tsv), not a figure.
_AGE = table("figure_person_age.tsv")


def _age_words(side: str) -> str:
    return "|".join(re.escape(w) for w, s in sorted(_AGE, key=lambda r: -len(r[0])) if s == side)


AGE_BEFORE = re.compile(f"(?:{_age_words('before')})$")
AGE_THRESHOLD = re.compile(f"(?:{_age_words('threshold')})$")
THRESHOLDS = {"以上", "以下", "及以上", "以内"}
# 3个多月: the hedge written inside the unit.
INNER_HEDGE = "多"
# 排名前5名: a rank, not a count of people.
RANK_BEFORE = "前"
RANK_UNITS = {"名", "位"}
# 1400余家(次), 60余人(户): the things counted again per visit or per household.
PER_VISIT = re.compile(r"[(（](次|户)[)）]")
# A range is one figure (5亿元至10亿元, 10-20万元); a list (16、33、19个) or a change
# (从16周岁延长至18周岁) is several.
RANGE_MARK = re.compile(r"[至到~～\-－—–]")
HEDGE_AFTER = re.compile(r"及以上|以上|以下|以内|左右|上下|之多|有余")
# A bare number before a figure, joined to it by a range or list mark (3至5年, 16、33、19个).
SHARED_UNIT = re.compile(
    rf"{_NOT_AFTER}(?P<num>{ARABIC}|{_CHINESE})(?P<mag>[万亿千百]{{0,2}})[至到~～\-－—–、和]$"
)
# Before 十, these make it a rough size, not a count (数十位, 几十个; but 人数一百万人);
# 上万, 数千 are caught as bare magnitudes.
VAGUE = set("几数")
# The last of a list of ordinals (第1、2名).
ORDINAL_LIST = re.compile(rf"第(?:(?:{ARABIC}|{_CHINESE})[至到、和\-])+$")
# 甲、乙、丙3名委员: the count of the names just listed, no figure reported (with 等, others
# are counted too).
NAMED_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?<![的等])$")
# Short quotes are names and slogans (“8+1”, “一户一档”); long ones are speech, whose figures
# count. Captions' notes (附图片1张) describe the page, not the news.
NAMES = re.compile(
    r"“[^“”\n]{0,15}”|‘[^‘’\n]{0,15}’|「[^「」\n]{0,15}」|『[^『』\n]{0,15}』"
    r"|《[^《》\n]*》|〈[^〈〉\n]*〉|[(（]附图[^)）\n]{0,8}[)）]"
)
# 近百村民, 千余群众: a round hundred, thousand or ten thousand of people, hedged, with no unit.
_ROLES = alternation(word_list("person_roles.txt"))
# 总投资10亿, 签约金额5.2亿: a sum of money written without its 元, after a word of money.
BARE_SUM = re.compile(
    rf"(?:投资|金额|资金|总额|融资|产值)(?:额|总额)?(?:为|达|达到|约|近|超|共|计)?"
    rf"(?P<num>{ARABIC})(?P<mag>[万亿]{{1,2}})(?![\d.万亿千百元美港欧日英])"
)
# 81岁残疾老人, 12岁女孩: an age is a person's when a role noun follows within a few words.
AGE_AFTER = re.compile(rf"{_age_words('after')}|[\u4e00-\u9fff]{{0,3}}?(?:{_ROLES})")
CROWD = re.compile(
    rf"{_NOT_AFTER}(?P<pre>近|逾|超|约)?(?P<num>[百千万])(?P<mid>余|多)?(?={_ROLES})"
)
# A year is a date, not a count of years, when written in full or as 98年.
YEAR_DIGITS = 3
YEAR_SHORT_FROM = 40
