"""Honours given in the passive with the bodies that give them written between 被 and the
verb (某村被甲部、乙部等部门授予…称号): the one honoured acts, the givers do not; an
active 授予 makes no one act on the honour here. The subject keeps through adverbs of
manner and a cause (还因广泛开展…). Invented sentences and names."""

from tests.helpers import extract, relations

PASSIVE = (
    "此外,2019年,青石村还因广泛开展环境综合整治等工作,"
    "被省委宣传部、省农业农村厅等部门授予“全省乡村治理示范村”称号。"
)


def test_the_village_honoured_in_the_passive_acts():
    acted = relations(extract(PASSIVE), "ACTED")
    assert ("青石村", "“全省乡村治理示范村”") in acted
    assert not any(s in ("省委宣传部", "省农业农村厅") for s, _ in acted)


def test_an_honour_given_actively_is_no_act_of_the_giver():
    acted = relations(extract("省农业农村厅授予青石村“全省乡村治理示范村”称号。"), "ACTED")
    assert not any(s == "省农业农村厅" for s, _ in acted)


def test_a_person_named_an_honour_by_a_body():
    acted = relations(extract("张立新被县委评为“优秀共产党员”。"), "ACTED")
    assert ("张立新", "“优秀共产党员”") in acted


def test_the_subject_keeps_through_an_adverb_of_manner():
    held = relations(extract(PASSIVE), "HELD")
    assert {s for s, _ in held} == {"青石村"}
