"""The subject a clause opens with: the body or place a figure of it is about.

A subject is a name at the start of its clause, after dates and openers only
(kg/nlp/data/figure_subject_openers.txt): 据悉,某市共检查企业…; not a name after
a verb or a preposition (记者从市统计局获悉, 记者走进某公司). A name that opens a
list (A、B、C…; A某基地、B某园等…) is no subject: a list counts together, so its
figure belongs to what the list is part of. A body followed by its leader's name
(某商会会长张三) or by its staff (某所工作人员) is a subject through them; a scope
word (全市, 全乡) is a subject standing for a place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from kg.extract.evidence import nested
from kg.nlp.lexicon import ordered_words, pattern_of, word_list
from kg.records import Mention
from kg.schema import Label

SUBJECTS = (Label.ORGANIZATION, Label.PLACE)
TIME = re.compile(r"\d+(?:\.\d+)?(?:年度?|月份?|日|时|季度)|[上下]午")
OPENER = pattern_of(ordered_words("figure_subject_openers.txt"))  # the longest first
# 本报讯, 某某网8月12日某地讯(记者某某), 中新网某地2月1日电(某某), 某某网消息(记者某某):
# the credit line that opens a lead, no subject.
DATELINE = re.compile(
    r"[^，。,；;]{0,24}?(?:报|网|台|社|媒体|客户端)[^，。,；;]{0,12}?"
    r"(?:讯(?![员息])|\d{1,2}日电|消息(?=\s*[（(]))"
    r"(?:\s*[（(][^）)]{0,40}[）)])?"
)
SCOPE_SUFFIXES = ("苏木", "乡", "镇", "县", "区", "市", "村", "旗", "州", "省")
THAT_PROJECT = re.compile(r"(?:该|此|这个)?(项目|工程)")  # (该)项目总投资…: the one named before
SCOPE_WORD = re.compile(  # 全乡, 该县, 村内, 村里
    rf"[全该本]({'|'.join(SCOPE_SUFFIXES)})|({'|'.join(SCOPE_SUFFIXES)})[内里]"
)
LIST_MARK = re.compile(r"\s*(?:[、和与及]|以及)")
CLAUSE_END = "，,；;：:。！？!?\n(（)）"  # (某园区完成投资X亿元;…): an aside is a clause
SENTENCE_END = "。！？!?\n"
QUALIFIER = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")
QUALIFIER_END = re.compile(QUALIFIER.pattern + "$")
CLAUSE_WINDOW = 300  # no clause of the genre runs longer without a mark
STAFF_GAP = 10  # 湖北省湖南商会执行会长|龚卫兵: a body this close before a person is a title

FIRM_KIND = re.compile(r"(?:爱心|民营|国有|龙头)?企业")
LOCATIVE = re.compile(r"(?:源头|深处|脚下|之畔|岸边|沿岸|畔|上游|下游|腹地|边上)")
QUOTED = re.compile(r"“([^”]{2,12})”")
SOURCE_SAYS = re.compile(  # 某局反馈的核算结果显示, 某局数据显示: a source of figures
    r"(?:(?:反馈|发布|公布|提供|统计|监测|核算)的?[^，。,;；:：]{0,16}?|数据|统计|监测)(?:显示|表明)"
)


class Resolver(Protocol):
    """What the article has named so far, for subjects that point back to it."""

    def place_for(self, suffix: str) -> str | None:
        """The place a scope word of this suffix (乡, 县) means."""

    def named_for(self, word: str) -> Mention | None:
        """The last body or programme named whose name ends with ``word`` (合作社, “资金池”)."""


@dataclass
class Subject:
    """A clause's subject: the name and how strongly it is the clause's own."""

    mention: Mention
    kind: str  # body, leader, staff (see kind_of), scope (全市, 全乡) or head (see head_subject)


def subject_of(
    text: str, start: int, mentions: list[Mention], before: int, resolve: Resolver
) -> Subject | None:
    """The body or place the clause at ``start`` opens with (the last of an address,
    某市某街道某居委会), if it is no list's member; or the place its scope word means
    (全县, 全乡); or the body or programme named before that its head word or quoted
    short name points back to (合作社吸纳…, “资金池”由…组成)."""
    dateline = DATELINE.match(text, start, before)
    start = dateline.end() if dateline else start
    first = next(
        (
            m
            for m in mentions
            if start <= m.start < before and m.label != Label.FIGURE and not nested(m, mentions)
        ),
        None,
    )
    if first is None or not opener_only(text[start : first.start]):
        limit = first.start if first else clause_end(text, start, before)
        return scope_subject(text, start, limit, resolve) or head_subject(
            text, start, limit, resolve
        )
    first = last_of_address(text, first, mentions)
    if first.label not in SUBJECTS or organiser(text, first) or news_source(text, first):
        return None
    if LOCATIVE.match(text, first.end):
        return None  # 坐落于天山深处,某河源头,…: where, not what the clause is about
    if listed(text, first, mentions, before):
        return None
    if first.home_city:
        return Subject(first, "scope")
    return Subject(first, kind_of(text, first, mentions))


def news_source(text: str, first: Mention) -> bool:
    """据市统计局统计, 省统计局反馈的核算结果显示: the office the figures come from, not
    what they are about."""
    return text.endswith("据", 0, first.start) or SOURCE_SAYS.match(text, first.end) is not None


def organiser(text: str, first: Mention) -> bool:
    """由市政府主办,市人社局承办的某招聘会在…举行 (or without 由: 市人社局主办的某招聘会):
    the organiser of a name after it, not the subject of the clause (the event is)."""
    verb = next(
        (v for v in ordered_words("organiser_verbs.txt") if text.startswith(v, first.end)), ""
    )
    return bool(verb) and (
        text.endswith("由", 0, first.start) or text.startswith("的", first.end + len(verb))
    )


def listed(text: str, first: Mention, mentions: list[Mention], before: int) -> bool:
    """Whether a name opens a list (市委、市政府; 甲县某基地、乙县某园等…项目5个)."""
    if LIST_MARK.match(text, first.end):
        return True
    end = clause_end(text, first.end, before)
    return any(
        m.label == first.label and first.end < m.start < end and text[m.start - 1] in "、和与及"
        for m in mentions
    )


def kind_of(text: str, body: Mention, mentions: list[Mention]) -> str:
    """How a body opening a clause is its subject: itself (body), through its named leader
    (leader: 某商会会长张三…捐款) or through its staff (staff: 某所工作人员…悬挂)."""
    if any(
        m.label == Label.PERSON
        and 0 <= m.start - body.end <= STAFF_GAP
        and not any(c in CLAUSE_END + "、" for c in text[body.end : m.start])
        for m in mentions
    ):
        return "leader"
    after = text[body.end : body.end + STAFF_GAP]
    return "staff" if after.startswith(staff_words()) else "body"


@functools.cache
def staff_words() -> tuple[str, ...]:
    """Titles and roles that follow a body when its people are the subject."""
    return tuple(sorted(word_list("titles.txt") | word_list("person_roles.txt"), key=len))


def opener_only(words: str) -> bool:
    """Whether ``words`` hold nothing but dates, openers (据悉, 目前, 在) and blanks."""
    return not after_openers(words)


def after_openers(words: str) -> str:
    """``words`` less the dates, openers and blanks they begin with (and dates anywhere)."""
    words = TIME.sub("", words).strip(" \u3000、")
    previous = None
    while words and words != previous:
        previous = words
        opener = OPENER.match(words)
        words = words[opener.end() :] if opener else words
        words = TIME.sub("", words).strip(" \u3000、")
    return words


def last_of_address(text: str, first: Mention, mentions: list[Mention]) -> Mention:
    """The last name of an address written without a break (某市某街道某居委会), or a firm
    written after its place and kind (广东爱心企业某某公司): the most specific one is what
    the clause is about."""
    ends = {m.start: m for m in mentions if m.label in SUBJECTS and not nested(m, mentions)}
    while first.label == Label.PLACE:
        kind = FIRM_KIND.match(text, first.end)  # 广东企业 | 某某公司: a firm of the place
        after = ends.get(kind.end() if kind else first.end)
        if after is None or (kind and after.label != Label.ORGANIZATION):
            break
        first = after
    return first


def head_subject(text: str, start: int, end: int, resolve: Resolver) -> Subject | None:
    """A clause opening with a quoted short name (“资金池”由…) or with 该项目 is about the
    body or programme named before that ends with it, as if named in full; one opening with a
    body's head word (合作社吸纳…) points back more weakly (kind ``head``)."""
    words = after_openers(text[start:end])
    quoted = QUOTED.match(words) or THAT_PROJECT.match(words)
    head = None if quoted else org_head().match(words)
    word = quoted.group(1) if quoted else head and head.group()
    found = resolve.named_for(word) if word else None
    return Subject(found, "body" if quoted else "head") if found else None


@functools.cache
def org_head() -> re.Pattern:
    """A head of two characters or more, the longest first: a one-character head (局, 厂)
    opens too many words that are no body (局面, 厂房)."""
    return pattern_of(w for w in ordered_words("org_heads.txt") if len(w) > 1)


def scope_subject(text: str, start: int, end: int, resolve: Resolver) -> Subject | None:
    """The place a scope word opening text[start:end] means: 全乡 the last 乡 named, 全县
    the home county."""
    word = SCOPE_WORD.match(after_openers(text[start:end]))
    name = resolve.place_for(word.group(1) or word.group(2)) if word else None
    if not name:
        return None
    at = text.find(word.group(), start)
    return Subject(Mention(Label.PLACE, name, word.group(), at, at + len(word.group())), "scope")


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause opening at ``start`` ends, at the latest at ``end``."""
    return min([end] + [k for c in CLAUSE_END if (k := text.find(c, start, end)) >= 0])


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins (after ，；：。 or a line end); a clause is
    looked for no further back than CLAUSE_WINDOW characters."""
    low = max(0, pos - CLAUSE_WINDOW)
    found = max(text.rfind(c, low, pos) for c in CLAUSE_END)
    while found >= 0 and qualifier_bracket(text, found):
        found = max(text.rfind(c, low, found) for c in CLAUSE_END)
    return found + 1 if found >= 0 else low


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after 。！？ or a line end), looked for no
    further back than CLAUSE_WINDOW characters."""
    low = max(0, pos - CLAUSE_WINDOW)
    return max(max(text.rfind(c, low, pos) for c in SENTENCE_END) + 1, low)


def qualifier_bracket(text: str, k: int) -> bool:
    """A bracket around a word or two (各县(市)、区(开发区)人社部门): part of a name, no aside."""
    if text[k] in "(（":
        return QUALIFIER.match(text, k) is not None
    return text[k] in ")）" and QUALIFIER_END.search(text[max(0, k - 5) : k + 1]) is not None
