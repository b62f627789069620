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

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import NER_SOURCE, Candidate, candidates
from kg.nlp.doc_index import doc_index
from kg.nlp.ner_names import (
    address_parts,
    as_listed_person,
    as_place,
    plausible,
    whole_name,
    whole_person,
)
from kg.records import Mention
from kg.schema import Label

PRIORITY = {
    "gazetteer": 9,
    "book_title": 8,
    "congress": 7,
    "observance": 7,
    "outlet": 6,
    "trigger_event": 6,
    "quoted_head": 5,
    "title_name": 5,
    "org_head": 4,
    "central_body": 4,
    "anaphor": 4,
    "quoted": 4,
    "place_suffix": 3,
    "place_list": 3,
    "body_list": 3,
    "trigger_head": 2,
    NER_SOURCE: 1,
}
CONTAINERS = {
    Label.ORGANIZATION: {Label.ORGANIZATION, Label.PLACE},
    Label.EVENT: {Label.ORGANIZATION, Label.PLACE},  # the body holding a meeting is named in it
}
ABOUT = "关于"  # 《甲关于…的通知》: 甲 issues it
ISSUER_MARKS = "、和"  # 《甲、乙关于…》
MAX_ISSUERS = 40  # how far into a title its issuers may run
FIRM_ENDS = ("有限公司", "有限责任公司", "集团")
SWALLOWERS = (
    Label.EVENT,
    Label.PROGRAMME,
)  # a longer event/programme name absorbs what it contains

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


@Language.factory("kg_mentions")
def make_mentions(nlp: Language, name: str):
    return select_mentions


def select_mentions(doc: Doc) -> Doc:
    """``doc._.mentions``: the chosen candidates, figures included (they never clash:
    a figure is read from the digits, whatever the names around it)."""
    figures = [c for c in candidates(doc) if c.label == Label.FIGURE]
    read = (as_listed_person(doc, as_place(doc, whole_name(doc, c))) for c in candidates(doc))
    pool = [
        whole_person(doc, c)
        for c in (part for c in read for part in address_parts(doc, c))
        if c.label != Label.FIGURE and (c.source != NER_SOURCE or plausible(doc, c))
    ]
    pool.sort(  # of two alike, the one read with its verb (召开…全会: held here)
        key=lambda c: (-PRIORITY.get(c.source, 0), -(c.end - c.start), c.start, c.trigger is None)
    )
    chosen: list[Candidate] = []
    text = doc_index(doc).text
    for c in pool:
        clashes = [k for k in chosen if conflicts(c, k, text)]
        clashes = [k for k in clashes if not named_in_document(k, c, text)]
        if (
            clashes
            and c.label in SWALLOWERS
            and all(c.start <= k.start and k.end <= c.end for k in clashes)
            and not any((k.start, k.end) == (c.start, c.end) for k in clashes)  # same span: rank
        ):
            chosen = [k for k in chosen if k not in clashes]
        elif clashes:
            continue
        chosen.append(c)
    doc._.mentions = sorted(chosen, key=lambda c: (c.start, -c.end)) + figures
    return doc


def conflicts(new: Candidate, kept: Candidate, text: str) -> bool:
    """Whether ``new`` (lower priority) cannot stand beside ``kept``."""
    if new.end <= kept.start or kept.end <= new.start:
        return False
    if named_in_document(new, kept, text) or named_in_document(kept, new, text):
        return False  # 国务院安全生产督导组 | 督查…整改方案: the body stays a body
    if new.source == NER_SOURCE and (
        starts_body(new, kept) or opens_unit(new, kept) or opens_firm(kept, new, text)
    ):
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


def holds_event(a: Candidate | Mention, b: Candidate | Mention) -> bool:
    """An organisation at the start of an event's name: the body that holds it (read on
    candidates here, on mentions by kg.extract.settle)."""
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


def opens_unit(new: Candidate, kept: Candidate) -> bool:
    """A statistical organisation that goes on past a central body the rules read
    (全国人大 | 民委): a unit of that body, named whole."""
    return (
        kept.label == new.label == Label.ORGANIZATION
        and new.start == kept.start
        and new.end > kept.end
        and kept.source == "central_body"
    )


def opens_firm(place: Candidate, firm: Candidate, text: str) -> bool:
    """A rule's place at the start of a firm's name the statistical NER read whole (某市 |
    中澳贸易有限公司, where the rules cut the name at a one-character word): the place
    the firm is in, the firm a name."""
    return (
        place.label == Label.PLACE
        and firm.label == Label.ORGANIZATION
        and text[firm.start : firm.end].endswith(FIRM_ENDS)
        and place.start == firm.start
        and place.end < firm.end
    )


def named_in_document(inner: Candidate, outer: Candidate, text: str) -> bool:
    """A body or place named in a programme found by its verb and head (研究了 |
    国务院安全生产督导组督查…整改方案), or a body that issues a document, named in its
    title before 关于 (《某县县委、某县人民政府关于…的决定》): unlike a quoted name, the
    programme does not absorb it."""
    if not (
        outer.label == Label.PROGRAMME
        and inner.label in (Label.ORGANIZATION, Label.PLACE)
        and outer.start <= inner.start
        and inner.end <= outer.end
    ):
        return False
    return outer.source == "trigger_head" or (
        outer.source == "book_title"
        and inner.label == Label.ORGANIZATION
        and issuer_at(text, outer.start, inner.end)
    )


def issuer_at(text: str, title_start: int, end: int) -> bool:
    """Whether a body ending at ``end`` stands among the issuers a document's title opens
    with (《甲、乙关于…》): only bodies and their marks between the 《 and 关于. (Whether they
    ISSUED it is left unsaid: dev's gold names such a body without the relation.)"""
    about = text.find(ABOUT, title_start, title_start + MAX_ISSUERS)
    return about >= end and (about == end or text[end] in ISSUER_MARKS)
