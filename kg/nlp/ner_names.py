"""The statistical NER's names of people, places and bodies: completed where the model cut
them short, and kept only when they pass the rules' tests.

The model fills the gaps the rules leave (kg.nlp.mentions ranks it last), and on papers
it was not trained on it cuts names (艾则孜 | ·木沙, 某某 | 台嘎查, 新知 | 青艺社) and
takes words for names (齐聚, 中心). A name cut before its head is completed from the
characters that follow; one that begins inside a longer name, or fails the shape of its
label, is not proposed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.nlp.candidates import (
    HAN,
    LEVELS,
    NER_SOURCE,
    Candidate,
    acts_on_names,
    after_a_word,
    begins_body,
    body_prefix,
    boundary_prefix,
    candidates,
    clause_closing,
    clause_opening,
    cuts_quote,
    is_boundary,
    quote_spans,
)
from kg.nlp.divisions import is_division
from kg.nlp.doc_index import doc_index
from kg.nlp.levels import PLACE_ENDS
from kg.nlp.lexicon import longest_suffix, table, word_list
from kg.nlp.organizations import (
    OUTLET_ENDS,
    names_a_body,
    of_common_words,
    short_form_of_earlier,
)
from kg.nlp.person_names import (
    compound_surnames,
    model_person,
    surnames,
    title_words,
    titles_in,
)
from kg.nlp.places import NOT_AFTER, known_place
from kg.schema import Label

TOWARDS, DIRECTION = "向往朝", "方向"  # 向某庄方向出发
ROAD_ENDS = "路街"  # 陆广路, 某某街: no given name ends so
JOINED = re.compile(r"[和与及、]")  # 养殖企业和电排站: two bodies, not one
DETERMINERS = "全该本我各此这那每"
NER_LABELS = {Label.PERSON, Label.ORGANIZATION, Label.PLACE}
HEAD_LISTS = {
    Label.ORGANIZATION: ("org_heads.txt",),
    Label.PLACE: ("place_suffixes.txt", "landmark_heads.txt"),
}
MAX_ADDED = 8  # characters a cut name may be completed by
MAX_PLACE_STEM = 3  # 某某 | 巨日合 | 嘎查: what a place's cut name lacks before its suffix
PLACE_LEVEL_ENDS = PLACE_ENDS + "旗"  # 伍家岗区, 某某旗: a level ends the place
COUNTS = "一二两三四五六七八九十几多数各"  # 抚顺 | 两市: a count of places, not one
TITLE_OPENERS = "副总"  # characters that open a title and hardly end a given name
DATELINE = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)")
LEADER_AFTER = ("新时代", "同志", "总书记")  # what follows a leader's name, never a place's
STATIONED = "驻"  # 某办公室驻 | 某乡某村工作队: stationed there
LIST_ITEM = re.compile(r"、([^、]+)")  # 、乙、丙等地: each item after its mark
IDEOLOGY = re.compile(r"新时代[\u4e00-\u9fff]{0,12}思想")  # a leader's name opens it: no mention


@functools.cache
def name_heads(label: str) -> frozenset[str]:
    """The words a body's or a place's name ends with (org_heads.txt; place_suffixes.txt
    and landmark_heads.txt)."""
    files = HEAD_LISTS.get(label, ())
    return frozenset().union(*(word_list(f) for f in files))


def whole_name(doc: Doc, c: Candidate) -> Candidate:
    """A statistical body or place cut before the words that end its name, made whole
    (某某 | 刺绣合作社, 某某 | 台嘎 | 查, 某某 | 港): the characters after it, up to a
    boundary word, end with a head (one of one character only at a word's end); not when
    another name begins there (周口 | 临港开发区), nor with a count or a kind of area
    (抚顺 | 两市, 珠三角 | 城乡), nor after a common word (中心 | 港)."""
    heads = name_heads(c.label)
    index = doc_index(doc)
    name = index.text[c.start : c.end]
    if c.source != NER_SOURCE or not heads or c.end not in index.token_at_start:
        return c
    if longest_suffix(name, word_list(HEAD_LISTS[c.label][0])) or name in common_words():
        return c  # 某某公司, 某某县: whole; 龙湾 | 港 is not
    if any(o.start == c.end for o in candidates(doc)):
        return c
    for j in range(c.end + 1, min(c.end + MAX_ADDED, len(index.text)) + 1):
        more = index.text[c.end : j]
        if not HAN.match(more) or more[0] in COUNTS:
            break
        head = longest_suffix(more, heads)
        if head and (len(head) > 1 or j in index.token_at_end):
            return replace(c, end=j) if added_name(c.label, more, head, heads) else c
        if ends_at_boundary(doc, j):
            break
    return c


def as_place(doc: Doc, c: Candidate) -> Candidate:
    """A statistical body named like a place, a level at its end and no body's head (伍家 |
    岗区, which pkuseg cut so that no place rule read it), or a listed road or a place headed
    for read as a person: the place; a statistical place read with a one-character verb
    before it (驻 | 某乡): the place alone."""
    index = doc_index(doc)
    text = index.text
    if (
        c.source == NER_SOURCE
        and c.label == Label.PERSON
        and (listed_road(text, c.start, c.end) or headed_for(text, c.start, c.end))
    ):
        return replace(c, label=Label.PLACE)
    if (
        c.source == NER_SOURCE
        and c.label == Label.PLACE
        and text[c.start] == STATIONED
        and c.start + 1 in index.token_at_start
        and not is_division(text[c.start : c.end])
    ):
        return replace(c, start=c.start + 1)  # 驻 | 亚吐尔乡: stationed there, the place after
    if c.source != NER_SOURCE or c.label != Label.ORGANIZATION:
        return c
    name = text[c.start : c.end]
    if name[-1:] not in PLACE_LEVEL_ENDS or longest_suffix(name, word_list("org_heads.txt")):
        return c
    return replace(c, label=Label.PLACE)


def headed_for(text: str, start: int, end: int) -> bool:
    """A statistical person between 向 (往, 朝) and 方向 (向张庄方向出发): where one heads, a
    place."""
    return text[start - 1 : start] in TOWARDS and text.startswith(DIRECTION, end)


def listed_road(text: str, start: int, end: int) -> bool:
    """A statistical person of three characters ending like a road, in a list (开工建设甲广路、
    乙大道): the road."""
    return (
        end - start == 3
        and text[end - 1] in ROAD_ENDS
        and (text[start - 1 : start] == "、" or text[end : end + 1] in "、等")
    )


def address_parts(doc: Doc, c: Candidate) -> list[Candidate]:
    """青县木门店镇: a statistical place written as an address, a county (a city, a district)
    and a town or village after it, is two places."""
    if c.source != NER_SOURCE or c.label != Label.PLACE:
        return [c]
    m = ADDRESS.fullmatch(doc_index(doc).text, c.start, c.end)
    if not m or len(m.group(1)) < 2:
        return [c]
    cut = m.end(1)
    return [replace(c, end=cut), replace(c, start=cut)]


def as_listed_person(doc: Doc, c: Candidate) -> Candidate:
    """A statistical place right after a person and 、 (甲、乙来说), no known place and no
    place's suffix, that opens with a surname, or that is as long as a name no surname opens
    (、呼格吉乐图等: Mongolian and Tibetan names): the list's next person."""
    if c.source != NER_SOURCE or c.label != Label.PLACE or not 2 <= c.end - c.start <= 5:
        return c
    text = doc_index(doc).text
    name = text[c.start : c.end]
    if (
        text[c.start - 1 : c.start] != "、"
        or (name[0] not in surnames() and len(name) < 4)
        or known_place(name)
        or longest_suffix(name, word_list("place_suffixes.txt"))
    ):
        return c
    listed = any(p.label == Label.PERSON and p.end == c.start - 1 for p in candidates(doc))
    return replace(c, label=Label.PERSON) if listed else c


def ends_at_boundary(doc: Doc, end: int) -> bool:
    """Whether the characters up to ``end`` close a boundary word (a verb, a particle)."""
    i = doc_index(doc).token_at_end.get(end)
    return i is not None and is_boundary(doc[i].text)


def added_name(label: str, more: str, head: str, heads: frozenset[str]) -> bool:
    """Whether ``more`` completes a name: not an ordinary word or a kind of area that
    merely ends like one (城乡, 小城镇), unless a head itself (公园, 合作社); for a place, a short
    proper stem before its head (台 | 嘎查, not 肉牛产业核心 | 区, 小城 | 镇)."""
    kinds = word_list("generic_places.txt")
    if more not in heads and (more in common_words() or longest_suffix(more, kinds)):
        return False  # 城乡, 小城镇
    stem = more[: -len(head)]
    return (
        label != Label.PLACE
        or len(stem) <= MAX_PLACE_STEM
        and not any(
            stem[a:b] in common_words()
            for a in range(len(stem))
            for b in range(a + 2, len(stem) + 1)
        )
    )


def common_words() -> frozenset[str]:
    return word_list("common_words.txt")


def whole_person(doc: Doc, c: Candidate) -> Candidate:
    """A statistical person cut at the dot of its token (艾则孜 | ·木沙), or after the
    surname that begins a word before it (储 | 李强 of 储李 | 强向, 县领导水 | 韦梁) or
    inside a compound surname (上 | 官文龙), made whole; a conjunction or verb that is also
    a surname (和, 向) begins no name."""
    if c.source != NER_SOURCE or c.label != Label.PERSON:
        return c
    index = doc_index(doc)
    i = index.token_at_start.get(c.start)
    end = index.token_spans[i][1] if i is not None else c.end
    if end > c.end and index.text[c.end] == "·":
        return replace(c, end=end)
    if (
        c.end - c.start == 3
        and index.text[c.end - 1] in TITLE_OPENERS
        and titled(index.text, c.end - 1)
    ):
        return replace(c, end=c.end - 1)  # 王五副 | 主任: the name before the deputy's title
    if c.end < end and c.end - c.start == 3 and index.text[c.end - 1 : end] in title_words():
        return replace(c, end=c.end - 1)  # 杨杰院 of 杨杰院长: the name before the title
    before = index.text[c.start - 1] if c.start else ""
    if (
        c.end - c.start == 2
        and c.start - 1 in index.token_at_start
        and before in surnames()
        and not (is_boundary(before) or acts_on_names(before))
    ):
        return replace(c, start=c.start - 1)
    if before + index.text[c.start] in compound_surnames() and c.end - c.start == 3:
        return replace(c, start=c.start - 1)  # 上 | 官文龙: the compound surname 上官
    if (
        c.start >= 2
        and index.text[c.start - 2 : c.start] in compound_surnames()
        and c.end - c.start == 2
    ):
        return replace(c, start=c.start - 2)  # 上官 | 文龙
    return whole_given_name(doc, c, end)


def titled(text: str, pos: int) -> bool:
    """Whether a title of two characters or more begins at ``pos`` (副主任, 总经理)."""
    return any(len(t) > 1 and text.startswith(t, pos) for t in title_words())


def whole_given_name(doc: Doc, c: Candidate, end: int) -> Candidate:
    """A person of two characters cut inside the word of its given name, the word's last
    character left before a list's 等 or a mark (张 | 秋实 | 等10名): the three."""
    index = doc_index(doc)
    i = index.token_at_end.get(c.end + 1)
    after = doc[i + 1].text if i is not None and i + 1 < len(doc) else ""
    if (
        c.end - c.start == 2
        and i is not None
        and index.token_spans[i][0] == c.start + 1
        and HAN.match(index.text[c.end])
        and (after == "等" or not HAN.match(after[:1] or "a"))
    ):
        return replace(c, end=c.end + 1)
    return c


def plausible(doc: Doc, c: Candidate) -> bool:
    """Whether a statistical name is one kg keeps: a label the rules do not own (titles
    are theirs), no verb glued in front (构建市), not a person made of ordinary words
    (查 | 根源), nor one kg.nlp.person_names.model_person refuses, nor part of a quote,
    nor an unknown place a quote holds alone (a figure of speech)."""
    text = doc_index(doc).text
    name = text[c.start : c.end]
    if c.label not in NER_LABELS or boundary_prefix(name):
        return False
    quotes = quote_spans(text)
    if cuts_quote(c.start, c.end, quotes):
        return False  # 七星 of “七星伴月”景区: part of a quoted name
    if c.label == Label.PLACE and (c.start, c.end) in quotes:
        return name in word_list("places.txt")  # not “连心桥” (to the masses): a figure
    if c.label == Label.PERSON:
        if not model_person(name) or begins_person(doc, c):
            return False  # 刘 (of 刘某), 刘黎), 齐聚: see kg.nlp.person_names; 李会 | 平
        if text[c.start - 1 : c.start] == "·" and HAN.match(text[c.start - 2 : c.start - 1]):
            return False  # 某晚报·齐鲁…, 沙比尔·麦合 | 木提: a part after the dot
        if DATELINE.match(doc_index(doc).text, c.end):
            return False  # 本报金华10月2日电: the place a report was filed from
        if IDEOLOGY.match(text, c.end):
            return False  # 习近平 | 新时代中国特色社会主义思想: a name inside an ideology's
        if text.endswith(WHERE_ONE_LIVES, 0, c.start):
            return False  # 家住丁字街的老人: where one lives, a place
        if text[c.end : c.end + 1] in LIST_MARKS and after_township(doc, c.start):
            return False  # 某某镇吴寨居、某村: a neighbourhood of the town, no person
        if listed_among_bodies(doc, c.end) or listed_after_body(doc, c.start, c.end):
            return False  # 水利、文旅、高寨子等单位: a body's short name in a list of bodies
        if listed_among_things(doc, c.start, c.end):
            return False  # 五味子、贝母、紫苏、菊花: one of a list of things
        if opens_firm_name(doc, c.end):
            return False  # 鲍鱼 | 科技产业园: the opening of a firm's or a park's name
        if name in common_words() or acts_on_names(name):  # 牟利, 包组: words, not people
            return (
                longest_suffix(text[max(0, c.start - 8) : c.start], word_list("titles.txt"))
                is not None
            )
        words = doc.char_span(c.start, c.end, alignment_mode="expand")
        return (
            len(words) < 2
            or not any(len(t.text) > 1 and t.text in common_words() for t in words)
            or listed_between(doc, c.start, c.end)  # 蒋剑、伍 | 继承、义洁: a member
        )
    if c.label == Label.ORGANIZATION:
        return plausible_body(doc, c.start, c.end)
    if text.startswith(LEADER_AFTER + NOT_AFTER, c.end):
        return False  # 习近平 | 新时代…思想, 非洲 | 猪瘟: a leader's name, a disease's, no place
    if after_a_word(doc, c.start) and not longest_suffix(name, word_list("place_suffixes.txt")):
        return False  # 高山 | 蓝莓园: the end of a longer description (not 往 | 某县)
    if inside_word(doc, c.start) or after_adverb(doc, c) or cut_before_word(doc, c.end):
        return False
    if unknown_beside_place(doc, c.start, c.end):
        return False
    return plausible_place(name)


ADDRESS = re.compile(
    r"([\u4e00-\u9fff]{1,6}?[市县区旗])([\u4e00-\u9fff]{2,8}(?:镇|乡|街道|村|社区))"
)
BRACKETED_PLACE = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]")  # 青美(宁德)新能源


def unknown_beside_place(doc: Doc, start: int, end: int) -> bool:
    """南京 | 墨竹周, 青美 | (宁德)新能源: a word neither listed nor ending in a place's
    suffix, written right after a place, or before a bracketed place with the name going
    on after it, is part of another name (an event's, a firm's), no place of its own."""
    name = doc_index(doc).text[start:end]
    if name in word_list("places.txt") or longest_suffix(name, word_list("place_suffixes.txt")):
        return False
    places = [
        c for c in candidates(doc) if c.label == Label.PLACE and (c.start, c.end) != (start, end)
    ]
    bracket = BRACKETED_PLACE.match(doc_index(doc).text, end)
    return any(p.end == start for p in places) or bracket is not None


@functools.cache
def bodies_list_end() -> re.Pattern:
    """The rest of a list of bodies or places after one of its items: more items, then 等
    and a kind of body or place (kg/nlp/data/list_kinds.tsv, 单位, 部门)."""
    kinds = {row[0] for row in table("list_kinds.tsv")} | {"单位", "部门"}
    alternation = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    return re.compile(rf"(?:、[^、，。,；;\n]{{1,8}})*等(?:{alternation})")


def listed_among_bodies(doc: Doc, end: int) -> bool:
    """Whether a name is an item of a list closed by 等 and a kind of body or place, the
    kind a word of its own (not 等企业家) and not their people's (等企业负责人)."""
    index = doc_index(doc)
    m = bodies_list_end().match(index.text, end)
    if m is None or m.end() not in index.token_at_end:
        return False
    close = index.text.rfind("等", end, m.end())
    items = {i.span(1) for i in LIST_ITEM.finditer(index.text, end, close)}
    if any(
        p.label == Label.PERSON and end < p.start < m.end() and (p.start, p.end) not in items
        for p in candidates(doc)
    ):
        return False  # 甲、乙分别深入某镇、某乡等乡镇: people listed, then where they go
    after = index.token_at_start.get(m.end())
    people = word_list("person_roles.txt") | word_list("titles.txt")
    return after is None or doc[after].text not in people  # 等企业 | 负责人: people


def listed_among_things(doc: Doc, start: int, end: int) -> bool:
    """A name in a 、 list that holds a common word as an item and no other person
    (五味子、贝母、紫苏、菊花等中药材): the list names things, not people."""
    text = doc_index(doc).text
    if "、" not in text[start - 1 : end + 1]:
        return False
    clause = text[clause_opening(text, start) : clause_closing(text, end)]
    items = [i.split("等")[0] for i in clause.split("、")]
    others = [i for i in items if i != text[start:end]]
    people = {
        text[p.start : p.end]
        for p in candidates(doc)
        if p.label == Label.PERSON and (p.start, p.end) != (start, end)
    }
    return any(i in common_words() for i in others) and not any(
        p in i for i in others for p in people
    )


def after_township(doc: Doc, start: int) -> bool:
    """Whether a name stands right after a township or village the rules found (某镇 | 甲乙丙)."""
    if doc_index(doc).text[start - 1 : start] not in TOWNSHIPS:
        return False
    return any(
        c.end == start
        and c.label == Label.PLACE
        and c.source != NER_SOURCE
        and c.end - c.start > 2
        and doc_index(doc).text[c.end - 1] in TOWNSHIPS
        for c in candidates(doc)
    )


TOWNSHIPS = "镇乡村"
WHERE_ONE_LIVES = ("家住", "住在", "居住在", "位于", "地处")
LIST_MARKS = "、，,"
LIST_CLOSE = re.compile(r"[。，,；;]|等[\u4e00-\u9fff]{0,2}[。，,；;]|$")


def listed_after_body(doc: Doc, start: int, end: int) -> bool:
    """Whether a name closes a 、 list after a body (走访某公司、某中心、谷雨田鸢。): a site's
    name among sites, no person."""
    text = doc_index(doc).text
    if not text.endswith("、", 0, start) or not LIST_CLOSE.match(text, end):
        return False
    ends = {c.end: c.label for c in candidates(doc) if c.source != NER_SOURCE}
    return ends.get(start - 1) == Label.ORGANIZATION


def opens_firm_name(doc: Doc, end: int) -> bool:
    """Whether a name opens a firm's or a body's: the word right after it is a firm's
    trade (鲍鱼 | 科技), or one of the next four words, with no verb, title or mark before
    it, ends in a body's or a landmark's head (李家山 | 考古 | 工作站, 某某 | 国家 | 考古 |
    遗址公园)."""
    i = doc_index(doc).token_at_start.get(end)
    if i is None:
        return False
    if doc[i].text in word_list("firm_trades.txt"):
        return True
    heads = word_list("org_heads.txt") | word_list("landmark_heads.txt")
    for token in doc[i : i + 4]:
        word = token.text
        if not HAN.match(word) or is_boundary(word) or acts_on_names(word):
            return False
        if word in word_list("post_verbs.txt") or word in LEVELS or begins_body(word):
            return False  # 甲 | 任 | 某省委常委, 甲 | 县 | 政协: a post or a body of its own
        if longest_suffix(word, word_list("titles.txt")) or word in word_list("person_roles.txt"):
            return False  # 张三 | 书记, 李四 | 党支部书记: a title, not a body
        if len(word) > 1 and longest_suffix(word, heads):
            return True
    return False


def listed_between(doc: Doc, start: int, end: int) -> bool:
    """A name with a person and 、 before it and 、 or 等 after it, or heading such a list
    (任命李春雨、乙、丙等): a member of a list of people, whatever its words (not
    稳增长、惠民生、防风险)."""
    text = doc_index(doc).text
    people = [p for p in candidates(doc) if p.label == Label.PERSON]
    if text[end : end + 1] != "、":
        return text[end : end + 1] == "等" and after_listed_person(text, start, people)
    return after_listed_person(text, start, people) or any(
        p.start == end + 1 and text[p.end : p.end + 1] in ("、", "等") for p in people
    )


def after_listed_person(text: str, start: int, people: list[Candidate]) -> bool:
    return text[start - 1 : start] == "、" and any(p.end == start - 1 for p in people)


def cut_before_word(doc: Doc, end: int) -> bool:
    """A name whose last character opens a word with the segmenter's next piece (红山园 |
    艺场: 园艺场): the segmenter cut a longer name wrongly, no name ends there."""
    index = doc_index(doc)
    i = index.token_at_start.get(end)
    if i is None:
        return False
    after = doc[i].text
    common = word_list("common_words.txt")
    return (
        len(after) >= 2
        and HAN.match(after) is not None
        and after not in common
        and index.text[end - 1] + after[0] in common
    )


def inside_word(doc: Doc, start: int) -> bool:
    """A name that begins inside a word of the segmenter, after one of its characters
    (农 | 业公园 of 农业公园): the end of a longer name; not after a mark (；叶县)."""
    text = doc_index(doc).text
    return start not in doc_index(doc).token_at_start and bool(HAN.match(text[start - 1]))


def after_adverb(doc: Doc, c: Candidate) -> bool:
    """An unknown place with no suffix after the particle 地 (更好地 | 惠泽): 地 ends an
    adverb, and what follows it is a verb, never a place."""
    name = doc_index(doc).text[c.start : c.end]
    i = doc_index(doc).token_at_start.get(c.start)
    if not i or name in word_list("places.txt"):
        return False
    if longest_suffix(name, name_heads(Label.PLACE)):
        return False
    word = doc[i - 1].text
    return word == "地"


def begins_person(doc: Doc, c: Candidate) -> bool:
    """The first characters of a person the rules name, written here in full (李会 of
    李会平家): not a person of its own."""
    text = doc_index(doc).text
    return any(
        p.label == Label.PERSON
        and p.end - p.start > c.end - c.start
        and text.startswith(text[p.start : p.end], c.start)
        for p in candidates(doc)
        if p.source != NER_SOURCE
    )


def plausible_body(doc: Doc, start: int, end: int) -> bool:
    """A statistical organisation passes the rules' tests: no verb glued in front (与综治中心),
    no two bodies joined (养殖企业和电排站), not a head alone or a kind of body (法院,
    民政局); one without a known head is a proper word of three characters or more
    (人民网, not 林业)."""
    text = doc_index(doc).text
    name = text[start:end]
    heads = word_list("org_heads.txt")
    if short_form_of_earlier(doc, start, name):
        return True  # 代表团 after 江州市党政代表团: the same body, named short
    if body_prefix(name) or JOINED.search(name) or not names_a_body(text, start, end, heads):
        return False
    if after_a_word(doc, start):
        return False  # 新知 | 青艺社, 非物质 | 文化遗产研究基地: the end of a longer name
    head = longest_suffix(name, heads)
    if head is None:  # 人民网; not 林业, nor a person's name (赵某某 in a list of leaders)
        return (
            len(name) >= 3
            and end in doc_index(doc).token_at_end  # not 民生福 | 祉: a word cut
            and not titles_in().match(name)  # not 县长某某: a title and a name
            and name not in word_list("common_words.txt")
            and (len(name) > 3 or name.endswith(OUTLET_ENDS) or not model_person(name))
        )
    return not of_common_words(doc, start, end - len(head))


def plausible_place(name: str) -> bool:
    """A statistical place is a listed place, or a short proper word (帕米尔), or has a
    place's suffix on a stem of its own; not one character (湘), not a common word
    (太阳, 援疆), not a generic place (工业园区) nor a description (康养畲乡)."""
    if len(name) < 2 or name in word_list("generic_places.txt") or body_prefix(name):
        return False
    if longest_suffix(name, word_list("place_kinds.txt")):
        return False
    if name in word_list("places.txt"):
        return True
    suffix = longest_suffix(name, word_list("place_suffixes.txt"))
    if suffix:
        stem = name[: -len(suffix)]
        if len(stem) == 1:  # 眉县, 叶县; not 全县, 该县
            return suffix == "县" and stem not in DETERMINERS
        return stem not in word_list("common_words.txt")
    return len(name) <= 3 and name not in word_list("common_words.txt")
