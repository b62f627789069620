"""Subjects shared by coordinated verbs and hosts named together: sentences written for
these tests in the genre's style (invented names and places)."""

from __future__ import annotations

from tests.helpers import extract, relations

JOINT = (
    "2月7日上午,省商务厅、省科协联合青山市人民政府举办青山市第三届职工技能大赛。"
    "省商务厅副厅长陈立新、省科协副主席刘芳、青山市副市长周海等领导同志出席启动仪式,"
    "并到白石镇电商服务中心和青山市职业技术学院进行实地调研。"
)
CONTEST = "青山市第三届职工技能大赛"
LEADERS = ("陈立新", "刘芳", "周海")


def test_a_list_of_people_visits_after_attending_a_ceremony():
    """启动 in 启动仪式 is no new subject: the whole list goes on to the visit."""
    visited = relations(extract(JOINT, home_city="青山市"), "VISITED")
    sites = ("白石镇电商服务中心", "青山市职业技术学院")
    assert {(p, s) for p in LEADERS for s in sites} <= visited


def test_a_list_of_people_goes_on_to_a_second_verb_of_the_same_or_next_clause():
    visited = relations(
        extract(
            "省商务厅副厅长陈立新、青山市副市长周海等领导出席启动仪式,并看望慰问了白石镇敬老院。"
            "副市长刘芳、赵春华出席开工仪式并考察青山市职业技术学院。",
            home_city="青山市",
        ),
        "VISITED",
    )
    assert {("陈立新", "白石镇敬老院"), ("周海", "白石镇敬老院")} <= visited
    assert {("刘芳", "青山市职业技术学院"), ("赵春华", "青山市职业技术学院")} <= visited


def test_bodies_joined_by_联合_hold_the_event_together():
    held = relations(extract(JOINT, home_city="青山市"), "HELD")
    assert {("省商务厅", CONTEST), ("省科协", CONTEST), ("青山市人民政府", CONTEST)} <= held


def test_hosts_written_before_the_event_host_it():
    ex = extract(
        "3月1日上午,由青山市人民政府主办,青山市人社局、青山市总工会承办的"
        "青山市第三届职工技能大赛在市民广场举行。",
        home_city="青山市",
    )
    assert ("青山市人民政府", CONTEST) in relations(ex, "HELD")
    acted = {(r.subj[1], r.obj[1], r.verb) for r in ex.relations if r.type == "ACTED"}
    assert {("青山市人社局", CONTEST, "承办"), ("青山市总工会", CONTEST, "承办")} <= acted


def test_places_after_在_are_where_not_who():
    ex = extract(
        "青山区计划在2月份集中开展招聘活动,于10日、12日分别在东湖街道、西岭街道"
        "开展“春风行动”招聘洽谈会。近期,白石县分别在白石经济开发区和红岭经济开发区"
        "举行重点项目集中开工仪式。"
    )
    held = relations(ex, "HELD")
    hosts = {s for s, _ in held}
    assert not hosts & {"东湖街道", "西岭街道", "白石经济开发区", "红岭经济开发区"}
    assert ("白石县", "重点项目集中开工仪式") in held  # the place before 分别在 acts


def test_a_verb_read_in_a_noun_passes_no_subject_on():
    """县人大代表列席: 代表 names who attends; the body before it does not attend."""
    ex = extract(
        "3月25日,县十五届人大常委会召开第36次会议。会议还邀请部分乡镇人大主席、县人大代表列席会议。"
    )
    assert not relations(ex, "ATTENDED")


def test_the_party_escorted_still_visits_not_the_escort():
    ex = extract(
        "5月8日,副市长周海陪同省农业农村厅厅长陈立新到白石镇电商服务中心调研。",
        home_city="青山市",
    )
    assert ("陈立新", "白石镇电商服务中心") in relations(ex, "VISITED")


def test_a_body_named_with_a_meeting_count_is_the_meeting_not_its_holder():
    ex = extract("3月2日,县政协十一届十八次常委会会议召开。县政协主席王建国主持会议。")
    held = relations(ex, "HELD")
    assert ("县政协", "县政协十一届十八次常委会会议") in held
    assert not any(s.endswith("常委会") for s, _ in held)


def test_bureaus_listed_after_one_named_with_its_level_attend_by_their_heads():
    ex = extract(
        "5月6日,青石县人大常委会第九次会议召开。县政府办、公安局、财政局、司法局负责人列席会议。",
        home_city="青石县",
    )
    attended = {s for s, _ in relations(ex, "ATTENDED")}
    assert {"县政府办", "县公安局", "县财政局", "县司法局"} <= attended  # the list's level


def test_bodies_holding_the_event_named_earlier_in_the_sentence_hold_it():
    ex = extract("当天是青石区2018年“春风行动”招聘会,由青石区人社局、青石区就业服务中心联合举办。")
    held = relations(ex, "HELD")
    assert {b for b, _ in held} >= {"青石区人社局", "青石区就业服务中心"}
    assert all("招聘会" in e for _, e in held)


def test_a_body_after_zai_is_where_the_event_was_held_not_who_held_it():
    ex = extract("5月23日,青石区知联会在青禾村老人文化活动中心举办了大型义诊活动。")
    held = relations(ex, "HELD")
    assert held == {("青石区知联会", "大型义诊活动")}


def test_a_village_listed_with_the_bodies_that_co_host_acts_with_them():
    ex = extract(
        "3月25日上午,青石镇人民政府主办,青石县文化馆、青石镇文化站、青石镇青禾村承办的"
        "青石县青石镇第二届桃花文化旅游节在青禾村桃园盛大开幕。"
    )
    acted = {r.subj[1] for r in ex.relations if r.type == "ACTED"}
    assert {"青石县文化馆", "青石镇文化站", "青禾村"} <= acted


def test_leaders_unveiling_a_plaque_for_a_body_act_on_it():
    ex = extract("县领导林望舒、丁可欣等共同为青石县紧密型县域医共体总院揭牌。")
    acted = relations(ex, "ACTED")
    assert {
        ("林望舒", "青石县紧密型县域医共体总院"),
        ("丁可欣", "青石县紧密型县域医共体总院"),
    } <= acted


def test_the_body_a_plaque_is_unveiled_for_is_no_subject_of_what_follows():
    found = relations(
        extract(
            "林望舒一行来到青石镇新时代文明实践所,并为青禾社区新时代文明实践站揭牌。"
            "在随后召开的座谈会上,林望舒听取了汇报。"
        ),
        "HELD",
    )
    assert found == {("林望舒", "座谈会")}
