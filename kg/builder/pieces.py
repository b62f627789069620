"""Long articles are read in pieces, so that time and memory grow linearly with length.

Why: spaCy refuses a text over a million characters (E088), and below that a
Doc's memory and the within-article steps (settling names, finding each
mention's sentence, quoting evidence) grow faster than the text: 200,000
characters took 36 s and 2.6 GB where 2,000 articles of the same size together
take less. An article longer than ``LONG_ARTICLE_CHARS`` (no news item of a
paper is) is cut into pieces of at most ``PIECE_CHARS``: at the last sentence
end (。！？；, a line end) in the second half of the window, else the last
clause end (，、：), else, as a last resort, at the window's end. Each piece is
extracted as an article of its own; the pieces' extractions are merged back
into the article's one extraction, with offsets into the whole text. Names are
settled within a piece (该公司 finds its company only in the same piece).

Which articles are read in pieces, and which not at all (longer than
``MAX_ARTICLE_CHARS``), is decided as they are read (kg.builder.admit).
"""

from __future__ import annotations

import bisect
import dataclasses

from spacy.language import Language

from kg.extract.mentions import extract_from_doc, number_figures
from kg.extract.relations import dedupe
from kg.nlp.candidates import sentence_bounds
from kg.nlp.programme_shapes import fuller_form, standing_names
from kg.records import Article, ArticleExtraction, Mention, Relation
from kg.schema import Label

LONG_ARTICLE_CHARS = 20_000
PIECE_CHARS = 5_000
PIECES_IN_FLIGHT = 4  # pieces parsed together: memory of about one short article batch
SENTENCE_ENDS = "。！？!?；;\n"
CLAUSE_ENDS = "，,、：:"
CLOSING = '”’"」』'


def cut_points(text: str, size: int = PIECE_CHARS) -> list[int]:
    """Offsets where the pieces of ``text`` start, and its length: [0, c1, ..., len(text)]."""
    cuts = [0]
    while len(text) - cuts[-1] > size:
        start = cuts[-1]
        cuts.append(break_before(text, start + size // 2, start + size))
    return cuts + [len(text)]


def break_before(text: str, low: int, high: int) -> int:
    """The last place in text[low:high] just after a sentence end (its closing quote
    included), else after a clause end, else ``high``."""
    for ends in (SENTENCE_ENDS, CLAUSE_ENDS):
        at = max(text.rfind(ch, low, high) for ch in ends)
        if at >= 0:
            cut = at + 1
            while cut < high and text[cut] in CLOSING:
                cut += 1
            return cut
    return high


def piece_articles(article: Article, cuts: list[int]) -> list[Article]:
    """The pieces as articles: the article's metadata and bylines, a slice of its text."""
    return [dataclasses.replace(article, text=article.text[a:b]) for a, b in zip(cuts, cuts[1:])]


def extract_long(article: Article, nlp: Language, size: int = PIECE_CHARS) -> ArticleExtraction:
    """The extraction of a long article, read in pieces of at most ``size`` characters."""
    cuts = cut_points(article.text, size)
    pieces = piece_articles(article, cuts)
    docs = nlp.pipe((p.text for p in pieces), batch_size=PIECES_IN_FLIGHT)
    parts = [extract_from_doc(p, doc) for p, doc in zip(pieces, docs, strict=True)]
    return merge(article, cuts, parts)


def merge(article: Article, cuts: list[int], parts: list[ArticleExtraction]) -> ArticleExtraction:
    """One extraction from the pieces': offsets shifted into the whole text, sentences
    counted in it, figures numbered across it, implicit mentions (bylines, the headline's
    event) and relations once."""
    placed: list[tuple[int, Mention]] = []  # each mention with the piece it was read in
    for k, (offset, part) in enumerate(zip(cuts, parts)):
        for m in part.mentions:
            if m.start >= 0:
                m.start, m.end = m.start + offset, m.end + offset
                placed.append((k, m))
    mentions = [m for _, m in placed]
    figure_of = [(k, m.name, m) for k, m in placed if m.label == Label.FIGURE]
    number_figures(mentions)
    renamed = {(k, old): m.name for k, old, m in figure_of}
    renamed |= standing_forms(article.text, placed)
    relations = [
        renamed_relation(r, k, renamed) for k, part in enumerate(parts) for r in part.relations
    ]
    mentions += implicit_mentions(parts, mentions)
    place_in_sentences(article.text, mentions)
    return ArticleExtraction(article=article, mentions=mentions, relations=dedupe(relations))


def standing_forms(text: str, placed: list[tuple[int, Mention]]) -> dict[tuple[int, str], str]:
    """Standing policies' short forms (特困供养) named as the whole article names them, as
    one piece read alone could not; what each piece's name became."""
    renamed = {}
    for k, m in placed:
        if m.label == Label.PROGRAMME and m.text in standing_names()[0]:
            full = fuller_form(m.text, text)
            renamed[(k, m.name)] = full
            m.name = full
    return renamed


def renamed_relation(r: Relation, piece: int, renamed: dict[tuple[int, str], str]) -> Relation:
    """A piece's relation, its figure and standing policy ends named as in the whole article."""

    def end(node: tuple[str, str]) -> tuple[str, str]:
        if node[0] in (Label.FIGURE, Label.PROGRAMME):
            return (node[0], renamed.get((piece, node[1]), node[1]))
        return node

    return dataclasses.replace(r, subj=end(r.subj), obj=end(r.obj))


def implicit_mentions(parts: list[ArticleExtraction], placed: list[Mention]) -> list[Mention]:
    """Bylines and the headline's event, once; the headline's event only when no piece
    names it in the text (as for an article read whole)."""
    in_text = {(m.label, m.name) for m in placed}
    out: list[Mention] = []
    for m in (m for part in parts for m in part.mentions if m.start < 0):
        if m not in out and not (m.in_title and (m.label, m.name) in in_text):
            out.append(m)
    return out


def place_in_sentences(text: str, mentions: list[Mention]) -> None:
    """Each placed mention's sentence index, counted in the whole text."""
    bounds = sentence_bounds(text)
    starts = [s for s, _ in bounds]
    for m in mentions:
        if m.start >= 0:
            k = bisect.bisect_right(starts, m.start) - 1
            m.sentence = k if k >= 0 and m.start < bounds[k][1] else -1
