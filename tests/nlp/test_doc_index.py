"""The per-Doc text and offset index every rule component reads."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc_index import TEXT_KEY, doc_index
from kg.nlp.pipeline import blank_pipeline
from tests.helpers import SEED_PAGE


def test_index_of_a_pipeline_doc_is_its_text_and_tokens():
    nlp = blank_pipeline()
    doc = nlp(SEED_PAGE.read_text(encoding="utf-8"))
    assert doc.user_data[TEXT_KEY] is not None  # kept by the tokenizer, not rebuilt from tokens
    index = doc_index(doc)
    assert index.text == doc.text
    assert index.token_spans == [(t.idx, t.idx + len(t)) for t in doc]
    assert all(
        index.token_at_start[t.idx] == t.i and index.token_at_end[t.idx + len(t)] == t.i
        for t in doc
    )


def test_index_of_a_doc_built_by_hand():
    nlp = blank_pipeline()
    doc = Doc(nlp.vocab, words=["市长", "王立新", "主持"], spaces=[True, False, False])
    index = doc_index(doc)
    assert index.text == "市长 王立新主持"
    assert index.token_spans == [(0, 2), (3, 6), (6, 8)]


def test_half_width_marks_segment_as_full_width_but_read_as_written():
    """pkuseg alone glues a half-width comma into a word (杨林,区); it is shown the full-width
    mark, and the Doc quotes the source."""
    nlp = blank_pipeline()
    text = "副区长杨林,区人大常委会副主任王刚出席。"
    assert "杨林,区" in [t.text for t in nlp.tokenizer.tokenizer(text)]
    doc = nlp(text)
    assert doc.text == text == doc_index(doc).text
    assert [t.text for t in doc][1:5] == ["杨林", ",", "区", "人大"]
