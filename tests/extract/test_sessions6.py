"""Numbered sessions of a body are events wherever written; an ordinal with its classifier
opens an event's name (第十个…节大会)."""

from tests.helpers import extract, names


def test_sessions_named_outside_a_convening_verb():
    ex = extract(
        "3月2日,区政府召开全体会。会上,副区长王明远通报区九届人大三次会议和区政协七届二次会议情况,"
        "要求认真贯彻落实区委八届五次全会精神。"
    )
    events = names(ex, "Event")
    assert {"区九届人大三次会议", "区政协七届二次会议", "区委八届五次全会"} <= events
    assert "全体会" in events


def test_ordinal_with_classifier_stays_in_the_name():
    ex = extract("9月9日下午,青禾县第40个教师节大会召开,会上12家企业捐赠教育资金。")
    events = names(ex, "Event")
    assert any(e.endswith("第40个教师节大会") for e in events)
    assert "个教师节大会" not in events
