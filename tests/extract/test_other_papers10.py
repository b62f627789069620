"""Names and their links as other papers write them (round 10; names and sentences invented):
a registered firm of plain words, a post holder inside a list of bodies, an autonomous
county by its short form, a body written by its level, a unit of a body resolved to its
full name, a level before 市场."""

from kg.extract.plausible import level_set
from kg.extract.settle import is_short_form
from tests.helpers import extract, names, relations


def test_a_registered_firm_of_plain_words_is_a_name():
    ex = extract("签约企业有青禾科技有限公司、东方工程设计研究院有限公司。", home_city=None)
    assert "东方工程设计研究院有限公司" in names(ex, "Organization")


def test_a_person_after_a_title_ends_the_body_before_him():
    ex = extract(
        "仪式上,青禾市慈善总会常务副会长张明及铁路中心医院的职工代表先后讲话。", home_city="青禾市"
    )
    orgs = names(ex, "Organization")
    assert not any("张明" in o for o in orgs) and "青禾市慈善总会" in orgs


def test_an_autonomous_county_s_short_form_is_the_county():
    assert is_short_form("青禾县", "青禾回族自治县")
    assert is_short_form("青禾", "青禾回族自治县")
    assert is_short_form("禾山州", "禾山土家族苗族自治州")
    assert not is_short_form("回族县", "青禾回族自治县")
    ex = extract(
        "家住青禾回族自治县东岭乡的村民张某被抓获。青禾县公安局民警将其带回县公安局。",
        home_city="青禾回族自治县",
    )
    places = names(ex, "Place")
    assert "青禾县" not in places and "青禾回族自治县" in places


def test_a_body_written_by_its_level_is_the_county_s_body_of_that_name():
    assert is_short_form("县公安局", "青禾县公安局")
    assert not is_short_form("县政府", "县委县政府")  # two bodies glued, no place before 县政府


def test_a_unit_of_a_body_resolved_to_its_full_name_is_part_of_it():
    ex = extract(
        "青禾县政协开展专题视察。县政协提案委负责组织,县政协领导分组带队。", home_city="青禾县"
    )
    parts = relations(ex, "PART_OF")
    assert ("县政协提案委", "青禾县政协") in parts  # 县政协 is 青禾县政协
    assert not any(s == o for s, o in parts)


def test_a_level_before_a_word_is_no_set_of_levels():
    assert not level_set("县市场监管局") and not level_set("县乡村振兴局")
    assert level_set("县市政协") and level_set("乡镇党委")


def test_a_name_that_swallowed_the_first_character_of_a_set_phrase_is_cut():
    ex = extract("青禾食品有限公司党委副书记陈平如是说。", home_city=None)
    assert "陈平" in names(ex, "Person") and "陈平如" not in names(ex, "Person")


def test_a_statistical_body_named_like_a_place_is_the_place():
    ex = extract("上周,白家岗区东岭乡红星村二组召开了群众会议。", home_city=None)
    assert "白家岗区" in names(ex, "Place")
    assert "白家岗区" not in names(ex, "Organization")


def test_bodies_of_a_set_of_levels_are_no_body():
    ex = extract("青禾州州委、东岭县政府及各地市州文化局负责人参加了座谈。", home_city=None)
    assert "市州文化局" not in names(ex, "Organization")


def test_an_autonomous_county_s_paper_names_its_bodies_by_the_county_s_stem():
    ex = extract(
        "青禾县公安局民警在东岭镇将嫌疑人抓获。民警随即将其带回县公安局。",
        home_city="青禾回族自治县",
    )
    orgs = names(ex, "Organization")
    assert "青禾县公安局" in orgs and "县公安局" not in orgs


def test_a_compound_surname_cut_by_the_segmenter_is_the_name_s():
    ex = extract("县委常委、副县长上官文达参加了视察。在随后的座谈会上,上官文达汇报了情况。")
    people = names(ex, "Person")
    assert "上官文达" in people and "官文达" not in people and "文达" not in people


def test_a_person_between_a_body_and_his_title_is_read():
    ex = extract("教务处岑志远主任对新学期的工作进行了说明。", home_city=None)
    assert "岑志远" in names(ex, "Person")


def test_projects_listed_by_name_are_programmes():
    ex = extract(
        "视察中,委员们对东盛新能源焦化升级改造项目、青禾碳基纳米材料项目、东岭特种树脂项目"
        "三个项目进行了详细了解。",
        home_city="青禾县",
    )
    programmes = names(ex, "Programme")
    assert {"东盛新能源焦化升级改造项目", "青禾碳基纳米材料项目", "东岭特种树脂项目"} <= programmes
