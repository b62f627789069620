"""参加会议和活动: the meeting and the activity held before, each; a river holds no
meeting named after it (invented sentences)."""

from tests.helpers import extract, relations

HELD = "9月29日,县长李大华组织召开青河防汛现场会并开展巡河活动。"


def test_attending_the_meeting_and_the_activity_attends_both():
    text = HELD + "县委副书记孙大军,副县长闫大海参加会议和活动。"
    attended = relations(extract(text, home_city="青石县"), "ATTENDED")
    assert {
        (p, e) for p in ("孙大军", "闫大海") for e in ("青河防汛现场会", "巡河活动")
    } <= attended


def test_attending_the_meeting_is_the_meeting_not_the_activity_after_it():
    text = HELD + "县委副书记孙大军,副县长闫大海参加会议。"
    attended = relations(extract(text, home_city="青石县"), "ATTENDED")
    assert ("孙大军", "青河防汛现场会") in attended and ("孙大军", "巡河活动") not in attended


def test_a_river_holds_no_meeting_named_after_it():
    text = HELD + "县长李大华一行,在青河沿线详细了解防汛工作开展情况。"
    held = relations(extract(text, home_city="青石县"), "HELD")
    assert ("李大华", "青河防汛现场会") in held
    assert not any(s == "青河" for s, _ in held)


def test_a_visit_written_with_zai_goes_to_the_place_after_it():
    text = "3月25日,市委书记南大勤在青石县就企业复工复产进行调研。"
    assert ("南大勤", "青石县") in relations(extract(text, home_city="青石县"), "VISITED")


def test_a_visit_that_only_dates_a_speech_is_no_visit():
    text = "7月30日,县委书记张大明强调要深入学习总书记在青石县考察调研时的重要讲话精神。"
    assert relations(extract(text, home_city="红河市"), "VISITED") == set()


def test_an_event_held_smoothly_is_named_and_its_speakers_spoke_there():
    text = "7月25日,青石县医联体签约仪式顺利举行。副县长蒋大平参加。蒋大平指出,签约意义重大。"
    ex = extract(text, home_city="青石县")
    assert ("蒋大平", "青石县医联体签约仪式") in relations(ex, "ATTENDED")
    assert ("蒋大平", "青石县医联体签约仪式") in relations(ex, "SPOKE")


def test_a_meeting_wished_to_be_held_smoothly_is_no_event():
    text = "会议要求,要精细筹备,以周密部署保障大会顺利召开、圆满成功。"
    assert not any(m.label == "Event" for m in extract(text, home_city="青石县").mentions)


def test_a_ceremony_named_by_its_kind_as_a_setting_is_an_event_spoken_at():
    text = "3月5日上午,培训班在县委党校开班。开班仪式上,学员代表杨大文作了表态发言。"
    assert ("杨大文", "开班仪式") in relations(extract(text, home_city="青石县"), "SPOKE")


def test_this_meeting_as_a_setting_is_the_one_named_before():
    text = "3月5日,青石县召开政协联络组组长会议。此次大会上,张大明作了发言。"
    events = {m.name for m in extract(text, home_city="青石县").mentions if m.label == "Event"}
    assert "此次大会" not in events


def test_doing_an_activity_well_is_no_part_of_its_name():
    text = "为认真开展好代表旁听庭审活动,9月16日,青石县人民法院邀请县人大代表旁听了庭审。"
    events = {m.name for m in extract(text, home_city="青石县").mentions if m.label == "Event"}
    assert "代表旁听庭审活动" in events
