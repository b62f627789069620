"""Candidate spans proposed by kg's rule components, and the token walks they share.

Chinese names are open-ended on the left: 市公共事业发展中心滨河路灯亮化所 is
found from its head (所) by walking left over pkuseg tokens until a word that
cannot be inside a name (a verb, preposition, particle, pronoun: the boundary
lexicon) or punctuation. Components record what they find as ``Candidate``
objects in ``doc._.candidates`` with exact character offsets (pkuseg may cut a
name's characters across tokens); ``kg_mentions`` then picks the final ones.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from kg.nlp.doc_index import doc_index
from kg.nlp.levels import LOCAL_LEVELS
from kg.nlp.lexicon import longest_suffix, word_list
from kg.nlp.triggers import trigger_table
from kg.records import FigureFacts
from kg.schema import Label

PUNCT = set("，。、；：？！,.;:?!“”\"‘’'《》「」『』()（）【】[]—…·\n\t /-+~～|")
EXTRA_BOUNDARIES = {
    "我市",
    "本市",
    "全市",
    "该",
    "各",
    "各级",
    "有关",
    "相关",
    "部分",
    "全区",
    "全县",
    "同时",
    "以及",
    "包括",
    "其中",
    "及其",
    "通过",
    "由",
    "经",
    "为",
    "是",
    "图",
    "近日",
    "日前",
    "目前",
    "今年",
    "去年",
    "明年",
    "我",
    "我们",
    "他们",
    "其",
    "即",
    "截至",
    "记者",
    "本报",
    "讯",
    "会上",
    "会议",
    "期间",
    # adverbs of the official style that never start a name
    "深入",
    "持续",
    "全面",
    "积极",
    "不断",
    "进一步",
    "切实",
    "认真",
    "扎实",
    "大力",
    "着力",
    "充分",
    "主动",
    "及时",
    "常态化",
    "有序",
    "全力",
    "努力",
    "坚持",
    "紧紧",
    # verbs that join two bodies acting together (民政局联合区红十字会开展…)
    "联合",
    "携手",
    "会同",
    "协同",
    "配合",
    "联手",
    # a verb's complement of result (建设 | 好 | 代表联络站, 落实 | 好): the verb ends there
    "好",
    # times of day that stand before a name (一大早 | 某区农业局)
    "一大早",
    "大清早",
    "当天",
    "当日",
}
KINDS_BEFORE_NAMES = ("企业", "单位", "项目")  # 联系企业 | 某市某公司: the kind, then the name
# 子公司 | 某某水利工程有限公司: the firm's tie to the one named before, then its own name
HOLDINGS_BEFORE_NAMES = ("子公司", "母公司", "全资子公司", "控股子公司", "旗下", "下属", "所属")
INSIDE_NAME = {"暨", "和", "与", "及"}  # allowed inside event names (述职评议暨…大比武活动)
LEVELS = frozenset(LOCAL_LEVELS)  # a name may begin with its level (市民政局, 州人大)
PARTY = "中共"  # 中共某市委: the party's name opens the body
EVERY = ("各", "每个", "每家", "所有", "众多", "许多")  # 各镇各部门: every body of a kind
NER_SOURCE = "ner"  # the source of the statistical NER's candidates (ranked last)
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")  # one Han character, matched at a position
LEADS = ("率", "率领", "带领")  # 甲率 | 扶贫工作队: the verb a leader's name takes
COMRADE = "同志"  # 免去甲同志 | 某区人民法院审判员职务: how official text addresses a person
FUNCTION_CHARACTERS = "的了着过和与及同在是为对向把被从到于将就都也还又而或并等之所以其"
ADVERB_PREPOSITION = re.compile(r"[正将已也又再都还便就][向对在为给到从]")  # 正向 | 省人大

if not Doc.has_extension("candidates"):
    Doc.set_extension("candidates", default=None)


@dataclass
class Candidate:
    """A proposed mention: character span, label, the rule (or model) that proposed it.

    The optional fields carry what the proposing rule knows and later stages
    read; they become the ``Mention`` fields of the same names.
    """

    start: int
    end: int
    label: Label | str
    source: str
    canonical: str | None = None  # the gazetteer's name for this form
    home_city: bool = False  # 我市/本市/全市
    anaphor: str | None = None  # 该公司: the kind of body it points back to
    title_end: int | None = None  # a person named after a title: where the title ends
    trigger: str | None = None  # an event introduced by this verb
    figure: FigureFacts | None = None  # a reported quantity's facts


def candidates(doc: Doc) -> list[Candidate]:
    if doc._.candidates is None:
        doc._.candidates = []
    return doc._.candidates


def propose(doc: Doc, start: int, end: int, label: str, source: str, **fields: Any) -> None:
    """Add a candidate to the Doc; ``fields`` are Candidate's optional fields."""
    candidates(doc).append(Candidate(start, end, label, source, **fields))


CLAUSE_MARKS = "，,。；;！？!?\n"


def clause_opening(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, full stop, semicolon,
    question or exclamation mark or line end before it (a list mark 、 goes on)."""
    return max(text.rfind(c, 0, pos) for c in CLAUSE_MARKS) + 1


def clause_closing(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: at the first clause mark from it, else the
    text's end (clause_opening's other side)."""
    ends = [k for k in (text.find(c, pos) for c in CLAUSE_MARKS) if k >= 0]
    return min(ends, default=len(text))


def is_boundary(text: str, allow: frozenset[str] | set[str] = frozenset()) -> bool:
    """A token that cannot be part of a name."""
    if text in allow:
        return False
    if not HAN.match(text):
        return True
    return (
        text in word_list("boundary_words.txt")
        or text in EXTRA_BOUNDARIES
        or text in trigger_table()
    )


def boundary_prefix(text: str) -> int:
    """Length of a boundary word glued to the front of a token (成立 | 市 in 成立市), else 0."""
    for k in range(len(text) - 1, 1, -1):
        if is_boundary(text[:k]):
            return k
    return 0


def walk_left(
    doc: Doc,
    i: int,
    max_chars: int = 24,
    allow: set[str] = frozenset(),
    body: bool = False,
    people: Container[int] = frozenset(),
    posts: Container[int] = frozenset(),
) -> int:
    """Start offset of the name whose last token is ``i``.

    Stops before a boundary token, and inside a token that begins with a
    boundary word (pkuseg glues verbs to names: 成立市非公党工委 → 市非公党工委).
    A ``body``'s name (an organisation's, a place's) also stops before a verb
    that acts on it (代表 | 县委, 补选市 | 九届人大), and before a person or title
    (characters of ``people``) followed by the body's level or place
    (潘朝晖 | 芜湖市党政代表团; a company's name may hold a person-like one), before a
    kind or a firm's tie written before a body's own name (企业 | 深圳市某公司, 项目 | 深汕…医院,
    子公司 | 某某工程有限公司), and
    before a person named right after a title (characters of ``posts``: 会长杨峰 | 及 |
    铁路中心医院), whatever follows, before an honorific (甲同志 | 某区人民法院), and before
    a verb of taking up a post (某某任 | 省委).
    """
    cut = body_prefix if body else boundary_prefix
    start = i
    chars = len(doc[i].text)
    while start > 0:
        prev = doc[start - 1]
        if (
            (is_boundary(prev.text, allow) and not (body and cut_character(doc, start - 1)))
            or chars + len(prev.text) > max_chars
            or (body and (acts_before(prev.text, doc[start].text) or joins(prev.text, allow)))
            or (body and holds_person(prev, people) and begins_body(doc[start].text))
            or (body and holds_person(prev, posts))
            or (body and verb_after_person(doc, start - 1, people))
            or (body and (prev.text in word_list("honorifics.txt") or prev.text == COMRADE))
            or (body and prev.text in word_list("post_verbs.txt"))
            or (body and prev.text in KINDS_BEFORE_NAMES and opens_own_name(doc[start].text))
            or (body and prev.text in HOLDINGS_BEFORE_NAMES)
        ):
            break
        start -= 1
        chars += len(prev.text)
        if cut(prev.text):
            break  # the name starts inside this token (联合 | 区红十字会 glued as 联合区)
    return doc[start].idx + cut(doc[start].text)


def cut_character(doc: Doc, i: int) -> bool:
    """中核汇 | 能 | 有限公司: one character the segmenter cut from an unknown name before it,
    no word of its own though it reads as one; not a mark, and not after a word, a verb or
    a name the walk would stop at (加快 | 建 | 公司)."""
    if len(doc[i].text) != 1 or not HAN.match(doc[i].text) or i == 0:
        return False
    if doc[i].text in FUNCTION_CHARACTERS:
        return False  # 位于某居民点 | 的 | 村委会: a particle, the name ends before it
    prev = doc[i - 1].text
    return len(prev) >= 3 and HAN.match(prev) is not None and proper_word(prev)


def opens_own_name(word: str) -> bool:
    """A word a name of its own begins with after a kind (企业 | 深圳市…, 重点项目 | 深汕…): a
    level or place, or a proper word (no common word: not 企业 | 服务中心)."""
    proper = len(word) > 1 and HAN.match(word) is not None and proper_word(word)
    return begins_body(word) or proper


def proper_word(text: str) -> bool:
    """A word that may name a place: a listed place, or no common word nor boundary."""
    known = text in word_list("places.txt")
    return (known or text not in word_list("common_words.txt")) and not is_boundary(text)


def holds_person(tok, people: Container[int]) -> bool:
    return tok.idx in people or tok.idx + len(tok.text) - 1 in people


def verb_after_person(doc: Doc, j: int, people: Container[int]) -> bool:
    """郑某某率 | 扶贫工作队, 郑某某 | 率 | 扶贫工作队: the verb a leader's name takes, glued
    to it or not, before a body (the person found, or a surname and one or two
    characters no word); the body's name begins after it."""
    tok = doc[j]
    for k in (1, 2):
        stem, tail = tok.text[:-k], tok.text[-k:]
        if stem and tail in LEADS and named_person(tok, stem, people):
            return True
    before = doc[j - 1] if j > 0 else None
    return before is not None and tok.text in LEADS and named_person(before, before.text, people)


def named_person(tok, stem: str, people: Container[int]) -> bool:
    """Whether ``stem`` of ``tok`` names a person: a person found there, or a surname and one
    or two characters that are no common word (the model may miss 刘某某 before 率)."""
    return holds_person(tok, people) or (
        2 <= len(stem) <= 3
        and stem[0] in word_list("surnames.txt")
        and stem not in word_list("common_words.txt")
    )


def joins(word: str, allow: Container[str]) -> bool:
    """A one-character preposition or conjunction between two names (宝龙与 | 人大)."""
    return len(word) == 1 and word not in allow and word in word_list("verbs.txt")


def acts_on_names(word: str) -> bool:
    """A verb, preposition or conjunction (代表, 补选, 为): it acts on a name, never begins one."""
    return word in word_list("verbs.txt") or word in word_list("genre_verbs.txt")


def begins_body(text: str) -> bool:
    """Whether a body's or place's name may begin with this token: a level (市…) or a place."""
    if text[:1] in LEVELS or text.startswith(PARTY) or text in word_list("places.txt"):
        return True
    suffix = longest_suffix(text, word_list("place_suffixes.txt"))
    return bool(suffix) and len(text) - len(suffix) >= 2


def acts_before(word: str, following: str) -> bool:
    """``word`` is a verb acting on the body or place that ``following`` begins (代表 | 市政府);
    verbs inside names (审批 | 服务局) are followed by no level and no place; an adverb
    glued to a preposition (正向 | 省人大代表, 也在 | 县医院) acts so too."""
    return (acts_on_names(word) or bool(ADVERB_PREPOSITION.fullmatch(word))) and begins_body(
        following
    )


def body_prefix(text: str) -> int:
    """Length of what is glued before a body's or place's name in one token: a boundary
    word (成立 | 市), a verb or preposition before a level or place (代表 | 市, 为 | 区)."""
    cut = boundary_prefix(text)
    if cut:
        return cut
    for k in range(len(text) - 1, 0, -1):
        rest = text[k:]
        wide = k > 1 or text[0] in word_list("genre_verbs.txt")  # 率 | 龙湾区, not 和 | 田地区
        if acts_on_names(text[:k]) and (begins_body(rest) if wide else rest[0] in LEVELS):
            return k
    return 0


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the contents of “…” quotes."""
    return [(m.start() + 1, m.end() - 1) for m in re.finditer(r"“[^“”\n]{1,40}”", text)]


def cuts_quote(start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """A span that begins inside a quote without covering its whole content
    (强党支部 in “最强党支部”)."""
    return any(qs < start < qe or qs < end < qe for qs, qe in quotes)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of a text (。！？; and line ends)."""
    bounds, start = [], 0
    for m in re.finditer(r"[。！？!?；;]+[”’\"]?|\n+", text):
        if m.end() > start:
            if text[start : m.end()].strip():
                bounds.append((start, m.end()))
            start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def after_a_word(doc: Doc, start: int) -> bool:
    """Whether the word before a name is one a name follows only inside a longer name: a
    word of its own (新知 | 青艺社), not a boundary, a verb acting on names (代表, 率),
    an opener (像), a mark, a level or a place (begins_body)."""
    i = doc_index(doc).token_at_start.get(start)
    if not i:
        return False
    word = doc[i - 1].text
    return not (
        is_boundary(word)
        or acts_on_names(word)
        or acts_on_names(word[-1])
        or word in word_list("name_openers.txt")
        or begins_body(word)
    )
