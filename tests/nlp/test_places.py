"""Places, bodies and their boundaries on sentences of the genre (names invented)."""

from tests.helpers import extract, names, relations


def test_a_verb_before_a_body_is_not_part_of_its_name():
    ex = extract("委员张明华代表县工商联作了发言,副县长王立新代表县人民政府致辞。")
    orgs = names(ex, "Organization")
    assert {"县工商联", "县人民政府"} <= orgs
    assert not any("代表" in o for o in orgs)
    assert not any("代表" in p for p in names(ex, "Place"))


def test_a_title_and_person_separate_two_bodies():
    ex = extract("区人民检察院检察长周中原和区监察委员会负责同志列席了会议。")
    orgs = names(ex, "Organization")
    assert {"区人民检察院", "区监察委员会"} <= orgs
    assert not any("周中原" in o or o.startswith("和") for o in orgs)
    assert "中原" not in names(ex, "Place")  # a place word inside a person's name


def test_counted_kinds_and_bare_heads_name_no_body():
    ex = extract("春节期间全县设立12个临时救助站,四家协会参与值守,群众可到法院咨询。")
    orgs = names(ex, "Organization")
    assert not any("救助站" in o or "协会" in o for o in orgs)
    assert "法院" not in orgs


def test_a_kind_of_body_made_of_common_words_is_no_name():
    ex = extract("青禾种植专业合作社是该县最大的种植合作社。")
    orgs = names(ex, "Organization")
    assert "种植合作社" not in orgs
    assert "青禾种植专业合作社" in orgs


def test_a_place_inside_a_company_name_is_no_place_of_its_own():
    ex = extract("代表团来到湖南青竹新材料有限公司和白石乡人民政府考察。", home_city=None)
    assert "湖南青竹新材料有限公司" in names(ex, "Organization")
    places = names(ex, "Place")
    assert "湖南" not in places
    assert "白石乡" in places  # a township named in its government's name


def test_county_anaphor_points_to_the_county():
    ex = extract("松阳县位于浙西山区。全县共有乡镇12个。", home_city="丽水市")
    assert any(m.text == "全县" and m.name == "松阳县" for m in ex.mentions)


def test_zone_named_after_its_city_is_in_it():
    ex = extract("记者从松阳市获悉,松阳高新区今年新增企业20家。", home_city=None)
    assert {"松阳市", "松阳高新区"} <= names(ex, "Place")
    assert ("松阳高新区", "松阳市") in relations(ex, "LOCATED_IN")


def test_counties_listed_under_the_province_are_in_it():
    ex = extract(
        "浙江省财政厅下达奖励资金。全省16个县获得奖励,其中松阳县、青田县各获500万元。",
        home_city=None,
    )
    located = relations(ex, "LOCATED_IN")
    assert ("松阳县", "浙江省") in located and ("青田县", "浙江省") in located


def test_a_title_given_to_a_town_is_no_town():
    ex = extract("青禾镇召开文明镇创建动员大会,力争创建为柳湾市文明镇,借鉴先进发达村的经验。")
    places = names(ex, "Place")
    assert "青禾镇" in places
    assert not {"文明镇", "发达村"} & places
    assert "文明镇" in names(extract("文明镇党委书记王立新主持会议。"), "Place")


def test_a_mongolian_village_cut_in_pieces_is_one_place():
    ex = extract("调研组查看储草棚、呼格吉勒图嘎查牧户家,又到巴彦苏木哈日阿图嘎查。")
    places = names(ex, "Place")
    assert {"呼格吉勒图嘎查", "哈日阿图嘎查"} <= places
    assert not {"吉勒图嘎查", "阿图嘎查"} & places


def test_roads_the_segmenter_cuts():
    ex = extract("新校位于该县青桐路西,招聘会在黄河十一路举行。车辆在高速路口排队。")
    places = names(ex, "Place")
    assert {"青桐路", "黄河十一路"} <= places
    assert not {p for p in places if p.startswith("高速")}


def test_a_road_pattern_inside_a_word_is_read_without_failing():
    ex = extract("孙文欣查看了文化中心项目、西城墙路南延、宜春大街等重点项目。")
    assert {"西城墙路", "宜春大街"} <= names(ex, "Place")  # 城墙路南 begins inside a word


def test_a_zone_by_its_short_suffix_and_a_place_named_for_its_spirit():
    ex = extract("以“弘扬太行精神”为主题,凤冈经开区、长山米业公司负责人参加。")
    places = names(ex, "Place")
    assert "凤冈经开区" in places and "太行" not in places


def test_china_opening_a_term_is_no_place_but_china_itself_is():
    ex = extract(
        "11月8日是第25个中国记者节。师生回顾了新中国成立70年来的成就。中国的发展举世瞩目。"
    )
    places = [m for m in ex.mentions if m.label == "Place" and m.name == "中国"]
    assert len(places) == 1 and places[0].start > 30


def test_a_place_named_only_inside_an_events_name_is_no_mention():
    ex = extract("11月17日,第七届丝绸之路国际博览会招商引资项目集中签约仪式在会展中心举行。")
    assert "丝绸之路" not in names(ex, "Place")


def test_a_county_glued_to_its_citys_level_is_named_alone():
    ex = extract("河北省邢台市威县召开会议。")
    assert "威县" in names(ex, "Place")
    assert "市威县" not in names(ex, "Place")


def test_quan_shi_in_a_countys_paper_is_the_city_above_it_not_the_county():
    ex = extract("青禾市召开会议。全市各区县参加,县委书记林望舒出席。", home_city="青石县")
    places = {(m.text, m.name) for m in ex.mentions if m.label == "Place"}
    assert ("全市", "青禾市") in places
    assert not {p for p in places if p[0] == "全市" and p[1] == "青石县"}
