"""Person names read from the shapes around them (kg.nlp.persons, kg.nlp.person_names)."""

from __future__ import annotations

from tests.helpers import extract, names, relations


def people(text: str) -> set[str]:
    return names(extract(text), "Person")


def test_a_name_glued_to_a_verb_is_the_name_alone():
    found = people(
        "县委书记惠明远下达开工令。镇党委副书记、镇长范屹带队开展走访,"
        "省侨联主席程嵘率调研组深入企业。该院检察长王立巍到现场指导。"
    )
    assert {"惠明远", "范屹", "程嵘", "王立巍"} <= found
    assert not found & {"惠明", "范屹带队", "程嵘率", "王立巍到"}


def test_every_name_of_a_list_after_a_title_with_rare_surnames():
    found = people("副县长白如松、甘立新、商秋鸣出席会议。")
    assert {"白如松", "甘立新", "商秋鸣"} <= found


def test_names_before_a_title():
    found = people(
        "城东区行政审批局赵明杰科长告诉记者,办事效率提高了。"
        "青山小学孙晓波、龙丹丹、夏林老师分别带来示范课。"
    )
    assert {"赵明杰", "孙晓波", "龙丹丹", "夏林"} <= found
    assert "夏林老师" not in found


def test_place_before_a_title_is_no_name():
    found = people("1月16日消息:龙湾区委常委、常务副区长贾立春到企业调研。")
    assert "贾立春" in found and "龙湾" not in found


def test_surname_and_honorific_is_a_person():
    assert "阳师傅" in people("“哪位老人需要理发?可以找阳师傅帮忙!”没多久,阳师傅家门前就来了人。")


def test_surname_and_title_is_the_person_named_in_full():
    ex = extract(
        "县人大副主任闫文忠、镇党委书记石川看望老党员。闫主任、石书记详细了解了老人的生活情况。"
    )
    found = names(ex, "Person")
    assert found == {"闫文忠", "石川"}
    assert {m.short_form for m in ex.mentions if m.name == "闫文忠"} >= {"闫主任"}


def test_appointed_people_are_whole_names():
    found = people(
        "会议决定任命祝庆和为东湖区人民政府副区长,"
        "任命方卫民、曹环球、罗华林为区人大常委会代表资格审查委员会组成人员。"
    )
    assert {"祝庆和", "方卫民", "曹环球", "罗华林"} <= found
    assert "祝庆" not in found


def test_words_and_anonymised_parties_are_no_names():
    found = people("被告人刘某某在自家屋后种植罂粟。鼓励村干部解放思想、放下包袱。")
    assert found == set()


def test_one_space_between_title_and_name():
    assert "陈建新" in people("岳阳市工商联主席 陈建新参加活动。")


def test_names_parted_by_spaces_are_several_people():
    found = people("会议还研究了其他事项。\n张立新 顾 辉")
    assert {"张立新", "顾辉"} <= found
    assert "顾 辉" not in found


def test_names_with_a_middle_dot():
    found = people(
        "市委副书记、市长吾拉木江·热依木,副市长沙比尔·麦合木提及相关部门负责人陪同检查。"
    )
    assert {"吾拉木江·热依木", "沙比尔·麦合木提"} <= found


def test_the_models_lone_persons_need_a_surname():
    from kg.nlp.person_names import model_person

    assert model_person("王立新") and model_person("艾则孜·木沙")
    assert not model_person("凯龙") and not model_person("刘") and not model_person("刘黎)")


def test_a_surname_that_is_also_a_word_after_a_title():
    ex = extract("县委书记曾立远出席仪式。副县长于海舟主持。县长曾多次强调安全。")
    assert {"曾立远", "于海舟"} <= names(ex, "Person")
    assert not {n for n in names(ex, "Person") if n.startswith("曾多")}
    assert ("曾立远", "县委") in relations(ex, "HOLDS_POSITION")


def test_a_list_member_whose_given_name_is_a_word_and_leaders_named_from_their_group():
    ex = extract(
        "3月1日,项目开工仪式在高新区举行,林望舒、孙立舟、伍继承、丁可欣等县四大家领导出席仪式。"
        "要推进稳增长、惠民生、防风险等工作。"
    )
    people = names(ex, "Person")
    assert "伍继承" in people and "惠民生" not in people
    attended = {s for s, _ in relations(ex, "ATTENDED")}
    assert {"林望舒", "伍继承", "丁可欣"} <= attended


def test_a_rare_surname_beside_another_unnamed_party():
    ex = extract("民警在邻市将犯罪嫌疑人张某、芦某抓获归案。")
    assert {"张某", "芦某"} <= names(ex, "Person")


def test_师_is_a_surname_after_a_title_and_no_name_in_ordinary_words():
    found = people(
        "市政协主席师敬学、副主席郑文达一行来我县走访调研。全县教师节表彰大会上,师生代表发言。"
    )
    assert {"师敬学", "郑文达"} <= found
    assert not any(p.startswith("师") and p != "师敬学" for p in found)
