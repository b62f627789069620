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

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import NER_SOURCE, Candidate, body_prefix, boundary_prefix, candidates
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
        c
        for c in candidates(doc)
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


def plausible(doc: Doc, c: Candidate) -> bool:
    """Whether a statistical name is one kg keeps: a label the rules do not own (titles
    are theirs), no verb glued in front (构建市), not a person made of ordinary words
    (查 | 根源), nor one kg.nlp.person_names.model_person refuses."""
    if c.label not in NER_LABELS or boundary_prefix(doc_index(doc).text[c.start : c.end]):
        return False
    if c.label == Label.PERSON:
        if not model_person(doc_index(doc).text[c.start : c.end]):
            return False  # 刘 (of 刘某), 刘黎), 齐聚: see kg.nlp.person_names
        words = doc.char_span(c.start, c.end, alignment_mode="expand")
        return len(words) < 2 or not any(
            len(t.text) > 1 and t.text in word_list("common_words.txt") for t in words
        )
    if c.label == Label.ORGANIZATION:
        return plausible_body(doc, c.start, c.end)
    return plausible_place(doc_index(doc).text[c.start : c.end])


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
    if head is None:
        return len(name) >= 3 and name not in word_list("common_words.txt")
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
        and outer.start <= inner.start
        and inner.end <= outer.end
    )
