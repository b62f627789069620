"""Readers for the three NER training corpora, each yielding plain ``Sentence``s.

Each reader only parses its format and maps the corpus labels onto the kg
labels (Person, Organization, Place, Title); decisions that involve more than
one corpus live in kg.training.harmonise. Spans are character offsets,
end-exclusive. ``missing`` marks text whose annotation we do not trust either
way (a dropped label), so training neither rewards nor punishes entities there.
The corpus files are found in the shared data folder (kg.training.data) when a
reader is called without a path, never at import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.training.data import shared_data_dir

# The corpus files, relative to the shared data folder.
CLUENER = Path("cluener2020", "train.json")
MSRA = Path("msra_ner", "msra_train_bio")
PEOPLES_DAILY = Path("peoples_daily_1998_pku", "199801.txt")

# CLUENER ``address`` spans are whole postal addresses ("北京市海淀区中关村大街27号"),
# while MSRA and the People's Daily tag each place name ("北京市", "海淀区") on its
# own; teaching both granularities as Place would contradict itself, and
# calling them "not a place" would be wrong too, so their text is left
# unannotated (missing). The same holds for book/game/movie/scene, whose titles
# and scenic spots may contain names the other corpora tag.
CLUENER_LABELS = {
    "name": "Person",
    "organization": "Organization",
    "government": "Organization",
    "company": "Organization",
    "position": "Title",
}
CLUENER_MISSING = {"address", "book", "game", "movie", "scene"}
MSRA_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
PEOPLES_DAILY_LABELS = {"nr": "Person", "ns": "Place", "nt": "Organization"}


@dataclass
class Sentence:
    """A training sentence: its text, gold entity spans, and unannotated spans."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)


def corpus_path(relative: Path) -> Path:
    """A corpus file (``CLUENER``, ``MSRA``, ``PEOPLES_DAILY``) in the shared data folder."""
    return shared_data_dir() / relative


def read_cluener(path: Path | None = None) -> Iterator[Sentence]:
    """CLUENER2020 JSON lines; its offsets are end-inclusive."""
    with open(path or corpus_path(CLUENER), encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            sentence = Sentence(record["text"])
            for label, entities in record.get("label", {}).items():
                for offsets in entities.values():
                    for start, end in offsets:
                        if label in CLUENER_LABELS:
                            sentence.spans.append((start, end + 1, CLUENER_LABELS[label]))
                        elif label in CLUENER_MISSING:
                            sentence.missing.append((start, end + 1))
                        else:
                            raise ValueError(f"unknown CLUENER label {label!r}")
            sentence.spans.sort()
            sentence.missing.sort()
            yield sentence


def read_msra(path: Path | None = None) -> Iterator[Sentence]:
    """MSRA NER: one ``char<TAB>BIO-tag`` line per character, blank line between sentences."""
    chars: list[str] = []
    tags: list[str] = []
    with open(path or corpus_path(MSRA), encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line:
                char, tag = line.split("\t")
                chars.append(char)
                tags.append(tag)
            elif chars:
                yield _bio_sentence(chars, tags)
                chars, tags = [], []
    if chars:
        yield _bio_sentence(chars, tags)


def _bio_sentence(chars: list[str], tags: list[str]) -> Sentence:
    sentence = Sentence("".join(chars))
    start = None
    label = None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            sentence.spans.append((start, i, MSRA_LABELS[label]))
            start = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return sentence


_PD_TOKEN = re.compile(r"^(\[?)(.+)/([A-Za-z]+)(?:\]([A-Za-z]+))?$")
_PD_SENTENCE_END = {"。", "！", "？"}


def read_peoples_daily(path: Path | None = None) -> Iterator[Sentence]:
    """People's Daily 1998-01 (PKU ``word/POS``), split into sentences at 。！？.

    Adjacent ``nr`` words form one Person (surname and given name are separate
    words); ``[...]nt``/``[...]ns`` compounds are one entity and their inner
    words are not tagged again; other bracketed compounds are read word by word.
    """
    with open(path or corpus_path(PEOPLES_DAILY), encoding="utf-8") as lines:
        for line in lines:
            tokens = line.split()
            if not tokens:
                continue
            yield from _pd_paragraph(tokens[1:])  # tokens[0] is the paragraph id


def _pd_paragraph(tokens: list[str]) -> Iterator[Sentence]:
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    bracket_start = None
    sentence_start = 0
    for token in tokens:
        match = _PD_TOKEN.match(token)
        if match is None:
            raise ValueError(f"unparsable People's Daily token {token!r}")
        opens, word, pos, closing = match.groups()
        if opens:
            bracket_start, bracket_spans = length, len(spans)
        start = length
        text.append(word)
        length += len(word)
        if pos in PEOPLES_DAILY_LABELS:
            label = PEOPLES_DAILY_LABELS[pos]
            if label == "Person" and spans and spans[-1][1] == start and spans[-1][2] == "Person":
                spans[-1] = (spans[-1][0], length, label)
            else:
                spans.append((start, length, label))
        if closing is not None:
            if closing in PEOPLES_DAILY_LABELS and bracket_start is not None:
                del spans[bracket_spans:]
                spans.append((bracket_start, length, PEOPLES_DAILY_LABELS[closing]))
            bracket_start = None
        if word in _PD_SENTENCE_END and bracket_start is None:
            yield _pd_sentence("".join(text), spans, sentence_start)
            text, spans, sentence_start = [], [], length
    if text:
        yield _pd_sentence("".join(text), spans, sentence_start)


def _pd_sentence(text: str, spans: list[tuple[int, int, str]], offset: int) -> Sentence:
    return Sentence(text, [(s - offset, e - offset, label) for s, e, label in spans])
