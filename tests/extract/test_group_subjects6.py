"""Subjects before a setting and tail words all act: leaders listed before where and how they
took part, a street organising at a station (invented sentences)."""

from tests.helpers import extract, relations


def test_leaders_listed_before_where_and_how_they_took_part_all_attend():
    ex = extract(
        "当天上午,王红、陈平、张明等县四套班子领导在县行政中心集体参加了“助学日”爱心捐款活动。"
    )
    attended = relations(ex, "ATTENDED")
    assert {(p, "“助学日”爱心捐款活动") for p in ("王红", "陈平", "张明")} <= attended


def test_a_street_organising_at_a_station_in_a_village_holds_the_activity():
    ex = extract("近日,青川县东岭街道在石门岭村新时代文明实践站组织开展“爱心义剪”志愿服务活动。")
    held = relations(ex, "HELD")
    assert ("东岭街道", "“爱心义剪”志愿服务活动") in held
    assert not {subj for subj, _ in held} - {"东岭街道"}
