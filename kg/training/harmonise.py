"""Cross-corpus fixes that keep the three corpora from contradicting each other.

Each corpus leaves unannotated something another corpus annotates: CLUENER has
no label for plain place names ("中国", "北京市") and MSRA/People's Daily have no
Title. Read literally, those would teach the model that such text is *not* an
entity. Strings the other corpora label are therefore marked missing
(unannotated) where they occur untagged, so they carry no signal either way.
CLUENER also labels only some repeats of an entity string within a sentence;
the unlabelled repeats are labelled like the first.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.training.corpora import Sentence

MIN_LENGTH = 2  # single characters ("京", "长") are too ambiguous to match blindly
MAX_LENGTH = 10


def _free(taken: list[bool], start: int, end: int) -> bool:
    return not any(taken[start:end])


def _occupied(sentence: Sentence) -> list[bool]:
    taken = [False] * len(sentence.text)
    for start, end, *_ in sentence.spans + sentence.missing:
        taken[start:end] = [True] * (end - start)
    return taken


def label_repeats(sentence: Sentence) -> None:
    """Label every untagged repeat of a labelled string (CLUENER tags only some)."""
    taken = _occupied(sentence)
    for start, end, label in list(sentence.spans):
        entity = sentence.text[start:end]
        if len(entity) < MIN_LENGTH:
            continue
        at = sentence.text.find(entity)
        while at != -1:
            if _free(taken, at, at + len(entity)):
                sentence.spans.append((at, at + len(entity), label))
                taken[at : at + len(entity)] = [True] * len(entity)
            at = sentence.text.find(entity, at + 1)
    sentence.spans.sort()


def mark_missing(sentence: Sentence, names: set[str]) -> None:
    """Mark untagged occurrences of ``names`` missing, longest match first."""
    text = sentence.text
    taken = _occupied(sentence)
    i = 0
    while i < len(text):
        for length in range(min(MAX_LENGTH, len(text) - i), MIN_LENGTH - 1, -1):
            if text[i : i + length] in names and _free(taken, i, i + length):
                sentence.missing.append((i, i + length))
                i += length
                break
        else:
            i += 1
    sentence.missing.sort()


def names_with_label(sentences: Iterable[Sentence], label: str) -> set[str]:
    """The distinct strings tagged ``label`` in ``sentences``."""
    return {
        s.text[a:b]
        for s in sentences
        for a, b, tag in s.spans
        if tag == label and MIN_LENGTH <= b - a <= MAX_LENGTH
    }


def harmonise(corpora: dict[str, list[Sentence]]) -> None:
    """Apply the fixes in place to the ``cluener``, ``msra`` and ``peoples_daily`` lists."""
    for sentence in corpora["cluener"]:
        label_repeats(sentence)
    places = names_with_label(corpora["msra"] + corpora["peoples_daily"], "Place")
    titles = names_with_label(corpora["cluener"], "Title")
    for sentence in corpora["cluener"]:
        mark_missing(sentence, places)
    for name in ("msra", "peoples_daily"):
        for sentence in corpora[name]:
            mark_missing(sentence, titles)
