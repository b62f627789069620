"""Person names introduced by a title or role (秘书长李春晓, 负责人贾斌, 市民张倩), and
lists of them (市领导苏学锋、高欣出席).

pkuseg often splits a name (贾 | 斌): names are read from characters, a surname
from the shipped list then one or two given-name characters, and accepted when
the name ends on a token boundary followed by punctuation, a speech or action
verb (说, 主持, 告诉) or another name of the list.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import PUNCT, is_boundary, propose
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import word_list
from kg.schema import Label


@functools.lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    words = sorted(word_list("titles.txt") | word_list("person_roles.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@Language.factory("kg_persons")
def make_persons(nlp: Language, name: str):
    return find_persons


def find_persons(doc: Doc) -> Doc:
    text = doc_index(doc).text
    token_ends = doc_index(doc).token_at_end
    for m in title_pattern().finditer(text):
        pos = m.end()
        while True:
            end = name_at(text, pos, token_ends)
            if end is None:
                break
            propose(doc, pos, end, Label.PERSON, "title_name", title_end=m.end())
            if end < len(text) and text[end] in "、和及":
                pos = end + 1
                continue
            break
    return doc


def tokens_within(text: str, start: int, end: int, token_ends: set[int]) -> list[str]:
    cuts = [start] + [k for k in range(start + 1, end) if k in token_ends] + [end]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def name_at(text: str, pos: int, token_ends: set[int]) -> int | None:
    """End offset of a person name starting at ``pos``, or None."""
    surnames = word_list("surnames.txt")
    speech = word_list("speech_verbs.txt")
    for slen in (2, 1):
        if text[pos : pos + slen] not in surnames:
            continue
        for total in (3, 2, 4):
            end = pos + total
            if (
                total - slen < 1
                or end > len(text)
                or not re.fullmatch(r"[\u4e00-\u9fff]+", text[pos:end])
            ):
                continue
            if end not in token_ends and end != len(text):
                continue
            parts = tokens_within(text, pos, end, token_ends)
            if text[pos:end] in word_list("common_words.txt") or any(
                is_boundary(t) or (len(parts) > 1 and t in word_list("common_words.txt"))
                for t in parts
            ):
                continue  # 项目, 陆续在: words, not names
            follow = text[end : end + 2]
            if (
                end == len(text)
                or text[end] in PUNCT
                or text[end] in "、和"
                or any(follow.startswith(w) for w in speech)
                or (follow and is_boundary(follow[:1]) and follow[:1] not in surnames)
            ):
                return end
    return None
