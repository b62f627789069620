"""Names by kind, round 11: a name cut before a verb, pieces of longer names, produce and
projects read as names. Sentences and names are invented."""

from tests.helpers import extract, names


def test_three_character_name_before_a_word_that_ends_names_is_whole():
    ex = extract("区领导刘长林、马连发出席会议。")
    assert "马连发" in names(ex, "Person")
    assert "马连" not in names(ex, "Person")


def test_name_cut_before_a_verb_still_cut():
    ex = extract("副县长王小明陪同调研。")
    assert "王小明" in names(ex, "Person")


def test_produce_is_no_place():
    ex = extract("工厂每年加工鲜竹笋等农产品五千吨。")
    assert not names(ex, "Place")


def test_short_name_of_a_firm_is_no_place():
    ex = extract("浙江梅岭谷投资管理有限公司捐款。从投产到今天，梅岭谷“双柚汁”销量大增。")
    assert "梅岭谷" not in names(ex, "Place")
    assert "浙江梅岭谷投资管理有限公司" in names(ex, "Organization")


def test_projects_and_stores_of_data_are_no_bodies():
    ex = extract("该县加强项目库与招商信息库的动态对接。")
    assert "招商信息库" not in names(ex, "Organization")


def test_body_after_its_member_noun():
    ex = extract("县医共体成员单位县中医医院负责人发言。")
    assert "县中医医院" in names(ex, "Organization")
    assert not any("成员单位" in n for n in names(ex, "Organization"))
