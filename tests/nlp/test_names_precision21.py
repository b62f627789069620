"""Names by kind, round 21: verbs of moving, building, visiting, solving and a meeting's
business before or inside a phrase, a city's role, a level's park of a kind, bare zones,
teams and sittings, a hospital listed with places and a list's joiner after a name are no
names; a name before how its bearer speaks is one, and so are the state's central bodies
(sentences invented for the tests)."""

from kg.extract.plausible import drop_non_names
from kg.records import Mention
from kg.schema import Label
from tests.helpers import extract, names, relations


def test_a_clause_with_a_verb_inside_names_no_body():
    ex = extract(
        "入冬后,青川县牧民赶着牛羊转往冬季牧场。全市要打造高质量建强现代化省域副中心。"
        "东岭市考察组到我市考察人大代表联络站建设工作。"
    )
    bodies = names(ex, "Organization")
    assert not {b for b in bodies if "转往" in b or "建强" in b or "考察人大" in b}
    assert "东岭市考察组" in bodies


def test_a_levels_park_of_a_kind_and_bare_zones_are_no_places():
    ex = extract("考察团先后来到青川工业项目区、旗教育园区和自贸试验区东港片区考察。")
    places = names(ex, "Place")
    assert "东港片区" in places
    assert not {"项目区", "旗教育园区", "自贸试验区"} & places


def test_a_joiner_after_a_three_character_given_name_is_no_part_of_it():
    # the segmenter glues the joiner on some names only: the check is on the names read
    read = [Mention(Label.PERSON, n, n, 0, len(n)) for n in ("柳为民和", "欧阳春和", "王春和")]
    drop_non_names(read)
    assert [m.name for m in read] == ["柳为民", "欧阳春和", "王春和"]


def test_a_hospital_listed_with_places_is_no_place():
    ex = extract("考察团先后深入青川工业园区、东岭镇、人民医院及文化活动中心等地。")
    assert "人民医院" not in names(ex, "Place")


def test_a_bodys_name_cut_after_an_autonomous_regions_people_opens_at_the_place():
    ex = extract("记者走进广西壮族自治区青川县石门镇东岭村鑫宏养殖专业合作社。", home_city=None)
    bodies = names(ex, "Organization")
    assert not {b for b in bodies if b.startswith("自治区")}
    assert "青川县石门镇东岭村鑫宏养殖专业合作社" in bodies


def test_a_plenarys_sitting_and_a_bare_team_are_no_bodies():
    ex = extract(
        "8月19日,中共青川区委召开三届十二次全委(扩大)会议。各部门人员组成宣讲队,"
        "东岭村志愿服务队也开展了活动。"
    )
    bodies = names(ex, "Organization")
    assert {"中共青川区委", "东岭村志愿服务队"} <= bodies
    assert not {"三届十二次全委", "宣讲队"} & bodies


def test_a_verb_of_solving_before_a_set_of_levels_names_no_body():
    ex = extract("增强内生动力,有效破解市县政协“两个薄弱”问题。青川县政协召开会议。")
    bodies = names(ex, "Organization")
    assert "青川县政协" in bodies
    assert not {b for b in bodies if "破解" in b}


def test_a_villager_speaking_gladly_is_named_without_the_manner():
    ex = extract("“现在的生活有滋有味。”东岭村四组村民骆明高兴地说。")
    assert "骆明" in names(ex, "Person")


def test_a_meetings_business_verb_opens_no_body():
    ex = extract("会议传达学习了讲话精神,研究县政府初步贯彻意见。")
    assert not {b for b in names(ex, "Organization") if b.startswith("研究")}


def test_a_rank_an_adverb_and_an_informing_verb_are_no_part_of_names():
    ex = extract(
        "群众的冷暖牵动着温县领导干部的心。社长刘伟带队调研,每到一处,刘伟都仔细听取介绍。"
        "接到请求后,县公安局立即组织研判,并通报特警大队。"
    )
    assert names(ex, "Person") == {"刘伟"}
    assert not {b for b in names(ex, "Organization") if b.startswith("通报")}


def test_a_source_government_whose_place_holds_an_outlets_character_is_one_body():
    ex = extract("奋力书写新篇章。\n(来源:安徽省池州市石台县人民政府)", home_city=None)
    bodies = names(ex, "Organization")
    assert "石台县人民政府" in bodies  # named without its province and prefecture
    assert "安徽省池州市石台" not in bodies


def test_a_verb_of_electing_before_a_level_names_no_place():
    ex = extract("会议听取了关于选举县十三届人大代表的报告。", home_city=None)
    assert "选举县" not in names(ex, "Place")


def test_central_bodies_named_by_ordinary_words_are_bodies():
    ex = extract("教育部、财政部联合印发通知。国务院安全生产督导组到青川县督导。")
    bodies = names(ex, "Organization")
    assert {"教育部", "财政部", "国务院安全生产督导组"} <= bodies
    assert ("国务院安全生产督导组", "国务院") in relations(ex, "PART_OF")


def test_a_unit_named_after_a_central_body_is_read_whole():
    ex = extract("8月26日,全国人大民委、国家民委祝贺团到青川县调研。")
    assert "全国人大民委" in names(ex, "Organization")
