"""Posts written after their body's bare kind (round 11; names and sentences invented):
政府副县长甲、乙 and 县委副书记、政府县长丙 hold their posts in the county government the
article names."""

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
