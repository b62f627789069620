"""Turn a file's bytes into text: UTF-8 (with or without BOM) or GB18030/GBK.

Chinese government sites still serve GBK; GB18030 is its superset, so one
strict decode covers both. Anything that is neither, or looks binary, is
rejected with a reason the user can act on.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from kg.errors import KgError

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# what XML 1.0 forbids (GraphML could not be read back) and no text means: C0 and C1
# control characters but tab and line feed, DEL, and the noncharacters U+FFFE and U+FFFF
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


class DecodeError(KgError, ValueError):
    """The bytes are not text kg can read; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


CUT_SHORT = "the file ends inside a character (was it cut short?); read up to there"


def has_words(text: str) -> bool:
    """Any letter or digit at all (Han characters are letters): not just spaces, zero-width
    characters, punctuation or control characters."""
    return any(ch.isalnum() for ch in text)


class Decoded(NamedTuple):
    text: str
    encoding: str
    cut_short: bool = False  # the bytes end inside a UTF-8 character: the file was cut short


BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(data: bytes) -> Decoded:
    """The text, its encoding, and whether it was cut short; raise DecodeError for empty,
    binary or undecodable bytes.

    A byte-order mark decides (UTF-8, or UTF-16 as Windows Notepad saves "Unicode", which
    is full of NUL bytes and would otherwise read as binary); else UTF-8, else GB18030.
    UTF-8 that breaks off inside its last character (a copy or download cut short) is read
    up to there rather than mistaken for GB18030.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in BOMS:
        # UTF-16 only when it has the NUL bytes of its ASCII (line ends, punctuation): two
        # stray bytes FF FE in front of garbage are no byte-order mark
        if data.startswith(bom) and (enc != "utf-16" or b"\x00" in data[:8192]):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError:
                raise DecodeError(
                    f"cannot decode as {enc.upper()}, as its byte-order mark says"
                ) from None
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8", cut_short=True)
    try:
        return Decoded(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        raise DecodeError("cannot decode as UTF-8 or GB18030/GBK") from None


def mend_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone UTF-16 surrogate (a JSON ``"\\ud800"`` escape: half a pair, no
    character, and unwritable as UTF-8) replaced by U+FFFD; and how many there were."""
    return LONE_SURROGATE.subn("\ufffd", text)


def unify_line_breaks(text: str) -> str:
    """CR LF, lone CR (old Mac files), vertical tab, form feed (a page break) and Unicode's
    line and paragraph separators as ``\\n``, the only line break the page splitter and the
    sentence splitter know."""
    return LINE_BREAKS.sub("\n", text)


def cleaned(text: str) -> tuple[str, int]:
    """``text`` with its line breaks unified and the control characters no text means (an
    escape sequence pasted from a terminal, a NUL) removed; and how many were removed.
    They would make the GraphML unreadable: XML 1.0 cannot hold them."""
    return CONTROLS.subn("", unify_line_breaks(text))


def removed_note(count: int) -> str:
    return f"removed {count} control character(s) (U+0000-U+001F, U+007F-U+009F) it holds"


def readable_name(path: str | os.PathLike) -> str:
    """A file's path as text that can be written out: a name whose bytes are not UTF-8 (a
    GBK name from a Windows archive) is read as GB18030 when it is that, else with U+FFFD.

    Python keeps such bytes as lone surrogates (``\\udcff``), which no UTF-8 file, hash or
    terminal takes: an article titled or sourced after its file would fail the batch.
    """
    name = os.fspath(path)
    if not LONE_SURROGATE.search(name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")
