"""A Doc's text and token offsets, computed once per Doc and shared by kg's components.

Every rule component needs the text and maps between character offsets and
tokens. spaCy rebuilds ``doc.text`` from Token objects on each access, and the
comprehensions over tokens do the same; profiled on news articles, that was
half of the rule components' time. kg's pipeline never retokenises, so one
index per Doc, kept in ``doc.user_data``, stays valid for the whole pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

KEY = ("kg", "doc_index")
TEXT_KEY = ("kg", "text")


@dataclass(frozen=True)
class DocIndex:
    text: str
    token_spans: list[tuple[int, int]]  # (start, end) character offsets of each token
    token_at_start: dict[int, int]  # character offset where a token starts -> token index
    token_at_end: dict[int, int]  # character offset just past a token -> token index


def doc_index(doc: Doc) -> DocIndex:
    """The index of ``doc`` (built on first use)."""
    index = doc.user_data.get(KEY)
    if index is None:
        offsets = doc.to_array(["IDX", "LENGTH"]).reshape(len(doc), 2)
        starts = offsets[:, 0].tolist()
        ends = offsets.sum(axis=1).tolist()
        index = DocIndex(
            doc.user_data.get(TEXT_KEY) or doc.text,
            list(zip(starts, ends, strict=False)),
            dict(zip(starts, range(len(doc)), strict=False)),
            dict(zip(ends, range(len(doc)), strict=False)),
        )
        doc.user_data[KEY] = index
    return index


def tokens_ending_in(doc: Doc, last_chars: Container[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose last character is one of ``last_chars``.

    Tested on the index first: most tokens fail the test, and making a Token
    object for each costs more than the whole loop.
    """
    index = doc_index(doc)
    for i, (_, end) in enumerate(index.token_spans):
        if index.text[end - 1] in last_chars:
            yield doc[i]


def tokens_matching(doc: Doc, pattern: re.Pattern) -> Iterator[int]:
    """The indexes of the tokens at whose start ``pattern`` matches in ``doc``'s text, in
    order: a superset of those whose own text it matches (so ``pattern`` must not match
    again inside its own matches), found without making a Token object for every token."""
    index = doc_index(doc)
    for m in pattern.finditer(index.text):
        i = index.token_at_start.get(m.start())
        if i is not None:
            yield i


HALF_WIDTH_MARK = re.compile(r"(?<![0-9])[,;:!?]|[,;:!?](?![0-9])")
FULL_WIDTH = str.maketrans(",;:!?", "，；：！？")


def full_width_marks(text: str) -> str:
    """``text`` with ASCII , ; : ! ? written full width, character for character (offsets
    keep): pkuseg, trained on full-width text, glues a half-width comma to the words around
    it (杨某宣, | 十一化; 杨林,区 | 人大), cutting the names on both sides. A mark between
    two digits (1,000 and 10:30) is a number's and stays."""
    if not HALF_WIDTH_MARK.search(text):
        return text
    return HALF_WIDTH_MARK.sub(lambda m: m.group().translate(FULL_WIDTH), text)


def as_written(doc: Doc, text: str) -> Doc:
    """``doc``'s tokens over ``text``, the source it was segmented from with its marks made
    full width: the same boundaries, the characters as written, so that names and evidence
    quote the article (“甲,乙”活动 keeps its comma)."""
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


class TextKeepingTokenizer:
    """The pipeline's tokenizer, keeping each Doc's source text for its index.

    ``doc.text`` is rebuilt from one Token object per token, ~1 µs per
    character of an article; the tokenizer had the text in hand. Everything
    but the call is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        marked = full_width_marks(text)
        doc = self.tokenizer(marked)
        if marked is not text:
            doc = as_written(doc, text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)
