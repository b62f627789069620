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


def test_a_residential_compound_named_by_a_proper_word_is_a_place():
    ex = extract("代表们先后就柳湾乡移民搬迁、康明家园移民安置等情况进行实地视察。")
    assert "康明家园" in names(ex, "Place") and "康明" not in names(ex, "Person")
    ex = extract("要努力建设和谐家园。")
    assert "和谐家园" not in names(ex, "Place")  # an ideal of ordinary words, no place


def test_a_park_named_by_a_proper_word_is_a_place():
    ex = extract("国庆期间,青禾柳湾公园游客众多。市民在人民公园散步。")
    assert "柳湾公园" in names(ex, "Place") and "人民公园" not in names(ex, "Place")


def test_a_zone_named_by_its_place_is_a_place_and_a_part_by_its_use_is_none():
    ex = extract("考察团来我市考察青禾工业区。他查看了训练场所、生活区等部位。", home_city="白石市")
    assert "青禾工业区" in names(ex, "Place") and "生活区" not in names(ex, "Place")
    ex = extract("园区由精细化工区、能源冶炼综合区组成。")
    assert not {"化工区", "综合区"} & names(ex, "Place")


def test_a_visit_named_in_a_speech_s_spirit_takes_no_objects_after_it():
    ex = extract("为贯彻落实王明视察青禾重要讲话精神和市委、市政府的决策部署,市民政局举办了活动。")
    visited = {o for s, o in relations(ex, "VISITED") if s == "王明"}
    assert not {"市委", "市政府"} & visited
