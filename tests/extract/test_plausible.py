"""The last check on names (kg.extract.plausible): each class of non-name it drops,
and the names beside them it keeps. Sentences and names are invented."""

from __future__ import annotations

from kg.extract.plausible import drop_non_names, is_name
from kg.records import Mention
from kg.schema import Label
from tests.helpers import extract, names


def org(name: str, known: set[str] = frozenset()) -> bool:
    return is_name(Mention(Label.ORGANIZATION, name, name), set(known))


def place(name: str, known: set[str] = frozenset()) -> bool:
    return is_name(Mention(Label.PLACE, name, name), set(known))


def test_a_fragment_or_punctuation_is_no_name():
    assert not place("区") and not org("局")
    assert not place("青禾 区") and not org("青禾县,政府")
    assert org("“五一”青年突击队")  # quotes around a part of the name are the name's


def test_a_verb_or_preposition_before_the_name_is_no_name():
    assert not org("交由青禾县审计局") and not org("代表青禾县委")
    assert not org("被告单位某某建材有限公司")
    assert not place("随青禾县", {"青禾县"})  # 随 | 青禾县: the county is named alone
    assert not org("人青禾县人民检察院", {"青禾县人民检察院"})
    assert place("随州市") and place("和平区") and place("向阳村")


def test_a_verb_inside_the_name_is_no_name():
    assert not org("党支部领办合作社") and not org("黄某首先代表青禾县委")
    assert org("青禾县党政代表团") and org("青禾县人民代表大会常务委员会")


def test_a_kind_of_body_is_no_body():
    for kind in ("民政局", "综治中心", "武警中队", "乡镇党委", "市级相关部门"):
        assert not org(kind), kind
    for body in ("市委", "县政府", "青禾县民政局", "柳湾村党支部", "中共中央政治局"):
        assert org(body), body
    for body in ("村党支部", "村委会", "社区居委会"):  # a village's, as 县委 is a county's
        assert org(body), body


def test_a_kind_of_place_an_epithet_or_a_company_is_no_place():
    for kind in ("剧院广场", "瑶族自治县", "红枣之乡", "青禾科技", "业广场"):
        assert not place(kind), kind
    for name in ("平原县", "文明镇", "世纪大道", "夏县", "青禾县", "中国"):
        assert place(name), name


def test_a_town_said_twice_is_the_town():
    mentions = [Mention(Label.PLACE, "青禾镇镇", "青禾镇镇", 0, 4)]
    drop_non_names(mentions)
    assert [m.name for m in mentions] == ["青禾镇"]


def test_the_pipeline_keeps_names_and_drops_kinds():
    ex = extract("6月3日,青禾县民政局局长王明远带领工作组到柳湾村调研,民政局、综治中心负责人陪同。")
    orgs = names(ex, "Organization")
    assert "青禾县民政局" in orgs
    assert not {"民政局", "综治中心"} & orgs
    assert "王明远" in names(ex, "Person")


def test_a_bare_head_after_the_body_named_in_full_is_that_body():
    assert org("代表团", {"青禾县党政代表团"})
    assert not org("代表团") and not org("代表团", {"青禾县政府"})


def test_levels_named_as_a_body_are_no_body():
    for kind in ("县乡人大", "旗级人大", "县级融媒体中心", "村级专业合作社", "两县县委", "三县市"):
        assert not org(kind), kind
    for body in ("县乡村振兴局", "县委常委会", "三门县委", "县直机关工委"):
        assert org(body), body


def test_a_title_or_a_phrase_glued_inside_a_body_is_no_name():
    assert not org("县委常委人武部") and not org("县委中心")  # 县委常委 | 人武部, 县委中心工作
    assert not org("青禾经济社会发展贡献商会")


def test_a_dateline_is_no_name():
    assert not org("青禾讯") and not place("青禾讯")


def test_kinds_of_zone_and_area_are_no_places():
    for kind in ("肉牛养殖示范区", "县城中心广场", "美乡村", "军分区", "副苏木", "农高区"):
        assert not place(kind), kind
    for name in ("青禾工业园区", "西城区", "新城区", "宣城市", "青禾港"):
        assert place(name), name


def test_a_person_named_like_the_articles_place_is_the_place():
    mentions = [
        Mention(Label.PERSON, "青禾", "青禾", 10, 12),
        Mention(Label.PERSON, "王明远", "王明远", 0, 3),
    ]
    drop_non_names(mentions, home="青禾县")
    assert [(m.label, m.name) for m in mentions] == [
        (Label.PLACE, "青禾县"),
        (Label.PERSON, "王明远"),
    ]


def test_a_zone_word_before_a_company_and_a_verb_before_a_name_are_cut():
    mentions = [
        Mention(
            Label.ORGANIZATION, "经济开发区青禾新材有限公司", "经济开发区青禾新材有限公司", 0, 13
        ),
        Mention(Label.PLACE, "随柳湾县", "柳湾县", 20, 23),
        Mention(Label.PLACE, "随柳湾县", "随柳湾县", 30, 34),
    ]
    drop_non_names(mentions)
    assert [m.name for m in mentions] == ["青禾新材有限公司", "柳湾县", "柳湾县"]


def person(name: str) -> bool:
    return is_name(Mention(Label.PERSON, name, name), set())


def test_works_levels_and_verbs_read_as_places_are_no_places():
    for kind in ("泵站", "海塘", "度假区", "地级市", "千亿级园区", "国家级度假区"):
        assert not place(kind), kind
    for piece in ("托区县", "对街镇", "优下乡", "服务市", "整合社区", "包联社区"):
        assert not place(piece), piece  # 委托 | 区县, 说唱团优 | 下乡, 服务 | 市集
    for name in ("青禾水库", "柳湾度假区", "团结村", "幸福社区", "和平区", "青禾县"):
        assert place(name), name


def test_levels_or_a_verb_before_a_body_and_the_institution_alone_are_no_body():
    assert not org("省乡镇人大") and not org("请区发改委") and not org("对县政协")
    assert not org("人大") and not org("人大", {"青禾县人大"})
    assert org("区发改委") and org("省人大") and org("青禾县人大")


def test_a_festival_is_no_person():
    assert not person("丰收节") and not person("读书节")
    assert person("王明远") and person("王春节")  # 王春: no ordinary word


def test_a_person_after_a_title_two_places_glued_or_a_kind_of_association_is_no_body():
    assert not org("王广部") and not org("青禾市省政协") and not org("使区政府")
    assert not org("户外协会") and not org("新时代文明实践中心")
    assert org("青禾县委宣传部") and org("青禾市政协") and org("青禾县摄影协会")
    assert org("柳湾镇新时代文明实践中心")


def test_a_verb_before_a_congress_or_levels_named_by_kind_are_no_body():
    assert not org("彰显政协") and not org("履职和人大") and not org("乡两级人大")
    assert not org("融媒体中心") and not org("医疗小分队")
    assert org("青禾县政协") and org("全国政协") and org("柳湾街道人大") and org("县融媒体中心")


def test_a_committee_named_with_its_government_is_the_committee():
    mentions = [
        Mention(Label.ORGANIZATION, "青禾县委县政府", "青禾县委县政府", 0, 7),
        Mention(Label.ORGANIZATION, "市委市政府", "市委市政府", 9, 14),
    ]
    drop_non_names(mentions)
    assert [m.name for m in mentions] == ["青禾县委", "市委"]


def test_a_preposition_or_verb_glued_before_a_body_is_no_body():
    assert not org("受市人大常委会") and not org("任青禾市委宣传部", {"青禾市"})
    assert org("市人大常委会") and org("青禾市委宣传部", {"青禾市"})


def test_a_government_of_no_place_a_whole_area_or_a_members_station_is_no_body():
    assert not org("有为政府") and not org("地方政府")  # an epithet, a kind: no place named
    assert not org("全省县乡人大") and not org("全市乡镇党委")  # a whole area's bodies
    assert not org("人大代表联络站") and not org("发改局")  # one in every town; a bare sector
    assert org("青禾县人民政府") and org("第十六届人民政府") and org("白音苏木政府")
    assert org("全国人大") and org("青禾县发改局") and org("人大常委会")


def test_a_meeting_verb_or_an_honour_glued_to_a_name_is_no_name():
    assert not place("听取县开发区") and not org("审议市人大常委会")  # 听取 | 县开发区 (汇报)
    assert not org("青禾市劳动模范柳湾区实验小学")  # the honour, then the body the hero works in
    assert place("青禾县开发区") and org("市人大常委会") and org("柳湾区实验小学")


def test_a_subdistrict_s_committee_is_a_body_named_by_its_level():
    assert org("街道党工委") and org("苏木党委") and not org("社区工作")
    ex = extract("活动伊始,街道党工委副书记王红致辞。", home_city="青禾市")
    assert "街道党工委" in names(ex, "Organization")


def test_a_verb_of_building_stops_the_name_of_what_is_built():
    ex = extract("某公司拿出120万元,捐赠给青禾县新建柳湾乡幼儿园。", home_city="青禾县")
    assert "柳湾乡幼儿园" in names(ex, "Organization")
    assert "青禾县新建柳湾乡幼儿园" not in names(ex, "Organization")


def test_produce_grown_or_counted_is_no_person_and_a_titled_namesake_is():
    ex = extract("2020年种植杨梅30亩,2021年种植桑葚30亩。村党支部书记杨梅出席仪式。")
    people = [m for m in ex.mentions if m.label == "Person"]
    assert [m.text for m in people] == ["杨梅"] and people[0].start > 20  # the secretary only


def test_clauses_kinds_and_works_read_as_names_are_none():
    ex = extract(
        "全力打造千亿产业、千亿园区。目前,入驻产业园区的企业全部开工。群众点赞医院领导班子。"
        "百姓享受到三甲医院的服务。篷外站着的老人热情招呼。采茶工人排起长队。"
    )
    found = names(ex, "Place") | names(ex, "Organization")
    assert not found & {"千亿园区", "入驻产业园区", "三甲医院", "篷外站", "采茶工人排起长队"}
    assert not any("点赞" in n for n in found)
    ex = extract("青禾高速贯穿其中。这里属于柳湾灌区的一部分。")
    assert not {"青禾", "柳湾"} & names(ex, "Place")  # the road's and the district's first part
