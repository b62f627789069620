"""Appointments written in turn (任命甲同志为某职,乙同志为某职), removals (免除甲同志某职),
and letters handed to the people appointed when written by their count (为两名同志颁发
任命书). Invented sentences and names."""

from tests.helpers import extract, relations

SESSION = (
    "8月14日,县十六届人大常委会召开第三十一次会议。会议还一致通过了人事任免决议,"
    "免除周正阳同志常务副县长一职,任命邢立晟同志为县政府副县长,苑东华同志为县政府副县长。"
    "县人大常委会主任江建国为两名同志颁发任命书。"
)


def test_each_person_appointed_in_turn_is_acted_on_by_the_committee():
    acted = relations(extract(SESSION), "ACTED")
    assert ("县十六届人大常委会", "邢立晟") in acted and ("县十六届人大常委会", "苑东华") in acted


def test_a_removal_is_the_committees_act():
    assert ("县十六届人大常委会", "周正阳") in relations(extract(SESSION), "ACTED")


def test_the_second_appointee_holds_the_post():
    posts = relations(extract(SESSION), "HOLDS_POSITION")
    assert any(s == "苑东华" for s, _ in posts)


def test_letters_go_to_the_people_appointed_when_counted():
    ex = extract(SESSION)
    handed = {(r.subj[1], r.obj[1]) for r in ex.relations if r.verb == "颁发任命书"}
    assert handed == {("江建国", "邢立晟"), ("江建国", "苑东华")}
