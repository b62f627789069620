"""What a figure counts: the noun of its clause, before an amount or after a classifier."""

from __future__ import annotations

import re
import unicodedata

from kg.nlp.figures.numbers import COUNTED_AFTER, HEDGE_AFTER, METRIC_MAX, FigureMatch
from kg.nlp.lexicon import ordered_words

# --- metric words -----------------------------------------------------------

_BOUNDARY = set("，。、；：？！,;:?!…—()（）[]【】《》<>〈〉\n\t ")
_QUOTES = set("“”‘’「」『』\"'")
_PARENTHETICAL = re.compile(r"[(（][^()（）\n]{0,12}[)）]")
# Dates say when, not what: removed anywhere (_DATE), with the words around them at the start.
_DATE_PREFIX = re.compile(
    r"^(?:截至|截止|自|从)?(?:今年|去年|前年|明年|当年)?"
    r"(?:以来|底|初|末|前|后|上旬|中旬|下旬|期间)?"
)
_DATE = re.compile(
    r"\d{2,4}年度?(?:\d{1,2}月份?)?(?:\d{1,2}日)?|\d{1,2}月份?(?:\d{1,2}日)?|\d{1,2}日"
    r"|(?:前|第)?[一二三四1-4]季度|[上下]半年"
)
# Comparisons and adverbs inside a clause that say how, not what (利润分别比上年增长).
_FILLERS = re.compile(r"同比|环比|(?:比|较)(?:上年|上一年|去年|前年)(?:同期)?|分别|一直|已经")
# 每人, 每月 at either end of a clause say per what, not what (按照每人每月|15度电).
_EACH = r"每[人户月年天日次吨度亩位名个周]"
_PER_EACH = re.compile(rf"^(?:{_EACH})+|(?:{_EACH})+$")
LEADING = ordered_words("figure_leading.txt")
TRAILING = ordered_words("figure_trailing.txt")
FOLLOW_STOPS = ordered_words("figure_follow_stops.txt")
ACTIONS = ordered_words("figure_actions.txt")
ATTRIBUTES = ordered_words("figure_attributes.txt")
CHANGES = frozenset(ordered_words("figure_changes.txt"))
LIGHT_VERBS = ordered_words("figure_light_verbs.txt")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def assign_metrics(plain: str, found: list[tuple[FigureMatch, str]]) -> None:
    """Fill each figure's metric from its clause; linked figures share one (1300元和500元)."""
    ends = [_end_with_hedge(plain, figure) for figure, _ in found]
    starts = [figure.start for figure, _ in found[1:]] + [len(plain)]
    afters = [plain[end:start] for end, start in zip(ends, starts, strict=False)]
    for i, (figure, kind) in enumerate(found):
        before = plain[ends[i - 1] if i else 0 : figure.start]
        after = afters[i]
        if after.startswith("的"):
            noun = _following(after[1:])
            attribute = next((a for a in ATTRIBUTES if before.endswith(a)), "")
            figure.metric = (
                noun[: METRIC_MAX - len(attribute)] + attribute if noun else _preceding(before)
            )
        elif kind in COUNTED_AFTER or before.rstrip().endswith("的"):
            figure.metric = _following(after) or _preceding(before)
        else:
            figure.metric = _preceding(before)
    # Left to right (50元达到860元), then right to left (每人47元和42元的标准).
    pairs = range(len(found) - 1)
    for i in [*pairs, *reversed(pairs)]:
        left, right = found[i][0], found[i + 1][0]
        if _linked(afters[i]):
            left.metric = left.metric or right.metric
            right.metric = right.metric or left.metric
    for i, (figure, kind) in enumerate(found):
        if not figure.metric and kind not in COUNTED_AFTER:
            figure.metric = _following(afters[i])
    _changes(found, afters)


def _changes(found: list[tuple[FigureMatch, str]], afters: list[str]) -> None:
    """A bare change (增长6.4%) is the change of the figure before it in the sentence."""
    for i in range(1, len(found)):
        figure, previous = found[i][0], found[i - 1][0]
        if (
            figure.metric in CHANGES
            and previous.metric
            and previous.metric not in CHANGES
            and not _SENTENCE_END.search(afters[i - 1])
        ):
            figure.metric = (previous.metric + figure.metric)[-METRIC_MAX:]


def _end_with_hedge(plain: str, figure: FigureMatch) -> int:
    after = HEDGE_AFTER.match(plain, figure.end)
    return after.end() if after else figure.end


def _linked(gap: str) -> bool:
    """Whether only a conjunction or a linking verb stands between two figures."""
    gap = _strip(gap.strip(), TRAILING, at_end=True)
    return gap in ("", "、", "和", "与", "及", "或", "至", "到", "~", "-", "—", "－", "–")


def _preceding(window: str) -> str:
    """The noun a figure closes its clause with (累计补发资金|61.74万元)."""
    window = _PARENTHETICAL.sub("", window)
    cut = max((i for i, char in enumerate(window) if char in _BOUNDARY), default=-1)
    words = "".join(char for char in window[cut + 1 :] if char not in _QUOTES)
    words = _FILLERS.sub("", _DATE.sub("", words))
    previous = None
    while words != previous:
        previous = words
        words = _PER_EACH.sub("", words)
        words = _strip(words, LEADING, at_end=False)
        words = words[_DATE_PREFIX.match(words).end() :]
        words = _strip(words, TRAILING, at_end=True)
    verb = max(words.rfind(v, 0, len(words) - 3) for v in ACTIONS)
    if verb > 0:
        words = words[verb:]
    words = _strip(words, LIGHT_VERBS, at_end=False)
    for mark in ("等", "的"):
        head = words.rpartition(mark)[2]
        if mark in words and len(head) >= 2:
            words = head
    return _clean(words)[-METRIC_MAX:]  # the head noun comes last


def _following(window: str) -> str:
    """The noun after a classifier (13个|单位党组织书记); for lists, the noun after 等."""
    window = _PARENTHETICAL.sub("", window)
    clause = ""
    for char in window:
        if char in _BOUNDARY and char != "、":
            break
        clause += char
    clause = "".join(char for char in clause if char not in _QUOTES)
    stop = len(clause)
    for word in FOLLOW_STOPS:
        at = clause.find(word)
        if at != -1:
            stop = min(stop, at)
    digit = re.search(r"[0-9A-Za-z]", clause)
    if digit:
        stop = min(stop, digit.start())
    clause = clause[:stop]
    listed, _, rest = clause.partition("、")
    clause = rest.partition("等")[2] or listed.partition("等")[0]
    return _clean(clause)[:METRIC_MAX]  # the head noun comes first


def _strip(words: str, affixes: tuple[str, ...], at_end: bool) -> str:
    """``words`` without the first of ``affixes`` it ends (starts) with, repeatedly."""
    matches = words.endswith if at_end else words.startswith
    while words and matches(affixes):  # one test against the whole tuple first: usually none
        affix = next(a for a in affixes if matches(a))
        words = words[: -len(affix)] if at_end else words[len(affix) :]
        matches = words.endswith if at_end else words.startswith
    return words


def _clean(words: str) -> str:
    """Letters and digits only: no punctuation or spaces in a metric."""
    return "".join(c for c in words if unicodedata.category(c)[0] in "LN")
