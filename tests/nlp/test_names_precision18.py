"""Names by kind, round 18: a person appointed to a body is no part of its name, and a
body named after 该 and a level is the body of the place 该 points back to (sentences
invented for the tests)."""

from tests.helpers import extract, names


def test_a_person_appointed_to_a_body_is_no_part_of_its_name():
    ex = extract("会议宣布,王建军任青禾省委常委。刘大洪同志任中共白河市委委员。")
    orgs = names(ex, "Organization")
    assert {"青禾省委", "中共白河市委"} <= orgs
    assert not any(o.startswith(("王建军", "刘大洪")) for o in orgs)
    assert {"王建军", "刘大洪"} <= names(ex, "Person")


def test_a_body_after_that_level_is_the_body_of_the_place_met_before():
    ex = extract("龙湖区召开会议。该区政协主席王五出席。青禾县召开大会。该县人民医院院长李四讲话。")
    orgs = names(ex, "Organization")
    assert {"龙湖区政协", "青禾县人民医院"} <= orgs
    assert not any(o.startswith("该") for o in orgs)
