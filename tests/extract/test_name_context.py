"""Names judged by the text around them (kg.extract.name_context). Sentences and names
are invented."""

from __future__ import annotations

from kg.extract.name_context import drop_by_context
from kg.records import Mention
from kg.schema import Label
from tests.helpers import extract, names


def mention(label: Label, text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(label, name, name, start, start + len(name))


def kept(label: Label, text: str, name: str, token_starts=None) -> list[str]:
    mentions = [mention(label, text, name)]
    starts = range(len(text)) if token_starts is None else token_starts
    drop_by_context(mentions, text, starts)
    return [m.name for m in mentions]


def test_a_place_beginning_inside_a_word_is_no_place():
    text = "省厅委托区县开展培训。"
    assert kept(Label.PLACE, text, "托区县", {0, 2, 4, 6}) == []  # 委托 | 区县: 托 ends a word
    assert kept(Label.PLACE, "到青禾县调研。", "青禾县", {0, 1, 4}) == ["青禾县"]


def test_a_counted_body_or_one_inside_a_regulation_is_no_body():
    assert kept(Label.ORGANIZATION, "全县建成农家书屋12个。", "农家书屋") == []
    assert kept(Label.ORGANIZATION, "学习县乡镇人大工作条例。", "县乡镇人大") == []
    assert kept(Label.ORGANIZATION, "青禾县文化馆举办展览。", "青禾县文化馆") == ["青禾县文化馆"]


def test_a_road_direction_after_a_place_is_one_street_with_it():
    text = "督导组到湖滨北路街道检查。"
    mentions = [mention(Label.PLACE, text, "湖滨"), mention(Label.PLACE, text, "北路街道")]
    drop_by_context(mentions, text, range(len(text)))
    assert [m.name for m in mentions] == ["湖滨北路街道"]
    text = "青禾县西路口村"  # 县 | 西路口村: the county, then a village of its own
    mentions = [mention(Label.PLACE, text, "青禾县"), mention(Label.PLACE, text, "西路口村")]
    drop_by_context(mentions, text, range(len(text)))
    assert [m.name for m in mentions] == ["青禾县", "西路口村"]


def test_the_level_of_our_district_is_no_part_of_a_company():
    text = "走访我区青禾新材有限公司。"
    mentions = [mention(Label.ORGANIZATION, text, "区青禾新材有限公司")]
    drop_by_context(mentions, text, range(len(text)))
    assert [(m.name, m.start) for m in mentions] == [("青禾新材有限公司", 4)]


def test_a_bare_place_opening_a_longer_name_is_no_place_of_its_own():
    ex = extract("柳湾村举办第三届中国柑橘采摘节,并邀请江苏青禾新材料科技公司参展。")
    assert not {"中国", "江苏"} & names(ex, "Place")
    assert "柳州" not in names(extract("工作组检查了青禾超市和柳州商城。"), "Place")
    ex = extract("代表团赴江苏考察,随后到中国科学院参观。")
    assert "江苏" in names(ex, "Place")
    assert "青禾市" in names(extract("青禾市副市长王明远出席。"), "Place")


def test_a_body_that_took_the_yi_of_yiji_is_named_without_it():
    text = "县委宣传部、政法委以及县直各部门负责人参加。"
    assert kept(Label.ORGANIZATION, text, "政法委以") == ["政法委"]
    assert kept(Label.ORGANIZATION, "青禾县政法委以案促改。", "青禾县政法委") == ["青禾县政法委"]


def test_a_person_acting_is_no_body_named_after_him():
    text = "王大建一行赴青石县捐赠10万元。捐赠现场,王大建将善款交至青石县工商联负责人手中。"
    orgs = {m.name for m in extract(text, home_city="白水市").mentions if m.label == "Organization"}
    assert not any(o.startswith("王大建") for o in orgs)


def test_pieces_of_a_place_short_form_are_no_person_and_no_place():
    text = "张大明介绍了青蔡县县情,今后将为青蔡和郑州的企业搭建平台。"
    mentions = [
        mention(Label.PLACE, text, "青蔡县"),
        Mention(Label.PLACE, "蔡县县", "蔡县县", 7, 10),
        mention(Label.PERSON, text, "蔡和"),
    ]
    drop_by_context(mentions, text, range(len(text)))
    assert [m.name for m in mentions] == ["青蔡县"]


def test_a_list_member_opened_by_a_title_is_no_person_of_four_characters():
    text = "县政协副主席程大芳、乐大才、吴大明、秘书长吴建雄出席会议。"
    assert "秘书长吴" not in names(extract(text, home_city="白沙县"), "Person")


def test_people_joined_to_a_body_and_a_cut_company_are_no_bodies():
    text = "网格员、协管员和燃气公司要加强巡查。消防大队深入益佳通新能源科技有限公司开展演练。"
    orgs = names(extract(text, home_city="白沙县"), "Organization")
    assert "协管员和燃气公司" not in orgs and not any(o.endswith("有限") for o in orgs)


def test_a_dateline_outlet_is_named_without_the_city_it_filed_from():
    text = "映象网驻马店讯(记者 杨晓)10月19日,考察团莅临上蔡县。"
    orgs = names(extract(text, home_city="上蔡县"), "Organization")
    assert "映象网" in orgs and "映象网驻马店" not in orgs


def test_the_level_of_the_place_met_before_is_no_part_of_a_body_after_it():
    text = "3月20日,青石县举行项目集中开工仪式。张大明还检查了该县白沙镇污水处理厂项目建设情况。"
    orgs = names(extract(text, home_city="红河市"), "Organization")
    assert "白沙镇污水处理厂" in orgs and not any(o.startswith(("县", "青石县县")) for o in orgs)


def test_a_company_cut_after_a_one_character_word_is_no_body():
    text = "李大明一行先后来到华泰荣和金属压铸件有限公司进行调研。"
    assert "铸件有限公司" not in names(extract(text, home_city="青石县"), "Organization")
    assert kept(
        Label.ORGANIZATION, "安徽开润股份有限公司捐款。", "开润股份有限公司", {0, 2, 4}
    ) == ["开润股份有限公司"]


def test_a_verb_of_coming_before_a_one_character_county_is_no_part_of_it():
    text = (
        "3月14日,县长张大明会见来寿县投资考察的企业负责人,双方举行会谈。"
        "张大明对来寿县考察洽谈的客商表示欢迎,并介绍寿县经济社会发展情况。"
    )
    assert names(extract(text, home_city="寿县"), "Place") == {"寿县"}


def test_a_match_a_host_and_a_count_of_people_are_no_bodies():
    text = "揭幕战上,东道主青石队迎战白沙队。会议通过了对王大俊、王利明两位审判委员会委员的任命。"
    orgs = names(extract(text, home_city="青石县"), "Organization")
    assert not any(o.startswith("东道主") or "迎战" in o or "两位" in o for o in orgs)


def test_a_speaker_is_named_without_the_verb_of_his_speech():
    text = "会议听取了县人大办公室主任王谦作的关于园区建设情况的报告。升旗仪式后,校长杨明致开幕词。"
    assert {"王谦", "杨明"} <= names(extract(text, home_city="青石县"), "Person")


def test_our_county_body_named_again_is_the_county_body_not_our_county_s():
    text = "为夯实我县平安建设基础,我县司法局组成送法下乡团。6月10日,县司法局局长彭大宏到瓦溪镇开展活动。"
    ex = extract(text, home_city="青石县")
    assert {m.name for m in ex.mentions if m.label == "Organization"} == {"县司法局"}


def test_a_slogan_verb_is_no_part_of_a_body():
    text = "会议要求,要始终坚持党的领导,树牢人民法院政治机关第一属性。"
    assert not any(
        o.startswith("树") for o in names(extract(text, home_city="青石县"), "Organization")
    )


def test_a_site_named_by_a_kind_of_body_and_a_set_of_levels_are_no_places():
    text = "义诊现场设在镇政府广场,吸引了数百名群众。部分苏木镇联络办负责人参加。"
    ex = extract(text, home_city="青石旗")
    assert not names(ex, "Place") & {"镇政府广场", "苏木镇"}
    assert "苏木镇联络办" not in names(ex, "Organization")


def test_a_known_place_the_segmenter_cut_after_a_verb_is_kept():
    ex = extract("25日,考察团一行来临沂市参观考察。", home_city="临沂市")
    assert "临沂市" in names(ex, "Place")
