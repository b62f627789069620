"""Deputies of a congress (人大代表) in a chain of titles (names and sentences invented):
代表 there is the title held in the congress, no act on the body after it; a prefecture's
(州) or banner's (旗) body opens with its level; an adverb glued to a preposition (正向)
opens no body's name."""

from tests.helpers import extract, names, relations


def test_a_deputy_holds_a_post_in_the_congress_and_acts_on_nothing():
    ex = extract(
        "此次视察,以州人大代表、州人大常委会副主任王红为组长。"
        "省人大代表、青禾医科大学副校长李强参加视察。",
        home_city="青禾县",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert {("王红", "州人大"), ("王红", "州人大常委会"), ("李强", "省人大")} <= posts
    assert ("李强", "青禾医科大学") in posts
    assert not relations(ex, "ACTED")  # 代表、…: the title, no 代表 (on behalf of) the body
    assert "以州人大" not in names(ex, "Organization")


def test_an_adverb_glued_to_a_preposition_opens_no_body():
    ex = extract("一名姑娘正向省人大代表、柳湾乡党委书记张明介绍茶园。", home_city="青禾县")
    assert ("张明", "省人大") in relations(ex, "HOLDS_POSITION")
    assert "姑娘正向省人大" not in names(ex, "Organization")
