"""Whether a name's words are ordinary ones: made only of common words (of two characters
or more) and generic qualifiers, with no proper word that would name one thing (民政,
县城中心, 软弱涣散村). kg.extract.plausible and kg.extract.roles judge names by it."""

from __future__ import annotations

import functools

from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.lexicon import word_list


def ordinary(stem: str, words: frozenset[str]) -> bool:
    """Whether ``stem`` is made only of ``words`` (ordinary ones, not places nor with a
    level's character) and generic qualifiers."""
    return made_of(stem, id(words), words)


@functools.lru_cache(maxsize=8192)
def made_of(stem: str, key: int, words: frozenset[str]) -> bool:
    """Whether ``stem`` is empty or made only of ordinary words (of two characters or
    more: one character is as often a proper name's) and generic qualifiers
    (民政, 县城中心, 软弱涣散村): no proper word that would name one thing."""
    if not stem:
        return True
    qualifiers, places = word_list("generic_qualifiers.txt"), word_list("places.txt")
    return any(
        (stem[:k] in qualifiers or (k > 1 and common(stem[:k], words, places)))
        and made_of(stem[k:], key, words)
        for k in range(len(stem), 0, -1)
    )


def common(word: str, words: frozenset[str], places: frozenset[str]) -> bool:
    return word in words and word not in places and not any(c in LEVELS for c in word)
