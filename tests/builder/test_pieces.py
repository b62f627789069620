"""Long articles read in pieces: where the cuts fall, and that the pieces' extractions come
back as the article's one extraction (offsets, sentences, figures, relations), on the real
pipeline. The long text is the user's seed page, read as one article; small pieces stand in
for the 5,000 characters a build uses, so that the test stays quick."""

from __future__ import annotations

import pytest

from kg.builder.pieces import cut_points, extract_long
from kg.extract.mentions import extract_from_doc
from kg.nlp import load_pipeline
from kg.nlp.candidates import sentence_bounds
from kg.read import iter_articles
from kg.records import Article
from kg.schema import Label
from tests.helpers import SEED_PAGE


def article(text: str, title: str = "长文") -> Article:
    return Article(id="article:long", title=title, text=text, home_city="乌海市", path="long.txt")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return "\n".join(a.text for a in iter_articles([SEED_PAGE]))


@pytest.fixture(scope="module")
def whole_and_pieces(seed_text):
    nlp = load_pipeline()
    whole = extract_from_doc(article(seed_text), nlp(seed_text))
    return whole, extract_long(article(seed_text), nlp, size=1200)


def test_cuts_fall_after_sentence_ends_and_cover_the_text(seed_text):
    cuts = cut_points(seed_text, 1200)
    assert cuts[0] == 0 and cuts[-1] == len(seed_text) and len(cuts) > 4
    for a, b in zip(cuts, cuts[1:]):
        assert 0 < b - a <= 1200
    for cut in cuts[1:-1]:
        assert seed_text[cut - 1] in '。！？!?；;\n”’"」』'
    for start, end in sentence_bounds(seed_text):  # the pieces' sentences are the whole's
        assert not any(start < cut < end for cut in cuts)


def test_without_sentence_ends_clauses_then_fixed_lengths_are_used():
    clauses = "市民服务中心便民窗口延时，" * 300
    cuts = cut_points(clauses, 1000)
    assert all(clauses[c - 1] == "，" for c in cuts[1:-1])
    unbroken = "延" * 2500
    assert cut_points(unbroken, 1000) == [0, 1000, 2000, 2500]


def test_mentions_of_the_pieces_stand_at_their_place_in_the_whole_text(whole_and_pieces, seed_text):
    whole, pieces = whole_and_pieces
    bounds = sentence_bounds(seed_text)
    placed = [m for m in pieces.mentions if m.start >= 0]
    assert placed
    for m in placed:
        assert seed_text[m.start : m.end] == m.text
        s, e = bounds[m.sentence]
        assert s <= m.start < e
    assert {(m.label, m.name) for m in pieces.mentions} == {
        (m.label, m.name) for m in whole.mentions
    }


def test_figures_are_numbered_across_the_pieces_and_relations_follow(whole_and_pieces):
    """Each piece numbers its own figures from #1; merged, they are numbered as in the whole
    text (a quantity said of two things is two Figures, #1 and #2), and the relations of
    each piece name its figures as renamed."""
    whole, pieces = whole_and_pieces
    figures = [m for m in pieces.mentions if m.label == Label.FIGURE]
    assert [m.name for m in figures] == [m.name for m in whole.mentions if m.label == Label.FIGURE]
    at = {m.name: m for m in figures}
    text = pieces.article.text
    bounds = sentence_bounds(text)
    measured = [r for r in pieces.relations if r.subj[0] == Label.FIGURE]
    assert len(measured) > 10
    for r in measured:  # the figure a relation names is the one its evidence quotes
        figure = at[r.subj[1]]
        s, e = bounds[figure.sentence]
        assert text[s:e].strip() in r.evidence, (r, figure)


def test_one_quantity_in_three_pieces_is_renamed_with_its_relations():
    """50万元 of aid (piece 1), of goods (piece 2: another Figure), of aid again (piece 3: the
    first Figure, reported twice). Each piece alone calls its own 50万元#1."""
    text = (
        "1月5日，市民政局为困难群众发放临时救助金50万元。"
        "市慈善总会启动“温暖冬季”行动，向受灾群众捐赠生活物资价值50万元。"
        "截至目前，市民政局已为困难群众发放临时救助金50万元。"
    )
    assert len(cut_points(text, 40)) == 4
    ex = extract_long(article(text), load_pipeline(), size=40)
    assert [m.name for m in ex.mentions if m.label == Label.FIGURE] == [
        "50万元#1",
        "50万元#2",
        "50万元#1",
    ]
    measures = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "MEASURES"}
    # the goods' figure keeps its relation under its new name, to what piece 2 names
    assert {o for s, o in measures if s == "50万元#2"} & {"“温暖冬季”行动", "市慈善总会"}


def test_bylines_and_relations_come_once(whole_and_pieces):
    _, pieces = whole_and_pieces
    implicit = [(m.label, m.name, m.byline) for m in pieces.mentions if m.start < 0]
    assert len(implicit) == len(set(implicit))
    keys = [(r.type, r.subj, r.obj) for r in pieces.relations]
    assert len(keys) == len(set(keys))
