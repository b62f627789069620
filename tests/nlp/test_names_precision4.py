"""Non-names of real papers' shapes, in sentences written for these tests: a given name
glued to the body after it, two bodies glued, verbs and prepositions glued on, roads of a
kind, counted kinds and papers read as places, a signature's marks."""

from __future__ import annotations

from tests.helpers import extract, names


def test_given_name_and_conjunction_before_a_level_are_no_place():
    ex = extract(
        "副县长何明、顾义强、张骏和县法院院长杨兴、县检察院检察长杨柯出席会议。",
        home_city="青禾县",
    )
    assert not any("骏和" in n for n in names(ex, "Place") | names(ex, "Organization"))
    assert "县法院" in names(ex, "Organization")


def test_a_county_whose_name_holds_he_stays():
    ex = extract("福建省平和县法院院长杨兴出席会议。", home_city=None)
    assert "平和县" in names(ex, "Place")


def test_party_committee_and_government_glued_is_the_committee():
    ex = extract("同时,青禾县安平镇党委政府持续优化营商环境。", home_city="青禾县")
    assert "青禾县安平镇党委" in names(ex, "Organization")
    assert "青禾县安平镇党委政府" not in names(ex, "Organization")


def test_two_openers_before_a_body_are_both_cut():
    ex = extract("在考察现场华桥乡党委书记林强表示欢迎。", home_city="青禾县")
    assert "华桥乡党委" in names(ex, "Organization")
    assert not any(n.startswith("现场") for n in names(ex, "Organization"))


def test_verbs_inside_a_body_make_no_name():
    ex = extract("车刚驶出镇政府,王晓就站了起来。", home_city="青禾县")
    assert not any("驶出" in n for n in names(ex, "Organization"))


def test_an_outlet_after_ju_is_named_without_it():
    ex = extract("据青禾晚报讯(记者 李明)3月2日,县里召开会议。", home_city="青禾县")
    assert "青禾晚报" in names(ex, "Organization")
    assert "据青禾晚报" not in names(ex, "Organization")


def test_roads_of_a_kind_are_no_places_nor_people():
    ex = extract("村里的路原来是水泥路,后来改成了沙石路和柏油路。", home_city="青禾县")
    found = names(ex, "Place") | names(ex, "Person")
    assert not found & {"水泥路", "沙石路", "柏油路"}


def test_a_paper_and_a_counted_campus_are_no_places():
    ex = extract("据陇西报报道,代表们到县职业技术学校(三校区)视察。", home_city="青禾县")
    assert not names(ex, "Place") & {"陇西报", "三校区"}


def test_a_signatures_dots_are_no_part_of_the_name():
    ex = extract("以实干担当为民服务。\n·方纳川·", home_city="青禾县")
    assert "方纳川" in names(ex, "Person")


def test_a_person_is_named_without_the_verb_after_it():
    ex = extract("区委书记李清陪同调研并参加座谈。", home_city="青禾县")
    assert "李清" in names(ex, "Person")
    assert "李清陪" not in names(ex, "Person")


def test_he_after_a_list_mark_begins_the_name():
    ex = extract("先后到和平中学、和苑街道梦和园社区党群服务中心视察。", home_city="青禾县")
    assert "和苑街道梦和园社区党群服务中心" in names(ex, "Organization")


def test_cooperatives_and_departments_of_a_kind_are_no_bodies():
    ex = extract("这个村在去年成立了集体经济合作社,涉农部门负责人参加。", home_city="青禾县")
    assert not names(ex, "Organization") & {"集体经济合作社", "涉农部门"}


def test_a_campus_is_no_place():
    ex = extract("代表们到县职业技术学校南校区视察。", home_city="青禾县")
    assert "南校区" not in names(ex, "Place")


def test_a_body_cut_from_a_town_of_the_article_is_none():
    text = "上午,青溪馆镇举办了活动。说这话的是青溪馆镇馆前村的书记。更多人参与到青溪馆镇发展中。"
    assert "青溪馆" not in names(extract(text, home_city="青禾县"), "Organization")


def test_a_name_written_whole_elsewhere_keeps_its_last_character():
    ex = extract("省长程立高就加快发展调研。程立高一行来到园区。", home_city="青禾县")
    assert "程立" not in names(ex, "Person")
