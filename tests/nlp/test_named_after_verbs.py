"""Events and projects named after their verb: two events joined after the first one's head,
a court's sitting, projects named bare in a list closed by their kind; and the days the
country keeps (sentences invented)."""

from tests.helpers import extract, names, relations


def test_two_meetings_joined_by_he_are_two_events_both_presided():
    ex = extract(
        "5月23日,县政府党组书记、县长张明主持召开县政府党组会议和县政府2025年第16次常务会议。",
        home_city="青川县",
    )
    assert {"县政府党组会议", "县政府2025年第16次常务会议"} <= names(ex, "Event")
    presided = relations(ex, "PRESIDED")
    assert {("张明", "县政府党组会议"), ("张明", "县政府2025年第16次常务会议")} <= presided


def test_a_joiner_inside_a_name_before_any_head_keeps_one_event():
    ex = extract("5月23日,县里召开青川友好、和平与发展协会会议。")
    assert "青川友好、和平与发展协会会议" in names(ex, "Event")


def test_a_courts_sitting_to_pronounce_judgments_is_an_event():
    ex = extract("10月23日上午,青川县人民法院在六楼审判庭对一批刑事案件进行了集中宣判。")
    assert "集中宣判" in names(ex, "Event")


def test_projects_named_bare_in_a_list_closed_by_their_kind_are_programmes():
    ex = extract(
        "近年来,青山镇开展清洁庭院、爱心驿站、“小水滴”助学成长、春苗计划和暖心敬老等十余个项目。"
        "社区还设立了免费理发、修脚、义诊等便民项目。"
    )
    projects = names(ex, "Programme")
    assert {"清洁庭院", "爱心驿站", "小水滴助学成长", "春苗计划", "暖心敬老"} <= projects
    assert not {"免费理发", "修脚", "义诊"} & projects
    assert ("青山镇", "春苗计划") in relations(ex, "HELD")


def test_the_days_and_festivals_the_country_keeps_are_events_and_kinds_of_day_are_not():
    ex = extract(
        "在中国农民丰收节到来之际,东岭村举办晒秋活动。5月18日是全国助残日。春节是中华民族传统节日。"
    )
    events = names(ex, "Event")
    assert {"中国农民丰收节", "全国助残日"} <= events
    assert not {e for e in events if e.endswith("节日")}


def test_an_activity_a_group_carries_out_is_named_without_the_group():
    ex = extract("自1月25日起,青山县陆续组织全县党员干部开展走访慰问活动。")
    events = names(ex, "Event")
    assert "走访慰问活动" in events
    assert not {e for e in events if "开展" in e}
