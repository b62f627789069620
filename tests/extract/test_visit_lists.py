"""Places a visit names by their bare names (names and sentences invented): 深入甲、乙检查
lists the places gone to between the movement and the visit's verb, and 参加检查 joins the
visit as 参加调研 does."""

from tests.helpers import extract, names, relations


def test_bare_names_between_a_movement_and_a_visit_are_the_places_visited():
    ex = extract(
        "7月12日,县长王明深入青禾、柳湾检查指导防汛工作。副县长李强参加检查指导。",
        home_city="白石县",
    )
    assert {"青禾", "柳湾"} <= names(ex, "Place")
    visited = relations(ex, "VISITED")
    assert {("王明", "青禾"), ("王明", "柳湾"), ("李强", "青禾"), ("李强", "柳湾")} <= visited


def test_one_bare_name_or_common_words_after_a_movement_are_no_places():
    ex = extract("县长王明深入基层、企业检查指导。副县长李强深入青禾检查。", home_city="白石县")
    assert not {"基层", "企业", "青禾"} & names(ex, "Place")
