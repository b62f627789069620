"""Posts written after their body's bare kind (round 11; names and sentences invented):
政府副县长甲、乙 and 县委副书记、政府县长丙 hold their posts in the county government the
article names; central leaders' titles (副总理, 副委员长) are held in the body before them."""

from tests.helpers import extract, relations


def test_titles_after_the_bare_word_government_are_held_in_the_named_government():
    ex = extract(
        "5日,县委副书记、政府县长张明主持召开县政府常务会议。"
        "县委常委、政府常务副县长李强,政府副县长王红、陈平出席会议。",
        home_city="青禾县",
    )
    posts = relations(ex, "HOLDS_POSITION")
    held = {(p, "县政府") for p in ("张明", "李强", "王红", "陈平")}
    assert held <= posts
    assert ("张明", "县委") in posts


def test_central_leaders_titles_are_held_in_the_central_bodies_written_before_them():
    ex = extract(
        "会议传达了中共中央政治局委员、国务院副总理张明和全国人大常委会副委员长李强的讲话精神。"
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert {("张明", "国务院"), ("张明", "中共中央政治局"), ("李强", "全国人大常委会")} <= posts
