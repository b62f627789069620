"""One object for each distinct value: the graph's repeated strings kept once.

Why: a 100k-article graph holds millions of attribute values, most of them
repeats (relationship types, verbs, titles, units, a paper's name; an
article's evidence sentence on each relationship read from it). Decoded from
the spool, each repeat is a string object of its own; the graph needs only one.
"""

from __future__ import annotations

from collections.abc import Iterable


class Interner:
    """The first string given for each value, handed back for every equal string after it."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def one(self, value: str) -> str:
        return self.seen.setdefault(value, value)

    def values(self, attrs: dict, keys: Iterable[str]) -> dict:
        """``attrs`` with the strings under ``keys`` replaced, in place, by their one object
        (strings only: 0.0 is -0.0 and 1 is 1.0 to a dict, not to a file)."""
        for k in keys:
            if isinstance(attrs.get(k), str):
                attrs[k] = self.one(attrs[k])
        return attrs
