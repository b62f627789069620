"""What the readers tell the user about one input: an error (the input, or part of it, is
not built) or a note (it is built, but not quite as written).

Why two kinds: a JSONL line with one broken character, or an article so long that it is
read in pieces, is still built; the user must hear of it, but the batch did not fail
there, so the exit status stays 0. Both name the input (file, and line where there is one).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import KgError


@dataclass
class InputError(KgError):
    """One input that could not be read: the file (and line) and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class InputNote:
    """One input built with a change the user should know of: the file (and line) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
