"""PART_OF: a body written as another body's name plus a unit is part of it, not a body's
fuller name; sentences written for the test, names invented."""

from __future__ import annotations

from tests.helpers import extract, relations


def part_of(text: str) -> set[tuple[str, str]]:
    return relations(extract(text, home_city=None), "PART_OF")


def test_unit_written_after_the_body_elsewhere():
    found = part_of("县委召开常委会议。会上,县委宣传部部长孙明远汇报了工作。")
    assert ("县委宣传部", "县委") in found


def test_fuller_name_is_no_part():
    found = part_of("青禾宏达召开年会。青禾宏达公司董事长周立平出席。")
    assert not any(whole == "青禾宏达" for _, whole in found)


def test_what_is_said_to_lie_somewhere_is_located_in_its_most_specific_place():
    ex = extract(
        "叁益铅笔制造有限公司位于三乡镇南村村,主要生产铅笔。新城初级中学位于该县青桐路西。"
    )
    located = relations(ex, "LOCATED_IN")
    assert {("叁益铅笔制造有限公司", "南村村"), ("新城初级中学", "青桐路")} <= located


def test_a_list_after_某镇的_goes_on_past_a_village_placed_before():
    ex = extract(
        "医疗队到柳塘镇甲溪村开展义诊。活动已覆盖柳塘镇的甲溪村、乙岭村、丙湾村,石湾乡的丁坪村。",
        home_city="青禾县",
    )
    located = relations(ex, "LOCATED_IN")
    assert {("乙岭村", "柳塘镇"), ("丙湾村", "柳塘镇"), ("丁坪村", "石湾乡")} <= located


def test_a_unit_is_located_through_its_parent_not_beside_it():
    ex = extract(
        "近日,青山县人民法院刑事审判庭公开审理了一起盗窃案,青山县多名群众旁听。", home_city=None
    )
    assert ("青山县人民法院刑事审判庭", "青山县人民法院") in relations(ex, "PART_OF")
    located = relations(ex, "LOCATED_IN")
    assert ("青山县人民法院", "青山县") in located
    assert not {whole for part, whole in located if part == "青山县人民法院刑事审判庭"}


def test_an_industrial_zone_is_no_county_that_villages_lie_in():
    ex = extract("1月18日,市委领导分别来到青川工业集中区、五家站镇许林村颁发奖牌。", home_city=None)
    located = relations(ex, "LOCATED_IN")
    assert ("许林村", "五家站镇") in located
    assert not {part for part, whole in located if whole == "青川工业集中区"}


def test_a_body_with_a_name_of_its_own_after_its_village_is_named_without_the_address():
    ex = extract(
        "22日,东岭市青石街道天门岭居委会组织义诊。调研组来到石门村鑫源种植专业合作社,"
        "又来到东湖街道市民活动中心。",
        home_city=None,
    )
    bodies = {m.name for m in ex.mentions if m.label == "Organization"}
    assert {"天门岭居委会", "鑫源种植专业合作社", "东湖街道市民活动中心"} <= bodies
    located = relations(ex, "LOCATED_IN")
    assert {("天门岭居委会", "青石街道"), ("鑫源种植专业合作社", "石门村")} <= located


def test_a_town_written_after_our_city_is_the_home_citys_not_the_county_named_later():
    ex = extract(
        "10月29日,由我市新坝镇和东川控股集团有限公司援建的青云县龙苴镇综合服务中心举行奠基仪式。",
        home_city="扬中市",
    )
    located = relations(ex, "LOCATED_IN")
    assert ("新坝镇", "扬中市") in located
    assert ("新坝镇", "青云县") not in located


def test_towns_listed_after_our_city_are_the_home_citys_and_the_text_opening_is_not():
    ex = extract("北京时间8月7日,县长到我市罗坊乡、安砂镇等地调研。", home_city="永安市")
    located = relations(ex, "LOCATED_IN")
    assert {("罗坊乡", "永安市"), ("安砂镇", "永安市")} <= located
    assert ("北京", "永安市") not in located
