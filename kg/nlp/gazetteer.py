"""The user's dictionary: names kg must know (a new bureau, a local company, an official).

A UTF-8 TSV, one entry per line: ``name<TAB>label[<TAB>alias|alias…]`` with a
label of shared/SCHEMA.md (Person, Organization, Place, Programme, Event).
Given by the component's ``path`` setting or ``KG_GAZETTEER``; read when the
pipeline is built. Every occurrence of a name or alias becomes a candidate
that outranks the rules, with the entry's name as its canonical name.
"""

from __future__ import annotations

import os
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import UsageError
from kg.nlp.candidates import propose
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import pattern_of
from kg.schema import ENTITY_LABELS


class GazetteerError(UsageError, ValueError):
    """A malformed gazetteer line; the message names the file and line."""


def read_gazetteer(path: Path) -> dict[str, tuple[str, str]]:
    """surface form -> (label, canonical name)."""
    entries: dict[str, tuple[str, str]] = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(
            f"{path}: cannot read the gazetteer ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or cols[1] not in ENTITY_LABELS or not cols[0]:
            raise GazetteerError(
                f"{path}:{lineno}: expected name<TAB>label with a label among "
                f"{', '.join(ENTITY_LABELS)}"
            )
        for form in [cols[0]] + [a for a in (cols[2].split("|") if len(cols) > 2 else []) if a]:
            entries[form] = (cols[1], cols[0])
    return entries


@Language.factory("kg_gazetteer", default_config={"path": ""})
def make_gazetteer(nlp: Language, name: str, path: str):
    source = path or os.environ.get("KG_GAZETTEER", "")
    return Gazetteer(read_gazetteer(Path(source)) if source else {})


class Gazetteer:
    def __init__(self, entries: dict[str, tuple[str, str]]):
        self.entries = entries
        self.pattern = pattern_of(entries) if entries else None

    def __call__(self, doc: Doc) -> Doc:
        if self.pattern is not None:
            for m in self.pattern.finditer(doc_index(doc).text):
                label, canonical = self.entries[m.group(0)]
                propose(doc, m.start(), m.end(), label, "gazetteer", canonical=canonical)
        return doc
