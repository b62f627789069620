"""Which articles the build extracts: each once, none past the ceiling, a note for a long one,
an error for two different articles that claim one id."""

from __future__ import annotations

from kg.builder.admit import MAX_ARTICLE_CHARS, Admission
from kg.builder.pieces import LONG_ARTICLE_CHARS, PIECE_CHARS, cut_points
from kg.records import Article


def article(text: str, title: str = "长文", id: str = "article:long", path: str = "long.txt"):
    return Article(id=id, title=title, text=text, home_city="乌海市", path=path)


def admit(articles):
    errors, notes = [], []
    admission = Admission(errors.append, notes.append)
    kept = list(admission.admitted(articles))
    return kept, errors, notes, admission.repeats


def test_a_long_article_is_noted_and_one_past_the_ceiling_refused():
    long = article("乌海市民政局召开会议。" * (LONG_ARTICLE_CHARS // 10 + 1), title="长")
    huge = article("延" * (MAX_ARTICLE_CHARS + 1), title="太长", id="article:huge")
    short = article("乌海市民政局召开会议。", title="短", id="article:short")
    kept, errors, notes, _ = admit([long, huge, short])
    assert kept == [long, short]
    pieces = len(cut_points(long.text)) - 1
    assert [str(n) for n in notes] == [
        f"long.txt (article:long): article '长' has {len(long.text):,} characters: read in "
        f"{pieces} pieces of at most {PIECE_CHARS:,}, cut at sentence ends; names are settled "
        "within each piece"
    ]
    assert [e.path for e in errors] == ["long.txt (article:huge)"]
    assert f"more than the {MAX_ARTICLE_CHARS:,} kg reads as one article" in errors[0].reason


def test_an_article_reached_again_is_extracted_once():
    first = article("乌海市民政局召开会议。", id="article:a", path="a/news.txt")
    again = article("乌海市民政局召开会议。", id="article:a", path="b/news.txt")
    kept, errors, notes, repeats = admit([first, again, first])
    assert (kept, errors, notes, repeats) == ([first], [], [], 2)


def test_two_articles_that_claim_one_id_are_not_confused():
    first = article("乌海市民政局召开会议。", id="n1", path="news.jsonl")
    other = article("市慈善总会捐赠物资。", id="n1", path="more.jsonl")
    kept, errors, _, repeats = admit([first, other])
    assert (kept, repeats) == ([first], 0)
    assert [str(e) for e in errors] == [
        "more.jsonl (n1): id 'n1' is already the id of another article (from news.jsonl (n1)); "
        "not built (give each article its own id)"
    ]
