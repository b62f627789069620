"""Attendees listed after the event (kg.extract.attendee_lists) and the events they name:
出席会议的领导有甲,乙; a day or 我县 before an event's name; an event named again by some of
its words; 由甲主持 after a list of people. Names and sentences invented."""

from tests.helpers import extract, names, relations


def test_people_listed_after_you_attended_the_event_before_them():
    ex = extract(
        "青禾区召开经济工作会议。出席会议的领导有区委书记张明,区长李强,区委办、区财政局负责同志。",
        home_city="青禾区",
    )
    attended = relations(ex, "ATTENDED")
    assert {("张明", "经济工作会议"), ("李强", "经济工作会议")} <= attended
    assert ("区财政局", "经济工作会议") in attended
    assert not any(who == "青禾区" for who, _ in attended)  # the host did not attend


def test_a_list_with_no_name_gives_nobody_the_verb():
    ex = extract("青禾区召开经济工作会议。参加会议的还有各镇负责人。", home_city="青禾区")
    assert relations(ex, "ATTENDED") == set()


def test_the_list_ends_where_a_clause_does_more_than_list():
    ex = extract(
        "东岭开发区科技园项目集中开工暨签约仪式在科技园举行。出席今天集中开工仪式的领导有区委书记张明,"
        "区政协副主席王红,大会由开发区陈平主任主持。",
        home_city="青禾区",
    )
    event = "东岭开发区科技园项目集中开工暨签约仪式"
    assert {("张明", event), ("王红", event)} <= relations(ex, "ATTENDED")
    assert relations(ex, "PRESIDED") == {("陈平", event)}
    assert not any(e.startswith("今天") for e in names(ex, "Event"))


def test_my_county_before_an_event_holds_it_and_is_no_part_of_its_name():
    ex = extract("8日,我县冬季农田水利建设现场推进会召开,副县长张明参加会议。", home_city="青禾县")
    assert "冬季农田水利建设现场推进会" in names(ex, "Event")
    assert ("青禾县", "冬季农田水利建设现场推进会") in relations(ex, "HELD")


def test_principals_listed_between_named_people_keep_the_list_going():
    ex = extract(
        "青禾区举行项目签约仪式。区领导张明、李强,区委办等单位主要负责同志,各镇(街道)行政正职,"
        "企业代表参加签约仪式。",
        home_city="青禾区",
    )
    attended = {who for who, _ in relations(ex, "ATTENDED")}
    assert {"张明", "李强"} <= attended
