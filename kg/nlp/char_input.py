"""The character NER's input from a pkuseg Doc: character Docs for training, feature rows
for the build (a test holds the two equal).

Every character token carries the pkuseg word it belongs to (``LEMMA``) and its
position in that word (``TAG``: B/M/E/S), so the model sees characters and words
while the segmenter runs only once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, TAG
from spacy.strings import hash_string
from spacy.symbols import IDS as SYMBOL_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.doc_index import doc_index

WHITESPACE = re.compile(r"\s+")


def word_positions(word: str) -> list[str]:
    """B/M/E/S position tag of each character of ``word`` (S for one-char words)."""
    if len(word) == 1:
        return ["S"]
    return ["B"] + ["M"] * (len(word) - 2) + ["E"]


def character_tokens(text: str) -> tuple[list[str], list[bool], list[int]]:
    """Words, trailing spaces and start offsets of a one-token-per-character Doc.

    Whitespace is treated as spaCy's ``get_words_and_spaces`` treats it (one
    space after a character is its trailing space, any other run of whitespace
    is a token of its own). The text between whitespace runs is taken a
    stretch at a time: this runs on every character the build reads.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    pos = 0
    for m in WHITESPACE.finditer(text):
        start, end = m.span()
        words.extend(text[pos:start])
        spaces.extend([False] * (start - pos))
        starts.extend(range(pos, start))
        if start and text[start] == " ":
            spaces[-1] = True
            start += 1
        if start < end:
            words.append(text[start:end])
            spaces.append(False)
            starts.append(start)
        pos = end
    words.extend(text[pos:])
    spaces.extend([False] * (len(text) - pos))
    starts.extend(range(pos, len(text)))
    return words, spaces, starts


@dataclass(frozen=True)
class CharacterView:
    """The character tokens of a pkuseg Doc's text, each with its word features.

    Read by ``char_doc`` (training); the build computes the same features
    with array operations (``FeatureRows``), and a test holds the two equal.
    """

    words: list[str]  # one character, or a whitespace run (``character_tokens``)
    spaces: list[bool]
    starts: list[int]  # character offset of each token in the text
    lemmas: list[str]  # the pkuseg word each token belongs to
    tags: list[str]  # its position in that word: B/M/E/S


def character_view(word_doc: Doc) -> CharacterView:
    index = doc_index(word_doc)
    text = index.text
    word_of = [""] * len(text)
    pos_of = ["S"] * len(text)
    for start, end in index.token_spans:
        word = text[start:end]
        word_of[start:end] = [word] * len(word)
        pos_of[start:end] = word_positions(word)
    words, spaces, starts = character_tokens(text)
    return CharacterView(
        words,
        spaces,
        starts,
        [word_of[i] or words[n] for n, i in enumerate(starts)],
        [pos_of[i] for i in starts],
    )


def char_doc(vocab: Vocab, word_doc: Doc) -> Doc:
    """A one-token-per-character Doc of ``word_doc``'s text with word features (training).

    Character offsets are shared with ``word_doc`` (``character_tokens``).
    Features are written with ``Doc.from_array`` rather than per-token Python.
    """
    view = character_view(word_doc)
    doc = Doc(vocab, words=view.words, spaces=view.spaces)
    if not len(doc):
        return doc
    hashes = {s: vocab.strings.add(s) for s in {*view.lemmas, *view.tags}}
    features = numpy.empty((len(doc), 2), dtype="uint64")
    features[:, 0] = numpy.fromiter(
        map(hashes.__getitem__, view.lemmas), dtype="uint64", count=len(doc)
    )
    features[:, 1] = numpy.fromiter(
        map(hashes.__getitem__, view.tags), dtype="uint64", count=len(doc)
    )
    doc.from_array([LEMMA, TAG], features)
    return doc


def string_ids(strings: list[str]) -> numpy.ndarray:
    """``get_string_id`` of each string (what the StringStore would give), at
    ``hash_string``'s speed: only spaCy's own symbol names (ORTH, X, ...) differ."""
    ids = numpy.fromiter(map(hash_string, strings), dtype="uint64", count=len(strings))
    for k in [k for k, s in enumerate(strings) if s in SYMBOL_IDS]:
        ids[k] = SYMBOL_IDS[strings[k]]
    return ids


class FeatureRows:
    """``char_doc(vocab, doc).to_array(columns)``, computed without building that Doc.

    The build runs this on every character it reads, so it works on arrays:
    each character token's pkuseg word and position in it come from the
    Doc index's token offsets, not from a Token object or a string per
    character. Lexeme attributes (NORM, SHAPE, ORTH, ...) come from the
    vocab, cached per character; LEMMA and TAG are the string hashes,
    computed without adding every word ever read to the StringStore.
    """

    def __init__(self, vocab: Vocab, columns: list[str]):
        self.vocab = vocab
        self.lexeme_columns = [k for k, c in enumerate(columns) if c not in ("LEMMA", "TAG")]
        self.lexeme_attrs = [columns[k].lower() for k in self.lexeme_columns]
        self.column = {c: k for k, c in enumerate(columns)}
        self.width = len(columns)
        self.lexeme_id: dict[str, int] = {}  # token text -> row of self.lexemes
        self.lexemes = numpy.empty((0, len(self.lexeme_columns)), dtype="uint64")
        self.position_ids = string_ids(list("SBME"))

    def lexeme_ids(self, words: list[str]) -> numpy.ndarray:
        new = [w for w in dict.fromkeys(words) if w not in self.lexeme_id]
        if new:
            rows = [[getattr(self.vocab[w], a) for a in self.lexeme_attrs] for w in new]
            self.lexeme_id.update(
                zip(new, range(len(self.lexemes), len(self.lexemes) + len(new)), strict=False)
            )
            self.lexemes = numpy.vstack([self.lexemes, numpy.array(rows, dtype="uint64")])
        return numpy.fromiter(
            map(self.lexeme_id.__getitem__, words), dtype="int64", count=len(words)
        )

    def __call__(self, word_doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Start and end offsets of the character tokens of ``word_doc``'s text, and their rows."""
        index = doc_index(word_doc)
        words, _, starts = character_tokens(index.text)
        starts = numpy.array(starts, dtype="int64")
        ends = starts + numpy.fromiter(map(len, words), dtype="int64", count=len(words))
        rows = numpy.empty((len(words), self.width), dtype="uint64")
        if not words:
            return starts, ends, rows
        ids = self.lexeme_ids(words)  # may extend self.lexemes
        rows[:, self.lexeme_columns] = self.lexemes[ids]
        spans = numpy.array(index.token_spans, dtype="int64").reshape(-1, 2)
        lengths = spans[:, 1] - spans[:, 0]
        within = numpy.arange(lengths.sum()) - numpy.repeat(
            numpy.cumsum(lengths) - lengths, lengths
        )
        covered = numpy.repeat(spans[:, 0], lengths) + within
        token_of = numpy.full(len(index.text), -1, dtype="int64")  # -1: a space no token holds
        token_of[covered] = numpy.repeat(numpy.arange(len(spans)), lengths)
        offset = numpy.zeros(len(index.text), dtype="int64")
        offset[covered] = within
        token, at = token_of[starts], offset[starts]
        alone = numpy.flatnonzero(token < 0)
        if "LEMMA" in self.column:
            word_ids = string_ids([index.text[b:e] for b, e in index.token_spans])
            lemma = word_ids[token]
            lemma[alone] = string_ids([words[k] for k in alone])  # its own word
            rows[:, self.column["LEMMA"]] = lemma
        if "TAG" in self.column:
            length = lengths[token]
            length[alone] = 1
            position = numpy.where(
                length == 1, 0, numpy.where(at == 0, 1, numpy.where(at == length - 1, 3, 2))
            )
            rows[:, self.column["TAG"]] = self.position_ids[position]  # S, B, M, E
        return starts, ends, rows
