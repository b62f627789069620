"""Word lists the rule components read: shipped genre data plus the user's gazetteer.

Shipped lists live in ``kg/nlp/data`` (boundary words, surnames and places are
derived from People's Daily by scripts/build_lexicons.py; heads, titles and
triggers are written for the genre). Each list is read once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).parent / "data"


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """A word list from kg/nlp/data: words separated by lines or spaces, ``#`` starts a comment."""
    return frozenset(w for line in read_lines(DATA / name) for w in line.split())


@functools.cache
def last_characters(*names: str) -> frozenset[str]:
    """The characters the words of these lists end with: a cheap first test per token."""
    return frozenset(w[-1] for name in names for w in word_list(name))


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated table from kg/nlp/data, one row per line, comments skipped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in read_lines(DATA / name))


def read_lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            out.append(line.strip("\n"))
    return out


def longest_suffix(word: str, suffixes: frozenset[str]) -> str | None:
    """The longest entry of ``suffixes`` (of 8 characters at most) that ``word`` ends with."""
    for k in range(min(len(word), longest_entry(suffixes)), 0, -1):
        if word[-k:] in suffixes:
            return word[-k:]
    return None


@functools.cache
def longest_entry(words: frozenset[str]) -> int:
    """How long the longest of ``words`` is, 8 at most: the suffixes worth trying."""
    return min(max(map(len, words), default=0), 8)


@functools.cache
def ordered_words(name: str) -> tuple[str, ...]:
    """A word list from kg/nlp/data, longest words first: the order affixes are tried in."""
    return tuple(sorted(sorted(word_list(name)), key=len, reverse=True))


@functools.cache
def affixes(name: str, min_len: int = 1) -> tuple[str, ...]:
    """The words of list ``name`` (of ``min_len`` characters or more) as one tuple, for a
    single ``startswith``/``endswith`` call instead of one per word."""
    return tuple(sorted(w for w in word_list(name) if len(w) >= min_len))


@functools.cache
def word_lists(*names: str) -> frozenset[str]:
    """The words of several lists as one set, made once (not a new union per call)."""
    return frozenset().union(*map(word_list, names))


@functools.cache
def _places_by_length(name: str) -> tuple[tuple[int, dict[str, int]], ...]:
    """``ordered_words(name)`` grouped by length, longest first; each word with its place in
    its group (the groups keep ``ordered_words``' order)."""
    groups: dict[int, dict[str, int]] = {}
    for w in ordered_words(name):
        group = groups.setdefault(len(w), {})
        group[w] = len(group)
    return tuple(groups.items())


def strip_in_turn(words: str, name: str) -> str:
    """``words`` less each word of list ``name`` it ends with, tried in turn, longest first.

    The same as ``for w in ordered_words(name): if words.endswith(w): words = words[:-len(w)]``
    without an ``endswith`` per word of the list: of the words of one length only the one
    equal to ``words``' ending can match, and it is stripped when the loop would reach it
    (it stands after the last one stripped of that length).
    """
    for n, place in _places_by_length(name):
        after = 0
        while (k := place.get(words[-n:], -1)) >= after:
            words, after = words[:-n], k + 1
    return words


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, so 副市长 wins over 市长."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def pattern_of(words: Iterable[str]) -> re.Pattern:
    return re.compile(alternation(words))
