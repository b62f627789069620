"""Names of unseen papers' shapes, in sentences written for these tests: half-width commas
in lists of people and bodies, ethnic autonomous units, one-character counties in lists."""

from __future__ import annotations

from tests.helpers import extract, names


def test_half_width_commas_cut_no_name():
    ex = extract(
        "区领导韩立军、苗青、欧阳中宣,青禾建设公司董事长林立出席仪式。区委副书记、区长田文杰,"
        "区人大常委会主任崔向东参加会议。",
        home_city="青禾市",
    )
    people = names(ex, "Person")
    assert {"欧阳中宣", "田文杰", "崔向东"} <= people
    assert "区人大常委会" in names(ex, "Organization") or any(
        n.endswith("区人大常委会") for n in names(ex, "Organization")
    )


def test_a_number_keeps_its_half_width_comma():
    from kg.nlp.doc_index import full_width_marks

    assert full_width_marks("资金1,250万元,用时10:30;共3,x") == "资金1,250万元，用时10:30；共3，x"


def test_an_autonomous_district_is_one_place():
    ex = extract("春来回族区召开重点项目推进会,春来回族区委书记林立出席。", home_city="青禾市")
    assert "春来回族区" in names(ex, "Place")
    assert "回族区" not in names(ex, "Place")
    assert "春来" not in names(ex, "Place")


def test_autonomous_counties_prefectures_and_townships():
    ex = extract(
        "调研组先后来到黔安苗族侗族自治州、松岭满族自治县和白河彝族乡,各民族乡干部参加座谈。",
        home_city=None,
    )
    places = names(ex, "Place")
    assert {"黔安苗族侗族自治州", "松岭满族自治县", "白河彝族乡"} <= places
    assert not any(p.endswith("民族乡") for p in places)
    assert "内蒙古自治区" in names(extract("调研组来到内蒙古自治区调研。", home_city=None), "Place")


def test_a_one_character_county_heading_a_list():
    ex = extract("叶县、青禾县、淇县等8个县各追加奖励2000万元。", home_city=None)
    assert {"叶县", "青禾县"} <= names(ex, "Place")


def test_a_speaker_is_named_without_the_verb_glued_on():
    ex = extract("签约企业代表青禾新能源科技有限公司总经理龚伟作了发言。", home_city="青禾市")
    assert "龚伟" in names(ex, "Person")
    assert "龚伟作" not in names(ex, "Person")


def test_a_village_whose_name_was_split_into_characters_after_its_township():
    ex = extract("记者 林立 摄 金禾乡袁都村,村民忙着采摘秋梨。", home_city="青禾市")
    assert "袁都村" in names(ex, "Place")


def test_members_and_sets_of_levels_are_no_bodies():
    ex = extract("全体乡政府工作人员、26村居支部书记参加会议。", home_city="青禾市")
    orgs = names(ex, "Organization")
    assert not any(n.startswith("全体") or n.startswith("村居") for n in orgs)


def test_sub_units_named_after_their_body():
    ex = extract(
        "区委理论学习中心组(扩大)学习会召开。宣判大会上,青禾法院刑庭法官宣读了判决。",
        home_city="青禾市",
    )
    orgs = names(ex, "Organization")
    assert any(n.endswith("区委理论学习中心组") for n in orgs)
    assert "青禾法院刑庭" in orgs


def test_roles_a_place_plays_are_no_names():
    ex = extract(
        "报告叙述了青禾区政治中心、商业重镇、文化名城的历史定位,要求打造首善之区。",
        home_city="青禾市",
    )
    found = names(ex, "Organization") | names(ex, "Place")
    assert not any(n.endswith(("中心", "重镇", "名城", "之区")) for n in found)


def test_the_tail_of_a_common_word_and_kinds_of_area_are_no_names():
    ex = extract(
        "社区食堂化身为温馨的大家庭宴会厅,辐射周边3个老龄化片区,广大社区居民纷纷点赞。",
        home_city="青禾市",
    )
    found = names(ex, "Organization") | names(ex, "Place")
    assert not any(n.endswith(("宴会厅", "片区")) or n.startswith("广大") for n in found)


def test_cadres_taking_charge_are_no_people():
    ex = extract("要全力推行村干部包组、村组干部包地块责任制,9家县级包保单位参加会议。")
    assert not names(ex, "Person") & {"包组", "包保"}


def test_set_phrases_new_terms_and_kinds_of_site_are_no_names():
    ex = extract(
        "林某强调,要全力以赴服务城市副中心建设。在金禾镇新一届村两委班子上任后,"
        "代表们途经桃花岛、向日葵经济景观带、蔬菜种植基地。",
        home_city="青禾市",
    )
    found = names(ex, "Organization") | names(ex, "Place")
    assert not any(n.startswith("以赴") or "新一届" in n for n in found)
    assert not found & {"向日葵经济景观带", "蔬菜种植基地"}
    assert "金禾镇" in found


def test_a_bridge_that_names_a_farm_is_no_place_but_one_crossed_is():
    farm = extract("代表们实地视察了石河桥家庭农场、石河花廊。", home_city="青禾市")
    assert "石河桥" not in names(farm, "Place")
    crossed = extract("代表们走过石河桥,来到村委会。", home_city="青禾市")
    assert "石河桥" in names(crossed, "Place")


def test_a_town_centre_and_an_adverb_inside_are_no_bodies():
    ex = extract("食堂位于金禾街城区中心。但青禾换热公司明显站在更高的水平上。", home_city="青禾市")
    orgs = names(ex, "Organization")
    assert not any(n.endswith("城区中心") or "明显" in n for n in orgs)


def test_cut_stems_stacked_suffixes_and_market_towns_are_no_places():
    ex = extract(
        "食堂兼顾全年龄段社区居民的需求。各乡集镇开展活动。金禾街道社区食堂举办敬老宴。"
        "来到县城关镇和平村。",
        home_city="青禾市",
    )
    places = names(ex, "Place")
    assert not places & {"龄段社区", "乡集镇", "金禾街道社区"}
    assert {"城关镇", "和平村"} <= places


def test_a_given_name_after_its_surname_is_the_person_named_whole():
    ex = extract(
        "青禾法院副院长连立义出席。在报告中,连立义副院长告诫学生要守法。",
        home_city="青禾市",
    )
    assert "连立义" in names(ex, "Person")
    assert "立义" not in names(ex, "Person")


def test_bare_townships_listed_before_their_kind_are_places():
    ex = extract("县委常委林某分别深入禾泉、辛屯、侯垭、保丰等乡镇看望慰问困难群众。")
    assert {"禾泉", "辛屯", "侯垭", "保丰"} <= names(ex, "Place")
    ex = extract("推进教育、医疗等民生工作。")
    assert not names(ex, "Place")


def test_the_papers_own_level_before_a_body_is_no_part_of_its_name():
    ex = extract("11月28日，我县人民医院、中医院牵头组建医疗集团。", home_city="青禾县")
    orgs = names(ex, "Organization")
    assert "县人民医院" in orgs or "青禾县人民医院" in orgs
    assert "我县人民医院" not in orgs


def test_a_district_ending_in_a_zone_word_is_not_cut_in_a_list():
    ex = extract("市长林某先后前往西塞山区、黄石港区、下陆区调研。", home_city="青禾市")
    assert "港区" not in names(ex, "Place")
