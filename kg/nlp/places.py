"""Place names by administrative suffix (…市, …区, …旗, …镇, …街道, …社区, …路, …大道)
and by the People's Daily place list; 我市/本市/全市 as anaphors of the home city.

Place names are short: one token ending with a suffix (海勃湾区, 棋盘井街), or a
proper-noun token followed by a suffix token (凤凰岭 | 街道, 世纪 | 大道).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import boundary_prefix, is_boundary, propose
from kg.nlp.doc_index import doc_index, tokens_ending_in
from kg.nlp.lexicon import last_characters, longest_suffix, word_list
from kg.schema import Label

HOME = re.compile(r"我市|本市|全市")


@Language.factory("kg_places")
def make_places(nlp: Language, name: str):
    return find_places


def find_places(doc: Doc) -> Doc:
    suffixes = word_list("place_suffixes.txt")
    generic = word_list("generic_places.txt")
    known = word_list("places.txt")
    for tok in tokens_ending_in(doc, last_characters("place_suffixes.txt", "places.txt")):
        text = tok.text
        cut = boundary_prefix(text)
        text = text[cut:]
        suffix = longest_suffix(text, suffixes)
        start = tok.idx + cut
        if suffix and text == suffix and tok.i > 0:
            prev = doc[tok.i - 1]
            if (
                is_boundary(prev.text)
                or prev.text in generic
                or len(prev.text) < 2
                or (len(suffix) == 1 and prev.text not in known)
            ):
                continue  # 构建 | 市, 发挥 | 村: a one-character suffix joins only a known place
            start = prev.idx
            text = prev.text + text
        if text in generic or is_boundary(text):
            continue
        if text in known or (
            suffix and len(text) > len(suffix) and (len(suffix) > 1 or len(text) > 2)
        ):
            propose(
                doc,
                start,
                tok.idx + len(tok.text),
                Label.PLACE,
                "place_suffix" if suffix else "place_list",
            )
    for m in HOME.finditer(doc_index(doc).text):
        propose(doc, m.start(), m.end(), Label.PLACE, "anaphor", home_city=True)
    return doc
