"""Leaders listed before a setting and an adverb all act (invented sentences)."""

from tests.helpers import extract, relations


def test_leaders_listed_before_where_and_how_they_took_part_all_attend():
    ex = extract(
        "当天上午,王红、陈平、张明等县四套班子领导在县行政中心集体参加了“助学日”爱心捐款活动。"
    )
    attended = relations(ex, "ATTENDED")
    assert {(p, "“助学日”爱心捐款活动") for p in ("王红", "陈平", "张明")} <= attended
