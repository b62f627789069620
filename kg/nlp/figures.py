"""Figures: every reported quantity of a Chinese news text (4461户, 近2000万元, 45%).

Government news reports its work in numbers with a unit, so a lexicon of units
(kg/nlp/data/units.tsv) and a number grammar find them with a precision no
statistical model trained on general NER corpora would reach: those corpora
tag dates and ordinals the same way as counts. What a figure counts (its
``metric``) is read from the words around it with the genre's two shapes:
a classifier count names its noun after it (13个单位党组织书记), an amount names
its noun before it (补发资金61.74万元).

Numbers written with Chinese numerals are also idioms (一个突破, 十条举措,
两个覆盖, 七人制) or articles (一名党员), so they count as figures only from
ten up (十余家, 三十万元, 两千人); digit strings (一九九八) are dates.
Text in short quotes and in 《》 is a name (“8+1”体系, 《十条措施》), not a report.

Offsets are those of the input text; full-width digits (１２月, ５００万元) are
read as ASCII ones, character for character, so no offset moves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import propose
from kg.nlp.doc_index import doc_index
from kg.records import FigureFacts
from kg.schema import Label

UNITS_TSV = Path(__file__).resolve().parent / "data" / "units.tsv"
COMPONENT = "kg_figures"
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


def load_units(path: Path = UNITS_TSV) -> dict[str, Unit]:
    """The unit lexicon, keyed by the unit as written."""
    units = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, canonical, kind, *rest = line.split("\t")
        units[written] = Unit(written, canonical, kind, rest[0] if rest else "")
    return units


UNITS = load_units()

# Kinds whose figure is a count of things named after it (13个单位, 20名书记).
COUNTED_AFTER = {"person", "count"}

_WIDTH = str.maketrans(
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
_DOT_DECIMAL = re.compile(r"(?<=\d)[·・](?=\d)")
_CN_CHARS = "".join(CN_DIGITS) + "".join(MAGNITUDES)

_ARABIC = r"\d+(?:\.\d+)?"
_CHINESE = rf"[{_CN_CHARS}]+(?:点[零〇○一二三四五六七八九]+)?"
# 近 and 约 end words too (最近, 附近; 签约, 预约, 节约): then they hedge nothing.
_HEDGE_BEFORE = (
    r"(?P<pre>将近|接近|大约|约合|超过|多达|不足|不到|(?<![最附])近|(?<![签合预节制契邀])约|超|逾)"
)
# A number glued to a digit, a letter (N95), a dot, a slash or 第 (第三位) is not a figure.
_NOT_AFTER = rf"(?<![0-9A-Za-z./第{_CN_CHARS}])"
_ALTERNATION = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
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
    rf"{_NOT_AFTER}{_HEDGE_BEFORE}?(?P<num>{_ARABIC}|{_CHINESE})(?P<mid1>余|多)?"
    rf"(?P<mag>[万亿千百]{{0,2}}?)(?P<mid2>余|多)?(?P<unit>{_ALTERNATION})(?P<per>/(?:{_PER}))?"
)
PERCENT = re.compile(rf"{_NOT_AFTER}{_HEDGE_BEFORE}?百分之(?P<num>{_ARABIC}|{_CHINESE})(?![几多])")
HEDGE_AFTER = re.compile(r"及以上|以上|以下|以内|左右|上下|之多|有余")
# A bare number before a figure, joined to it by a range or list mark (3至5年, 16、33、19个).
SHARED_UNIT = re.compile(
    rf"{_NOT_AFTER}(?P<num>{_ARABIC}|{_CHINESE})(?P<mag>[万亿千百]{{0,2}})[至到~～\-－—–、和]$"
)
# Before 十, these make it a rough size, not a count (数十位, 几十个; but 人数一百万人);
# 上万, 数千 are caught as bare magnitudes.
VAGUE = set("几数")
# The last of a list of ordinals (第1、2名).
ORDINAL_LIST = re.compile(rf"第(?:(?:{_ARABIC}|{_CHINESE})[至到、和\-])+$")
# Short quotes are names and slogans (“8+1”, “一户一档”); long ones are speech, whose figures
# count. Captions' notes (附图片1张) describe the page, not the news.
NAMES = re.compile(
    r"“[^“”\n]{0,15}”|‘[^‘’\n]{0,15}’|「[^「」\n]{0,15}」|『[^『』\n]{0,15}』"
    r"|《[^《》\n]*》|〈[^〈〉\n]*〉|[(（]附图[^)）\n]{0,8}[)）]"
)
# A year is a date, not a count of years, when written in full or as 98年.
YEAR_DIGITS = 3
YEAR_SHORT_FROM = 40

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
)
# Comparisons and adverbs inside a clause that say how, not what (利润分别比上年增长).
_FILLERS = re.compile(r"同比|环比|(?:比|较)(?:上年|上一年|去年|前年)(?:同期)?|分别|一直|已经")
# 每人, 每月 at either end of a clause say per what, not what (按照每人每月|15度电).
_EACH = r"每[人户月年天日次吨度亩位名个周]"
_PER_EACH = re.compile(rf"^(?:{_EACH})+|(?:{_EACH})+$")
# Scope words, adverbs and prepositions that open a clause but are not what is counted.
LEADING = tuple(
    sorted(
        (
            "全市",
            "全区",
            "全县",
            "全旗",
            "全省",
            "全国",
            "全镇",
            "全厂",
            "我市",
            "我区",
            "我县",
            "我省",
            "该市",
            "该区",
            "该县",
            "该厂",
            "该公司",
            "本市",
            "目前",
            "截至目前",
            "其中",
            "共",
            "共计",
            "累计",
            "总计",
            "合计",
            "已",
            "先后",
            "陆续",
            "相继",
            "按照",
            "对",
            "向",
            "为",
            "将",
            "把",
            "在",
            "从",
            "由",
            "并",
            "和",
            "与",
            "及",
            "其",
            "仅",
            "又",
            "还",
            "也",
            "都",
            "均",
            "全部",
            "核定",
            "认定",
            "登记",
            "今年",
            "去年",
            "当年",
            "此外",
            "同时",
            "其中有",
            "有",
            "以来",
            "来",
            "他们",
            "我们",
            "他",
            "她",
            "它",
            "预计",
            "最近",
            "附近",
        ),
        key=len,
        reverse=True,
    )
)
# Verbs and adverbs that link a noun to its figure (资金达, 标准提高到).
TRAILING = tuple(
    sorted(
        (
            "达",
            "达到",
            "为",
            "是",
            "有",
            "共",
            "共计",
            "累计",
            "总计",
            "合计",
            "约",
            "超过",
            "逾",
            "近",
            "提高到",
            "提高至",
            "提高",
            "增加到",
            "增至",
            "增长到",
            "降至",
            "降到",
            "突破",
            "超",
            "已达",
            "已",
            "全部",
            "均",
            "都",
            "仅",
            "仅有",
            "只有",
            "就",
            "延长至",
            "延长到",
            "至",
            "到",
            "从",
            "由",
            "和",
            "与",
            "及",
            "或",
            "按照",
            "平均",
            "约为",
            "大约",
            "将近",
            "接近",
            "多达",
            "总数",
            "数量",
            "人数",
            "上升",
            "上升到",
            "也",
            "还",
            "又",
            "等",
            "了",
            "长达",
            "高达",
            "在",
            "保持在",
            "控制在",
            "稳定在",
            "完成",
            "实现",
            "的",
            "将",
            "发展到",
        ),
        key=len,
        reverse=True,
    )
)
# Words that end the noun after a classifier (13个单位党组织书记|进行现场述职).
FOLLOW_STOPS = (
    "进行",
    "陆续",
    "相继",
    "先后",
    "分别",
    "全部",
    "全都",
    "已经",
    "正在",
    "共同",
    "积极",
    "主动",
    "集中",
    "参加",
    "参与",
    "出席",
    "获得",
    "得到",
    "受到",
    "接受",
    "享受",
    "开展",
    "完成",
    "实现",
    "纳入",
    "捐赠",
    "捐款",
    "发放",
    "提供",
    "通过",
    "按照",
    "达到",
    "成为",
    "进入",
    "来到",
    "走进",
    "深入",
    "签约",
    "签订",
    "入驻",
    "落户",
    "以及",
    "以上",
    "以下",
    "左右",
    "共计",
    "累计",
    "装有",
    "超过",
    "今天",
    "昨天",
    "日前",
    "近日",
    "目前",
    "今年",
    "去年",
    "平均",
    "延长",
    "基本",
    "包括",
    "涉及",
    "覆盖",
    "分布",
    "被评为",
    "荣获",
    "在",
    "被",
    "把",
    "将",
    "了",
    "的",
    "也",
    "还",
    "又",
    "均",
    "都",
    "已",
    "和",
    "与",
    "及",
    "或",
    "每",
    "至",
    "到",
    "举办",
    "举行",
    "召开",
)
# Verbs that start the counted action inside a clause (救助对象|发放临时价格补贴).
ACTIONS = (
    "发放",
    "开展",
    "完成",
    "实现",
    "新增",
    "建成",
    "创建",
    "建立",
    "成立",
    "解决",
    "帮助",
    "提供",
    "投入",
    "筹集",
    "捐赠",
    "捐款",
    "落实",
    "培训",
    "走访",
    "慰问",
    "救助",
    "资助",
    "补贴",
    "补助",
    "安置",
    "招聘",
    "销售",
    "生产",
    "接待",
    "办理",
)
# Nouns naming a property of the noun after 的 (价值10万元的“抗疫爱心包”).
ATTRIBUTES = (
    "总价值",
    "价值",
    "总额",
    "金额",
    "总投资",
    "投资",
    "总面积",
    "面积",
    "全长",
    "总长",
    "长度",
    "重量",
    "产值",
    "造价",
    "规模",
    "资金",
)


def find_figures(text: str) -> list[FigureMatch]:
    """Every reported quantity of ``text``, in order of position."""
    plain = _DOT_DECIMAL.sub(".", text.translate(_WIDTH))
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
    found += _shared_unit(text, plain, found, names)
    found.sort(key=lambda pair: pair[0].start)
    _assign_metrics(plain, found)
    return [figure for figure, _ in found]


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
    end = match.end()
    if end < len(plain) and plain[end] in unit.not_before:
        return None
    if ORDINAL_LIST.search(plain, max(0, match.start() - 20), match.start()):
        return None
    parsed = _number(match["num"], match["mag"])
    if parsed is None:
        return None
    value, chinese = parsed
    hedged = bool(match["mid1"] or match["mid2"])
    vague = match["num"][0] == "十" and plain[match.start("num") - 1 : match.start("num")] in VAGUE
    if chinese and (vague or not _chinese_count(match["num"], value, unit.kind, hedged)):
        return None
    if unit.written == "年" and _is_year(match["num"], value, bool(match["pre"]) or hedged):
        return None
    hedges = [match["pre"], match["mid1"], match["mid2"]]
    after = HEDGE_AFTER.match(plain, end)
    if after:
        hedges.append(after.group())
    start = match.start()
    if plain.endswith("零下", 0, start):
        start, value = start - 2, -value
    written = [h for h in hedges if h]
    return FigureMatch(
        start,
        end,
        text[start:end],
        float(value),
        unit.canonical + (match["per"] or ""),
        "…".join(written) if written else None,
        "",
    )


def _chinese_count(num: str, value: Decimal, kind: str, hedged: bool) -> bool:
    """Whether a Chinese-numeral quantity is a reported count rather than an idiom."""
    if num[0] in MAGNITUDES and num[0] != "十" and not hedged:
        return False  # 千家万户, 万人空巷
    return value > 10 or (value == 10 and (hedged or kind == "person"))


def _is_year(num: str, value: Decimal, hedged: bool) -> bool:
    """2022年 and 98年 are dates; 3年, 近10年 are durations."""
    if num[0].isdigit() and len(num.split(".")[0]) >= YEAR_DIGITS:
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
        right = re.match(rf"(?:{_ARABIC})([万亿千百]*)", plain[figure.start :])
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


# --- metrics ----------------------------------------------------------------


def _assign_metrics(plain: str, found: list[tuple[FigureMatch, str]]) -> None:
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


# --- spaCy component --------------------------------------------------------


class FigureTagger:
    """Proposes every figure of a Doc as a Figure candidate with its facts."""

    def __call__(self, doc: Doc) -> Doc:
        for f in find_figures(doc_index(doc).text):
            facts = FigureFacts(f.value, f.unit, f.text, f.metric, f.hedge)
            propose(doc, f.start, f.end, Label.FIGURE, COMPONENT, figure=facts)
        return doc


@Language.factory(COMPONENT)
def make_figure_tagger(nlp: Language, name: str) -> FigureTagger:
    """spaCy factory: ``nlp.add_pipe("kg_figures")`` once this module is imported."""
    return FigureTagger()
