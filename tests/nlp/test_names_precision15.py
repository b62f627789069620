"""Names round 15: an outlet's dateline (某网某地3月13日电), venues and shops (某某歌厅,
某某影城) and a verb with 队 (整装列队) name no place and no body of their own."""

from tests.helpers import extract, names


def test_the_outlet_of_a_dateline_is_a_body_not_a_place():
    ex = extract("青禾网柳城3月13日电(记者 韩晓东)青禾县警方破获一起盗窃案。")
    assert "青禾网" in names(ex, "Organization")
    assert "青禾" not in names(ex, "Place")


def test_venues_and_shops_are_bodies_by_their_whole_names():
    ex = extract("副县长先后来到明乐迪歌厅、红星玛瑙影城和丰泽宾馆,检查消防安全。")
    assert {"明乐迪歌厅", "红星玛瑙影城", "丰泽宾馆"} <= names(ex, "Organization")
    assert not names(ex, "Place") & {"明乐迪", "红星玛瑙", "丰泽"}


def test_a_verb_with_队_is_no_team():
    ex = extract("凌晨5时,执行法官、司法警察再次集结,整装列队。副院长宣布了行动方案。")
    assert not {b for b in names(ex, "Organization") if b.endswith("列队")}


def test_an_institution_named_alone_is_no_body():
    ex = extract(
        "青禾县妇联召开表彰会。全县18个各乡镇(办事处)妇联主任,县直妇委会负责人参加会议,"
        "会议对妇联组织如何服务妇女提出期望。"
    )
    bodies = names(ex, "Organization")
    assert "青禾县妇联" in bodies
    assert not bodies & {"妇联", "妇联组织"}


def test_words_describing_a_place_and_a_word_mostly_no_place_name_none():
    ex = extract(
        "研学畲乡、红色畲乡、康养畲乡三大旅游路线。青禾县将建设养生文化村。"
        "祝老人们健康长寿,福如东海。青禾县柳塘畲族乡举行仪式。"
    )
    places = names(ex, "Place")
    assert not places & {"康养畲乡", "养畲乡", "文化村", "养生文化村", "长寿"}
    assert "柳塘畲族乡" in places


def test_a_firm_named_with_its_province_in_brackets_is_one_body():
    ex = extract("技改项目将对明玻(福建)光伏玻璃有限公司的工厂进行改造。成立网格(小区)党支部。")
    bodies = names(ex, "Organization")
    assert "明玻(福建)光伏玻璃有限公司" in bodies
    assert "光伏玻璃有限公司" not in bodies
    assert not any("(小区)" in b for b in bodies)


def test_a_facility_named_by_its_kind_alone_is_no_place():
    ex = extract("副县长先后到易购广场、汽车站、丰泽加油站检查安全生产。")
    assert "汽车站" not in names(ex, "Place")
