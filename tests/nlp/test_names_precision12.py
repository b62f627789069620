"""Names round 12: a verb of contact before a firm, a centre school, a name before 等N名."""

from tests.helpers import extract, names


def test_contact_verb_is_not_part_of_the_firm():
    ex = extract("近日，县政协与桃溪乡党委共同联系青禾纸业有限公司，为桃溪乡中学捐助3万元。")
    orgs = names(ex, "Organization")
    assert "青禾纸业有限公司" in orgs
    assert "联系青禾纸业有限公司" not in orgs


def test_centre_school_is_not_cut_at_its_centre():
    orgs = names(extract("桃溪乡中心校校长周明远表示感谢。"), "Organization")
    assert "桃溪乡中心" not in orgs


def test_name_before_a_counted_list_is_whole():
    persons = names(extract("张秋实等10名志愿者参加了活动。"), "Person")
    assert "张秋实" in persons
    assert "张秋" not in persons


def test_a_verb_of_going_is_not_part_of_the_place_gone_to():
    ex = extract(
        "该团伙从凭祥市出发往蓝县。该团伙准备购买毒品回蓝县分销。一伙蓝县籍犯罪嫌疑人被抓获。"
    )
    places = names(ex, "Place")
    assert "蓝县" in places
    assert not places & {"回蓝县", "往蓝县"}


def test_kinds_of_zone_and_housing_are_no_places():
    ex = extract(
        "项目涵盖商务服务、贸易物流、高档社区等业态。市委办、工业集中区负责人参加。"
        "在位于青禾县木竹加工区内的某某公司,工人正在赶制产品。"
    )
    assert names(ex, "Place") == {"青禾县"}


def test_kinds_of_zone_are_no_bodies_either():
    ex = extract("市委办、工业集中区、物流园区负责人参加。")
    assert names(ex, "Organization") == {"市委办"}
