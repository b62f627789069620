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

from kg.nlp.candidates import NER_SOURCE, Candidate, boundary_prefix, candidates
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import word_list
from kg.nlp.person_names import model_person
from kg.schema import Label

PRIORITY = {
    "gazetteer": 9,
    "book_title": 8,
    "congress": 7,
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
    return True


def conflicts(new: Candidate, kept: Candidate) -> bool:
    """Whether ``new`` (lower priority) cannot stand beside ``kept``."""
    if new.end <= kept.start or kept.end <= new.start:
        return False
    if (new.start, new.end) == (kept.start, kept.end) or new.source == NER_SOURCE:
        return True  # the statistical NER only fills gaps the rules leave
    if kept.start <= new.start and new.end <= kept.end:  # new inside kept
        return new.label not in CONTAINERS.get(kept.label, ())
    if new.start <= kept.start and kept.end <= new.end:  # kept inside new
        return kept.label not in CONTAINERS.get(new.label, ())
    return True
