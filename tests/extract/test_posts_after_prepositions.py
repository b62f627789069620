"""Posts in a chain after a preposition (会议由县委副书记、县长甲主持) are read like a chain
that opens its clause: each title with its own body. The count of a meeting (第二次) is no
part of the body named after it. Sentences and names are invented."""

from tests.helpers import extract, names, shown

MEETING = "3月3日,县政府召开2021年第二次县政府常务会议。会议由县委副书记、县长林志远主持。"


def posts(ex, person: str) -> set[tuple[str, str]]:
    return {
        (shown(r.obj), r.title)
        for r in ex.relations
        if r.type == "HOLDS_POSITION" and shown(r.subj) == person
    }


def test_a_chain_after_a_preposition_gives_each_title_its_body():
    ex = extract(MEETING)
    assert posts(ex, "林志远") == {("县委", "县委副书记"), ("县政府", "县长")}


def test_the_count_of_a_meeting_is_no_part_of_the_body():
    ex = extract(MEETING)
    assert not any(n.startswith("第二次") for n in names(ex, "Organization"))
