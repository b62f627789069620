"""Places located from the sentence's shape: a list after a place and 的, a place right
after an anaphor of a place, and a county paper's townships named without their county."""

from tests.helpers import extract, names, relations


def test_a_place_after_an_anaphor_is_in_the_place_it_means():
    ex = extract("柳河镇位于青石区东部。该镇前进村通往村北的道路已经修好。")
    assert ("前进村", "柳河镇") in relations(ex, "LOCATED_IN")


def test_a_county_papers_streets_are_in_its_one_county():
    ex = extract(
        "寒石区计划在2月份组织开展招聘活动,分别在东关街道、西关街道开展招聘洽谈会。"
        "寒石区人社局准备了岗位1500余个。",
        home_city="潍坊市",
    )
    located = relations(ex, "LOCATED_IN")
    assert ("东关街道", "寒石区") in located
    assert ("西关街道", "寒石区") in located


def test_streets_are_left_alone_when_two_counties_are_named():
    ex = extract(
        "寒石区和青石区分别在东关街道、西关街道开展招聘洽谈会。",
        home_city="潍坊市",
    )
    assert not {r for r in relations(ex, "LOCATED_IN") if r[0].endswith("街道")}


def test_a_school_campus_ending_in_qu_is_no_county():
    ex = extract("正阳小学南校区的师生在东关街道、西关街道开展志愿服务。", home_city="潍坊市")
    assert not {r for r in relations(ex, "LOCATED_IN") if r[0].endswith("街道")}


def test_places_listed_after_a_place_and_de_are_in_it_past_an_unread_item():
    ex = extract("近期,在青石区柳河镇的后张集、王家庄、赵家庄等多个村,新打好的机井让村民满意。")
    located = relations(ex, "LOCATED_IN")
    assert ("王家庄", "柳河镇") in located
    assert ("赵家庄", "柳河镇") in located


def test_a_township_papers_villages_are_in_its_one_township():
    ex = extract(
        "柳河镇新一届村两委上任100天来成效明显。前进村修通了道路,红旗村修新桥4座。",
        home_city=None,
    )
    located = relations(ex, "LOCATED_IN")
    assert ("前进村", "柳河镇") in located
    assert ("红旗村", "柳河镇") in located


def test_a_place_listed_after_an_address_at_its_level_opens_another_address():
    ex = extract("自2018年起,青石区柳河镇和白水县红山乡建立了对口协作关系。", home_city="白水县")
    located = relations(ex, "LOCATED_IN")
    assert ("柳河镇", "青石区") in located and ("红山乡", "白水县") in located
    assert ("白水县", "青石区") not in located  # a county is in no district
    ex = extract("调研组先后前往柳河街道东湾村和红山镇上岭村等处。", home_city="白水县")
    assert ("红山镇", "柳河街道") not in relations(ex, "LOCATED_IN")


def test_a_district_s_level_glued_to_the_next_town_is_cut_off():
    ex = extract("浙江省青禾市上虞区章镇镇党政企代表团来到红山乡。", home_city="白水县")
    assert "章镇镇" in names(ex, "Place") and "区章镇" not in names(ex, "Place")
