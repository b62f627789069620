"""Names settled within an article: short forms, aliases, the home city (names invented)."""

from tests.helpers import extract, names, relations


def test_short_forms_take_the_full_name():
    ex = extract(
        "大港市湖北商会向灾区捐款。县人民政府副县长李明出席。"
        "大港湖北商会会长表示将持续关注。县政府作了部署。",
        home_city=None,
    )
    orgs = names(ex, "Organization")
    assert "大港湖北商会" not in orgs and "大港市湖北商会" in orgs
    assert "县政府" not in orgs and "县人民政府" in orgs


def test_a_bracketed_other_name_is_an_alias():
    ex = extract("叶新民委员代表市工商联(总商会)作了发言。", home_city=None)
    assert "总商会" not in names(ex, "Organization")


def test_the_home_city_is_a_place_wherever_written():
    ex = extract("应县各企业开足马力忙生产。", home_city="应县")
    assert "应县" in names(ex, "Place")


def test_credit_line_names_the_outlet():
    ex = extract("红网青田站讯 4月28日,青田县召开会议。", home_city=None)
    assert "红网青田站" in names(ex, "Organization")


def test_a_street_written_without_its_last_character_is_the_same_place():
    ex = extract("三山岛街道吴二村举行分红大会。三山岛街把合作社作为重点工作。")
    assert "三山岛街" not in names(ex, "Place")
    assert "三山岛街道" in names(ex, "Place")


def test_the_home_city_s_level_alone_is_the_home_city_s_body_not_the_visitors():
    ex = extract(
        "25日,东川市委常委、统战部部长韩晓东率考察团来青禾市参观考察。"
        "市委常委、统战部部长周立平陪同考察。",
        home_city="青禾市",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert ("韩晓东", "东川市委") in posts
    assert ("周立平", "东川市委") not in posts


def test_a_level_alone_after_another_city_s_body_in_the_sentence_is_that_body():
    ex = extract(
        "昨日,东川市委书记韩晓东,市委常委、秘书长周立平会见了我市考察团一行。",
        home_city="青禾市",
    )
    assert ("周立平", "东川市委") in relations(ex, "HOLDS_POSITION")
