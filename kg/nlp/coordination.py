"""Members of a list share the label of a named member: …平台及抖音、快手等新媒体平台.

Chinese lists (A、B及C等) are homogeneous: when one member is a known body or
place, a short bare member beside it (2-8 Han characters, not a word that
ends names) is the same kind of thing. Runs after kg_mentions on its choice.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import Candidate, is_boundary
from kg.nlp.doc_index import doc_index
from kg.schema import Label

LISTED = (Label.ORGANIZATION, Label.PLACE)
JOINERS = "、及和与"
MEMBER = re.compile(r"[\u4e00-\u9fff]{2,8}")


@Language.factory("kg_coordination")
def make_coordination(nlp: Language, name: str):
    return extend_lists


def extend_lists(doc: Doc) -> Doc:
    text = doc_index(doc).text
    mentions = doc._.mentions or []
    figures = [c for c in mentions if c.label == Label.FIGURE]
    chosen = [c for c in mentions if c.label != Label.FIGURE]
    taken = [(c.start, c.end) for c in chosen]
    added = []
    for c in chosen:
        if c.label not in LISTED or c.source == "anaphor":
            continue
        pos = c.end
        while pos < len(text) and text[pos] in JOINERS:
            m = MEMBER.match(text, pos + 1)
            if not m:
                break
            end = m.end()
            cut = re.search(r"等|[、及和与]", m.group(0))
            if cut:
                end = m.start() + cut.start()
            member = text[m.start() : end]
            if (
                len(member) < 2
                or is_boundary(member)
                or end >= len(text)
                or text[end] not in JOINERS + "等"
                or any(s < end and m.start() < e for s, e in taken)
            ):
                break
            added.append(Candidate(m.start(), end, c.label, "coordination"))
            taken.append((m.start(), end))
            pos = end
    doc._.mentions = sorted(chosen + added, key=lambda c: (c.start, -c.end)) + figures
    return doc
