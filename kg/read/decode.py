"""Turn a file's bytes into text: UTF-8 (with or without BOM) or GB18030/GBK.

Chinese government sites still serve GBK; GB18030 is its superset, so one
strict decode covers both. Anything that is neither, or looks binary, is
rejected with a reason the user can act on.
"""

from __future__ import annotations

import re

from kg.errors import KgError

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


class DecodeError(KgError, ValueError):
    """The bytes are not text kg can read; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise DecodeError for empty, binary or undecodable bytes."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "gb18030")
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    for enc in encodings:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise DecodeError("cannot decode as UTF-8 or GB18030/GBK")


def mend_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone UTF-16 surrogate (a JSON ``"\\ud800"`` escape: half a pair, no
    character, and unwritable as UTF-8) replaced by U+FFFD; and how many there were."""
    return LONE_SURROGATE.subn("\ufffd", text)


def unify_line_breaks(text: str) -> str:
    """CR LF, lone CR (old Mac files) and Unicode's line and paragraph separators as ``\\n``,
    the only line break the page splitter and the sentence splitter know."""
    return LINE_BREAKS.sub("\n", text)
