"""Visits to people at home and the officers who make them (names and sentences invented):
慰问 and 看望 visit the people named as their objects, a list of people keeps a member whose
surname is also a preposition (于), and a military district (军分区) is a body, no place."""

from tests.helpers import extract, names, relations


def test_people_called_on_are_visited_and_a_surname_like_a_preposition_is_listed():
    ex = extract(
        "2月9日,青禾军分区司令员王明一行先后慰问了杨文山、于明强、张翠红等困难家庭。",
        home_city="青禾市",
    )
    assert {"杨文山", "于明强", "张翠红"} <= names(ex, "Person")
    visited = relations(ex, "VISITED")
    assert {("王明", "杨文山"), ("王明", "于明强"), ("王明", "张翠红")} <= visited
    assert "青禾军分区" in names(ex, "Organization")
    assert ("王明", "青禾军分区") in relations(ex, "HOLDS_POSITION")
    assert "青禾军分区" not in names(ex, "Place")


def test_a_preposition_before_a_name_outside_a_list_is_no_surname():
    ex = extract("会议于明天召开,张红、李明出席。", home_city="青禾市")
    assert not any(n.startswith("于") for n in names(ex, "Person"))


def test_a_household_called_on_at_home_is_named_in_full():
    ex = extract(
        "王明一行深入柳湾村贫困户温反和、青石村贫困户穆登应家中,了解他们的生活。",
        home_city="青禾市",
    )
    assert "穆登应" in names(ex, "Person") and "穆登" not in names(ex, "Person")
    assert ("王明", "穆登应") in relations(ex, "VISITED")
