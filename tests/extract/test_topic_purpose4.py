"""A place opening a verbless clause with 为了 (寒石区为了满足…需求,计划…开展…) is the
subject of the clauses after it: it holds the event they name."""

from tests.helpers import extract, relations


def test_a_place_followed_by_weile_holds_the_event_after():
    ex = extract(
        "春节假期刚刚结束,寒石区为了更好地满足企业用工需要,计划在2月份集中组织,"
        "于10日、12日分别在东关街道、西关街道开展“暖心就业”招聘洽谈会。",
        home_city="潍坊市",
    )
    assert ("寒石区", "“暖心就业”招聘洽谈会") in relations(ex, "HELD")
