"""A figure in the clause after one that holds an event counts the event, not its holder,
and a slogan opening an event's name keeps its comma."""

from tests.helpers import extract, names, relations


def test_a_figure_after_a_held_event_measures_the_event():
    ex = extract(
        "4月17日,柳河镇在镇政府三楼召开文明镇创建动员大会,各村支部书记共120多人参加了会议。"
    )
    assert ("120多人", "文明镇创建动员大会") in relations(ex, "MEASURES")


def test_a_slogan_opening_an_event_name_keeps_its_comma():
    ex = extract("6月25日上午,柳河镇举办“牢记嘱托,砥砺前行”七月党员主题党日活动。")
    assert "“牢记嘱托,砥砺前行”七月党员主题党日活动" in names(ex, "Event")
