"""Events named without a verb before them: numbered party congresses, anniversaries,
quoted banners, events held 在某地, weather (sentences invented)."""

import pytest

from tests.helpers import extract, names, relations


def test_a_numbered_party_congress_and_an_anniversary():
    ex = extract("会议指出,市第九次党代会以来成绩显著。今年是建党105周年。")
    assert {"市第九次党代会", "建党105周年"} <= names(ex, "Event")


def test_a_quoted_event_name_but_not_a_quoted_activity():
    ex = extract("村里举办了一场“青石村邻里趣味运动会”。“清洁家园”活动持续开展。")
    events = names(ex, "Event")
    assert "青石村邻里趣味运动会" in events
    assert not any("清洁家园" in e for e in events)


def test_an_event_held_somewhere_keeps_its_year():
    ex = extract("3月2日,2025年青石市元宵灯光晚会在白河广场举行。")
    assert "2025年青石市元宵灯光晚会" in names(ex, "Event")


def test_weather_named_as_the_fuller_form_written():
    ex = extract("青石镇出现短时强降雨。全镇有序应对强降雨,暴雨过后道路畅通。")
    events = names(ex, "Event")
    assert "短时强降雨" in events
    assert "强降雨" not in events


def test_guarding_against_rain_is_no_event():
    ex = extract("镇长带队开展强降雨防御专项检查,要求做好防御强降雨工作。")
    assert "强降雨" not in names(ex, "Event")


def test_a_count_or_a_second_verb_makes_no_event_name():
    ex = extract("5月6日,市长主持召开两场项目推进座谈会。次日,调研组开展实地调研并召开座谈会。")
    events = names(ex, "Event")
    assert not any(e.startswith("两场") or "召开" in e for e in events)


def test_an_event_after_the_aspect_mark_and_a_contracted_ceremony():
    ex = extract(
        "5月8日,区政协召开了六届委员会第四次主席会议。"
        "6月2日,第二季度重点项目集中开竣工仪式在青石镇举行。"
        "7月1日,白河村举行了隆重的揭牌仪式。"
    )
    events = names(ex, "Event")
    assert {"六届委员会第四次主席会议", "第二季度重点项目集中开竣工仪式", "揭牌仪式"} <= events
    assert not {e for e in events if "隆重" in e}


def test_events_of_a_month_and_after_carrying_out():
    ex = extract(
        "9月以来,区检察院开展开学第一课 法治进校园系列活动。"
        "2月2日下午,市慈善协会对白河社区困难户进行寒冬送温暖慰问活动。"
    )
    assert {"开学第一课法治进校园系列活动", "寒冬送温暖慰问活动"} <= names(ex, "Event")


def test_a_place_short_form_glued_before_the_year_opens_the_name():
    ex = extract(
        "2月26日,青石2025年第一次重大项目集中开工仪式在高新区举行。今年2025年第二次会议召开。"
    )
    events = names(ex, "Event")
    assert "青石2025年第一次重大项目集中开工仪式" in events
    assert not {e for e in events if e.startswith("今年")}


def test_the_occasions_of_speeches_and_letters_are_events_not_held_here():
    ex = extract(
        "5月6日,区委召开常委会会议,学习了在青石论坛上的重要讲话及致2025白河博览会、"
        "第三届江海友好、合作与发展委员会全会的贺信。区委书记林望舒主持会议。"
    )
    events = names(ex, "Event")
    assert {"青石论坛", "2025白河博览会", "第三届江海友好、合作与发展委员会全会"} <= events
    assert not {p for p in relations(ex, "PRESIDED") if p[1] != "常委会会议"}


def test_a_determiner_opens_no_event_name():
    ex = extract("3月2日,市人社局举办了这样的专场招聘会,这种招聘会很受欢迎。")
    assert not {e for e in names(ex, "Event") if e.startswith(("这样的", "这种"))}


def test_an_event_that_is_its_clauses_subject_is_named_from_the_clauses_opening():
    ex = extract(
        "5月6日上午,“书香满城·阅读有我”青石县图书馆联合社区推广全民阅读公益活动在文化广场举行。"
        "会议讨论通过了县政协常委会议召开的时间。在县十八届人大二次会议开幕前夕,代表们集中学习。"
    )
    events = names(ex, "Event")
    assert "“书香满城·阅读有我”青石县图书馆联合社区推广全民阅读公益活动" in events
    assert not {e for e in events if e.startswith(("5月", "上午", "会议讨论", "在"))}


def test_a_time_word_and_de_open_no_event_name():
    ex = extract("县委书记林望舒,副县长丁可欣出席当天的捐赠仪式。")
    assert "捐赠仪式" in names(ex, "Event")
    assert not {e for e in names(ex, "Event") if e.startswith("当天")}


def test_a_themes_comma_ends_no_event_name():
    ex = extract("9月2日下午,青石中学师生齐聚操场,举行了主题为“我的国,我的家”为主题的开学典礼。")
    assert "开学典礼" in names(ex, "Event")


def test_an_activity_held_on_a_date_is_an_event_not_a_programme():
    ex = extract("5月23日,青石区知联会在青禾村老人活动中心举办了大型义诊活动。")
    assert "大型义诊活动" in names(ex, "Event")
    assert "大型义诊活动" not in names(ex, "Programme")


def test_a_festival_opening_is_an_event_held_by_its_hosts():
    ex = extract(
        "3月25日上午,青石镇人民政府主办,青石县文化馆承办的青石县青石镇第二届桃花文化旅游节"
        "在青禾村桃园盛大开幕。"
    )
    assert "青石县青石镇第二届桃花文化旅游节" in names(ex, "Event")
    held = {r.subj[1] for r in ex.relations if r.type == "HELD"}
    assert "青石镇人民政府" in held


def test_a_case_tried_or_solved_is_an_event_named_without_its_count_or_party():
    ex = extract(
        "6月1日,青石县法院公开审理一起合同诈骗案,四十位人大代表旁听了此次庭审。"
        "7月2日,该院审理被告人王某犯盗窃罪一案。"
    )
    events = names(ex, "Event")
    assert "合同诈骗案" in events
    assert not {e for e in events if e.startswith(("一起", "被告人"))}
    assert ("四十位", "合同诈骗案") in relations(ex, "MEASURES")


def test_a_year_glued_before_an_event_held_names_it():
    ex = extract("昨日上午,2012青禾“十月半”民俗文化节开幕式隆重举行。县领导韩晓东出席开幕式。")
    assert "2012青禾“十月半”民俗文化节开幕式" in names(ex, "Event")  # the ceremony held


def test_an_event_and_the_one_it_is_joined_to_by_并开展_are_two():
    ex = extract("9月29日,县长韩晓东组织召开青河防汛现场会并开展巡河活动。", home_city="青禾县")
    events = names(ex, "Event")
    assert {"青河防汛现场会", "巡河活动"} <= events
    assert not any("并" in e for e in events)


def test_a_meeting_word_the_head_list_lacks_names_the_meeting_its_verb_convenes():
    ex = extract("近日,县人大常委会召开重点建议督办会。副县长韩晓东出席会议并讲话。")
    assert "重点建议督办会" in names(ex, "Event")
    assert ("韩晓东", "重点建议督办会") in relations(ex, "ATTENDED")


def test_a_kind_of_meeting_alone_after_its_verb_is_no_name():
    ex = extract("遇到跨部门难题,县安委会将召开专题会研究。")
    assert "专题会" not in names(ex, "Event")


def test_an_event_opening_its_clause_keeps_its_year_and_its_numbered_honour():
    ex = extract(
        "1月4日,2022年度区直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行。"
        "3月26日上午,第十届“最美青禾人”暨2022年度青禾县优秀志愿服务典型颁奖典礼在青禾广场举行。"
    )
    assert {
        "2022年度区直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动",
        "第十届“最美青禾人”暨2022年度青禾县优秀志愿服务典型颁奖典礼",
    } <= names(ex, "Event")


def test_an_event_held_after_a_comma_and_its_place():
    ex = extract("3月6日晚,青禾县首届文旅推荐官技能大赛暨2023年表彰大会,在该县德润广场举行。")
    assert "青禾县首届文旅推荐官技能大赛暨2023年表彰大会" in names(ex, "Event")


def test_a_theme_written_straight_before_its_head_is_the_name():
    ex = extract("4月9日,青石县在白河镇松林景区举行主题为“欢乐山乡·同庆三月三”活动,群众对唱山歌。")
    assert "“欢乐山乡·同庆三月三”活动" in names(ex, "Event")
    assert ("青石县", "“欢乐山乡·同庆三月三”活动") in relations(ex, "HELD")


@pytest.mark.parametrize("site", ["文化广场", "白河中学", "青山湖风景区"])
def test_a_place_holds_what_it_holds_at_a_site_inside_another_place(site):
    ex = extract(f"4月9日,青石县在白河镇{site}举行“欢乐山乡”文艺汇演活动。")
    assert ("青石县", "“欢乐山乡”文艺汇演活动") in relations(ex, "HELD")
    assert not {s for s, _ in relations(ex, "HELD")} - {"青石县"}
