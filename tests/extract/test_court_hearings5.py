"""A court hearing of a named case is an event the court and its officers take part in
(invented sentences)."""

from tests.helpers import extract, relations

HEARING = (
    "日前,南川区法院公开审理被告人王某某涉嫌危险驾驶罪一案。院长周明担任审判长,"
    "南川区检察院检察长李华出庭支持公诉。"
)
CASE = "王某某涉嫌危险驾驶罪一案"


def test_the_case_heard_is_named_without_the_party_word():
    names = {m.name for m in extract(HEARING).mentions}
    assert CASE in names


def test_the_judge_and_the_prosecutor_act_in_the_hearing():
    found = {(r.type, r.subj[1], r.obj[1]) for r in extract(HEARING).relations}
    assert ("ACTED", "周明", CASE) in found
    assert ("ACTED", "李华", CASE) in found


def test_deputies_sitting_in_on_a_hearing_attend_it():
    ex = extract(
        "6月13日,县法院公开开庭审理了被告人张某盗窃一案。县人大常委会副主任林望舒旁听了此次庭审。"
    )
    assert ("林望舒", "张某盗窃一案") in relations(ex, "ATTENDED")


def test_a_count_of_those_who_sit_in_measures_the_hearing():
    ex = extract(
        "6月13日,县法院公开开庭审理了被告人张某盗窃一案。"
        "县人大常委会副主任林望舒以及四十位人大代表旁听了此次庭审。督导组对10个项目进行了观摩。"
    )
    measured = relations(ex, "MEASURES")
    assert ("四十位", "张某盗窃一案") in measured
    assert ("10个", "张某盗窃一案") not in measured
