"""Every figure of a text: numbers with units, percentages, shared units of lists."""

from __future__ import annotations

import re
from decimal import Decimal

from kg.nlp.figures.metrics import assign_metrics
from kg.nlp.figures.numbers import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_THRESHOLD,
    ARABIC,
    BARE_SUM,
    CN_DIGITS,
    CN_LARGE,
    CN_SMALL,
    COUNTED_AFTER,
    CROWD,
    DOT_DECIMAL,
    FIGURE,
    HEDGE_AFTER,
    INNER_HEDGE,
    MAGNITUDES,
    NAMED_LIST,
    NAMES,
    NEGATION,
    ORDINAL_LIST,
    PER_VISIT,
    PERCENT,
    RANGE_MARK,
    RANK_BEFORE,
    RANK_UNITS,
    SHARED_UNIT,
    THRESHOLDS,
    UNITS,
    VAGUE,
    WIDTH,
    YEAR_DIGITS,
    YEAR_SHORT_FROM,
    FigureMatch,
    Unit,
)


def find_figures(text: str) -> list[FigureMatch]:
    """Every reported quantity of ``text``, in order of position."""
    plain = DOT_DECIMAL.sub(".", text.translate(WIDTH))
    names = [m.span() for m in NAMES.finditer(plain)]
    found: list[tuple[FigureMatch, str]] = []
    taken: set[int] = set()
    for match in PERCENT.finditer(plain):
        figure = _percent(text, match)
        if figure is not None and not _named(figure.start, names):
            found.append((figure, "ratio"))
            taken.update(range(figure.start, figure.end))
    for match in FIGURE.finditer(plain):
        if match.start() in taken:
            continue
        figure = _figure(text, plain, match)
        if figure is not None and not _named(figure.start, names):
            found.append((figure, UNITS[match["unit"]].kind))
    found += _crowds(text, plain, taken, names)
    found += _bare_sums(text, plain, names)
    found += _shared_unit(text, plain, found, names)
    found.sort(key=lambda pair: pair[0].start)
    found = _ranges(text, plain, found)
    assign_metrics(plain, found)
    return [figure for figure, _ in found]


def _bare_sums(
    text: str, plain: str, names: list[tuple[int, int]]
) -> list[tuple[FigureMatch, str]]:
    """Sums of money written without 元 after a word of money (总投资10亿): in 元."""
    out = []
    for match in BARE_SUM.finditer(plain):
        parsed = _number(match["num"], match["mag"])
        start, end = match.start("num"), match.end()
        if parsed is None or _named(start, names):
            continue
        out.append(
            (FigureMatch(start, end, text[start:end], float(parsed[0]), "元", None, ""), "money")
        )
    return out


def _crowds(
    text: str, plain: str, taken: set[int], names: list[tuple[int, int]]
) -> list[tuple[FigureMatch, str]]:
    """Hedged round numbers of people with no unit (近百村民, 千余群众)."""
    out = []
    for match in CROWD.finditer(plain):
        if not (match["pre"] or match["mid"]) or match.start() in taken:
            continue
        if _named(match.start(), names):
            continue
        hedge = "…".join(h for h in (match["pre"], match["mid"]) if h)
        value = float(MAGNITUDES[match["num"]])
        start, end = match.span()
        out.append((FigureMatch(start, end, text[start:end], value, "人", hedge, ""), "person"))
    return out


def _ranges(
    text: str, plain: str, found: list[tuple[FigureMatch, str]]
) -> list[tuple[FigureMatch, str]]:
    """Two figures of one unit joined by a range mark are one figure (5亿元至10亿元):
    its value is the low end, its text the whole range."""
    out: list[tuple[FigureMatch, str]] = []
    for figure, kind in found:
        if out:
            low = out[-1][0]
            if (
                low.unit == figure.unit
                and RANGE_MARK.fullmatch(plain[low.end : figure.start])
                and not HEDGE_AFTER.match(plain, low.end)
            ):
                whole = text[low.start : figure.end]
                hedge = figure.hedge or low.hedge
                merged = FigureMatch(low.start, figure.end, whole, low.value, low.unit, hedge, "")
                out[-1] = (merged, kind)
                continue
        out.append((figure, kind))
    return out


def _named(start: int, names: list[tuple[int, int]]) -> bool:
    return any(lo < start < hi for lo, hi in names)


def _number(num: str, magnitude: str = "") -> tuple[Decimal, bool] | None:
    """The value of a number as written, and whether it is Chinese; None if it is no count."""
    scale = Decimal(1)
    for char in magnitude:
        scale *= MAGNITUDES[char]
    if num[0].isdigit():
        return Decimal(num) * scale, False
    value = chinese_value(num)
    return (value * scale, True) if value is not None else None


def chinese_value(num: str) -> Decimal | None:
    """The value of a number in Chinese numerals (三十万, 八点零七, 千); None for digit strings.

    Digit strings (一九九八, 四五) are years or approximations, not counts. A
    leading magnitude (千, 万) counts as one of it: callers accept it only
    with 余/多 (千余人).
    """
    whole, _, fraction = num.partition("点")
    if not whole or not any(char in MAGNITUDES for char in whole):
        if len(whole) != 1 or whole not in CN_DIGITS:
            return None
        value = Decimal(CN_DIGITS[whole])
    else:
        total, section, digit, previous = 0, 0, None, ""
        for char in whole:
            if char in CN_DIGITS:
                if previous in CN_DIGITS and previous not in "零〇○":
                    return None
                digit = CN_DIGITS[char]
            elif char in CN_SMALL:
                section += (1 if digit is None else digit) * CN_SMALL[char]
                digit = None
            else:
                section += digit or 0
                if char == "亿":
                    total = (total + (section or 1)) * CN_LARGE[char]
                else:
                    total += (section or 1) * CN_LARGE[char]
                section, digit = 0, None
            previous = char
        value = Decimal(total + section + (digit or 0))
    if fraction:
        value += Decimal("0." + "".join(str(CN_DIGITS[char]) for char in fraction))
    return value


def _percent(text: str, match: re.Match) -> FigureMatch | None:
    parsed = _number(match["num"])
    if parsed is None:
        return None
    start, end = match.start(), match.end()
    return FigureMatch(start, end, text[start:end], float(parsed[0]), "%", match["pre"], "")


def _figure(text: str, plain: str, match: re.Match) -> FigureMatch | None:
    unit = UNITS[match["unit"]]
    if not _counts(plain, match, unit):
        return None
    parsed = _number(match["num"], match["mag"])
    if parsed is None:
        return None
    value, chinese = parsed
    hedged = bool(match["mid1"] or match["mid2"])
    vague = match["num"][0] == "十" and plain[match.start("num") - 1 : match.start("num")] in VAGUE
    bound = hedged or bool(match["pre"])
    if chinese and (vague or not _chinese_count(match["num"], value, unit.kind, bound)):
        return None
    if unit.written == "年" and _is_year(match["num"], value, bound):
        return None
    start, end = match.start(), match.end()
    hedges = [match["pre"], match["mid1"], match["mid2"]]
    if match["pre"] and plain[start - 1 : start] in NEGATION:
        start, hedges[0] = match.start("num"), plain[start - 1] + match["pre"]  # 未超过15分钟
    canonical = unit.canonical + (match["per"] or "")
    visit = PER_VISIT.match(plain, end)
    if visit and unit.kind in ("count", "person"):
        end, canonical = visit.end(), canonical + visit.group(1)  # 1400余家(次)
    after = HEDGE_AFTER.match(plain, end)
    if unit.kind == "age" and _persons_age(plain, match.start("num"), end, after):
        return None
    if INNER_HEDGE in unit.written:
        hedges.append(INNER_HEDGE)  # 3个多月
    if after:
        hedges.append(after.group())
    if plain.endswith("零下", 0, start):
        start, value = start - 2, -value
    written = [h for h in hedges if h]
    hedge = "…".join(written) if written else None
    return FigureMatch(start, end, text[start:end], float(value * unit.scale), canonical, hedge, "")


def _persons_age(plain: str, start: int, end: int, after: re.Match | None) -> bool:
    """Whether an age is a person's (70岁的老人, 现年45岁), not a threshold (60周岁以上)."""
    if (after and after.group() in THRESHOLDS) or AGE_THRESHOLD.search(
        plain, max(0, start - 4), start
    ):
        return False
    return bool(AGE_BEFORE.search(plain, max(0, start - 4), start) or AGE_AFTER.match(plain, end))


def _counts(plain: str, match: re.Match, unit: Unit) -> bool:
    """Whether the number and unit are a count, not the start of a word, a list's ordinal
    (第1、2名), a rank (前5名) or the count of the names just listed (甲、乙2名委员)."""
    end = match.end()
    if end < len(plain) and plain[end] in unit.not_before:
        return False
    if unit.written in RANK_UNITS and plain[match.start() - 1 : match.start()] == RANK_BEFORE:
        return False
    if unit.kind in COUNTED_AFTER and NAMED_LIST.search(
        plain, max(0, match.start() - 40), match.start()
    ):
        return False
    return not ORDINAL_LIST.search(plain, max(0, match.start() - 20), match.start())


def _chinese_count(num: str, value: Decimal, kind: str, hedged: bool) -> bool:
    """Whether a Chinese-numeral quantity is a reported count rather than an idiom."""
    if num[0] in MAGNITUDES and num[0] != "十" and not hedged:
        return False  # 千家万户, 万人空巷
    if kind == "ratio":
        return True  # 八成, 三个百分点
    return value > 10 or (value == 10 and (hedged or kind == "person"))


def _is_year(num: str, value: Decimal, hedged: bool) -> bool:
    """2022年, 98年 and 05年 are dates; 3年, 近10年 are durations."""
    whole = num.split(".")[0]
    if num[0].isdigit() and (len(whole) >= YEAR_DIGITS or (len(whole) == 2 and whole[0] == "0")):
        return True
    return not hedged and value >= YEAR_SHORT_FROM


def _shared_unit(
    text: str, plain: str, found: list[tuple[FigureMatch, str]], names: list[tuple[int, int]]
) -> list[tuple[FigureMatch, str]]:
    """Bare numbers written before a figure that share its unit (10-20万元, 16、33、19个百分点).

    Each takes the figure's unit and, when it has none of its own, its
    magnitude (10-20万元 is 10万 to 20万).
    """
    shared = []
    taken = {i for figure, _ in found for i in range(figure.start, figure.end)}
    for figure, kind in found:
        if figure.hedge and plain.startswith(figure.hedge.split("…")[0], figure.start):
            continue
        right = re.match(rf"(?:{ARABIC})([万亿千百]*)", plain[figure.start :])
        left_end = figure.start
        while (match := SHARED_UNIT.search(plain, max(0, left_end - 16), left_end)) is not None:
            if _named(match.start(), names) or match.start() in taken:
                break
            parsed = _number(match["num"], match["mag"] or (right.group(1) if right else ""))
            if parsed is None or (
                parsed[1] and not _chinese_count(match["num"], parsed[0], kind, False)
            ):
                break
            start, end = match.start(), match.start() + len(match["num"]) + len(match["mag"])
            shared.append(
                (
                    FigureMatch(
                        start, end, text[start:end], float(parsed[0]), figure.unit, None, ""
                    ),
                    kind,
                )
            )
            left_end = start
    return shared
