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


def test_a_group_opening_a_clause_ends_the_carried_subject():
    ex = extract(
        "9月22日,州人大常委会组织代表到青溪县开展集中视察。县委副书记、县长林志远陪同视察。"
        "通过实地视察和工作汇报,视察组对青溪县各项工作给予了肯定,认为青溪县规划编制思路清晰,"
        "为全面建成小康社会深入推进乡村振兴及“十四五”规划实施奠定了基础。"
    )
    assert not any(
        r.type == "ACTED" and shown(r.subj) == "林志远" and "十四五" in shown(r.obj)
        for r in ex.relations
    )


def test_a_post_in_a_body_not_read_leaves_the_chains_other_posts():
    ex = extract("省人大代表、青溪医科大学副校长、农工党某省副主席林志远参加视察。")
    assert ("青溪医科大学", "副校长") in posts(ex, "林志远")


def test_a_courts_clerk_holds_a_post_there():
    ex = extract("州法院书记员李金莲参加视察。")
    assert any(body == "州法院" for body, _ in posts(ex, "李金莲"))
