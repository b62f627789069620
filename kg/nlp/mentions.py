"""Choose the final mentions from the rule candidates and the statistical NER.

Candidates may nest (an organisation inside an organisation, a place inside
an organisation): nesting is kept, since PART_OF and LOCATED_IN are read from
it. Crossing spans and identical spans are settled by source priority, then
length. Names nested inside a programme or person name are dropped:
“非公党工委+行业党委”工作模式 is one programme, not two organisations; an event
keeps the body and place named in it (第十六届人民政府 in 第十六届人民政府第32次
常务会议: the body whose officials attend, kg.extract.posts).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import (
    HAN,
    NER_SOURCE,
    Candidate,
    body_prefix,
    boundary_prefix,
    candidates,
    is_boundary,
)
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import longest_suffix, word_list
from kg.nlp.organizations import names_a_body, of_common_words
from kg.nlp.person_names import model_person
from kg.schema import Label

PRIORITY = {
    "gazetteer": 9,
    "book_title": 8,
    "congress": 7,
    "outlet": 6,
    "trigger_event": 6,
    "quoted_head": 5,
    "title_name": 5,
    "org_head": 4,
    "anaphor": 4,
    "quoted": 4,
    "place_suffix": 3,
    "place_list": 3,
    "trigger_head": 2,
    NER_SOURCE: 1,
}
CONTAINERS = {
    Label.ORGANIZATION: {Label.ORGANIZATION, Label.PLACE},
    Label.EVENT: {Label.ORGANIZATION, Label.PLACE},  # the body holding a meeting is named in it
}
SWALLOWERS = (
    Label.EVENT,
    Label.PROGRAMME,
)  # a longer event/programme name absorbs what it contains
JOINED = re.compile(r"[和与及、]")  # 养殖企业和电排站: two bodies, not one
DETERMINERS = "全该本我各此这那每"
NER_LABELS = {Label.PERSON, Label.ORGANIZATION, Label.PLACE}
HEAD_LISTS = {
    Label.ORGANIZATION: ("org_heads.txt",),
    Label.PLACE: ("place_suffixes.txt", "landmark_heads.txt"),
}
MAX_ADDED = 8  # characters a cut name may be completed by
MAX_PLACE_STEM = 3  # 某某 | 巨日合 | 嘎查: what a place's cut name lacks before its suffix
COUNTS = "一二两三四五六七八九十几多数各"  # 抚顺 | 两市: a count of places, not one
OUTLET_ENDS = ("网", "报", "台")  # 齐鲁网: an outlet, though it begins like a person's name

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


@Language.factory("kg_mentions")
def make_mentions(nlp: Language, name: str):
    return select_mentions


def select_mentions(doc: Doc) -> Doc:
    """``doc._.mentions``: the chosen candidates, figures included (they never clash:
    a figure is read from the digits, whatever the names around it)."""
    figures = [c for c in candidates(doc) if c.label == Label.FIGURE]
    pool = [
        whole_person(doc, c)
        for c in (whole_name(doc, c) for c in candidates(doc))
        if c.label != Label.FIGURE and (c.source != NER_SOURCE or plausible(doc, c))
    ]
    pool.sort(key=lambda c: (-PRIORITY.get(c.source, 0), -(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    for c in pool:
        clashes = [k for k in chosen if conflicts(c, k)]
        clashes = [k for k in clashes if not named_in_document(k, c)]
        if (
            clashes
            and c.label in SWALLOWERS
            and all(c.start <= k.start and k.end <= c.end for k in clashes)
        ):
            chosen = [k for k in chosen if k not in clashes]
        elif clashes:
            continue
        chosen.append(c)
    doc._.mentions = sorted(chosen, key=lambda c: (c.start, -c.end)) + figures
    return doc


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
    """A statistical person cut at the dot of its token, made whole (艾则孜 | ·木沙)."""
    if c.source != NER_SOURCE or c.label != Label.PERSON:
        return c
    index = doc_index(doc)
    i = index.token_at_start.get(c.start)
    end = index.token_spans[i][1] if i is not None else c.end
    return replace(c, end=end) if end > c.end and index.text[c.end] == "·" else c


def plausible(doc: Doc, c: Candidate) -> bool:
    """Whether a statistical name is one kg keeps: a label the rules do not own (titles
    are theirs), no verb glued in front (构建市), not a person made of ordinary words
    (查 | 根源), nor one kg.nlp.person_names.model_person refuses."""
    name = doc_index(doc).text[c.start : c.end]
    if c.label not in NER_LABELS or boundary_prefix(name):
        return False
    if c.label == Label.PERSON:
        if not model_person(name) or begins_person(doc, c):
            return False  # 刘 (of 刘某), 刘黎), 齐聚: see kg.nlp.person_names; 李会 | 平
        words = doc.char_span(c.start, c.end, alignment_mode="expand")
        return len(words) < 2 or not any(
            len(t.text) > 1 and t.text in word_list("common_words.txt") for t in words
        )
    if c.label == Label.ORGANIZATION:
        return plausible_body(doc, c.start, c.end)
    return not inside_word(doc, c.start) and plausible_place(name)


def inside_word(doc: Doc, start: int) -> bool:
    """A name that begins inside a word of the segmenter, after one of its characters
    (农 | 业公园 of 农业公园): the end of a longer name; not after a mark (；叶县)."""
    text = doc_index(doc).text
    return start not in doc_index(doc).token_at_start and bool(HAN.match(text[start - 1]))


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
    head = longest_suffix(name, heads)
    if head is None:  # 人民网; not 林业, nor a person's name (赵某某 in a list of leaders)
        return (
            len(name) >= 3
            and name not in word_list("common_words.txt")
            and (len(name) > 3 or name.endswith(OUTLET_ENDS) or not model_person(name))
        )
    return not of_common_words(doc, start, end - len(head))


def short_form_of_earlier(doc: Doc, start: int, name: str) -> bool:
    """Whether a longer organisation proposed earlier in the text ends with this name."""
    return len(name) >= 2 and any(
        c.label == Label.ORGANIZATION
        and c.end <= start
        and c.end - c.start > len(name)
        and doc_index(doc).text[c.start : c.end].endswith(name)
        for c in candidates(doc)
        if c.source != NER_SOURCE
    )


def plausible_place(name: str) -> bool:
    """A statistical place is a listed place, or a short proper word (帕米尔), or has a
    place's suffix on a stem of its own; not one character (湘), not a common word
    (太阳, 援疆), not a generic place (工业园区)."""
    if len(name) < 2 or name in word_list("generic_places.txt") or body_prefix(name):
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


def conflicts(new: Candidate, kept: Candidate) -> bool:
    """Whether ``new`` (lower priority) cannot stand beside ``kept``."""
    if new.end <= kept.start or kept.end <= new.start:
        return False
    if named_in_document(new, kept) or named_in_document(kept, new):
        return False  # 国务院安全生产督导组 | 督查…整改方案: the body stays a body
    if new.source == NER_SOURCE and starts_body(new, kept):
        return False  # 国务院 | 安全生产督导组: what PART_OF is read from
    if (new.start, new.end) == (kept.start, kept.end) or new.source == NER_SOURCE:
        return True  # the statistical NER only fills gaps the rules leave
    if Label.EVENT in (new.label, kept.label) and holds_event(new, kept):
        return False  # 中共涡阳县委 | 十一届十四次全会: the body holding it
    if kept.start <= new.start and new.end <= kept.end:  # new inside kept
        return new.label not in CONTAINERS.get(kept.label, ())
    if new.start <= kept.start and kept.end <= new.end:  # kept inside new
        return kept.label not in CONTAINERS.get(new.label, ())
    return True


def holds_event(a: Candidate, b: Candidate) -> bool:
    """An organisation at the start of an event's name: the body that holds it."""
    org, event = (a, b) if a.label == Label.ORGANIZATION else (b, a)
    return (
        org.label == Label.ORGANIZATION
        and event.label == Label.EVENT
        and org.start == event.start
        and org.end < event.end
    )


def starts_body(new: Candidate, kept: Candidate) -> bool:
    """A statistical organisation or place that begins a rule body's longer name."""
    return (
        kept.label == Label.ORGANIZATION
        and new.label in (Label.ORGANIZATION, Label.PLACE)
        and new.start == kept.start
        and new.end < kept.end
    )


def named_in_document(inner: Candidate, outer: Candidate) -> bool:
    """A body or place named in a programme found by its verb and head (研究了 |
    国务院安全生产督导组督查…整改方案): unlike a quoted name, the programme does not
    absorb it."""
    return (
        outer.label == Label.PROGRAMME
        and outer.source == "trigger_head"
        and inner.label in (Label.ORGANIZATION, Label.PLACE)
        and inner.source != NER_SOURCE
        and outer.start <= inner.start
        and inner.end <= outer.end
    )
