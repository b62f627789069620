"""以X为主题 / 以《X》为题: the subject acts on its theme (invented sentences)."""

from tests.helpers import extract


def acted(text: str) -> set[tuple[str, str]]:
    return {(r.subj[1], r.obj[1]) for r in extract(text).relations if r.type == "ACTED"}


def test_a_lecturer_speaks_under_a_title():
    assert ("翟建国", "《走进东山》") in acted("翟建国以《走进东山》为题,详细叙述了东山的历史。")


def test_a_county_works_under_a_theme():
    assert ("青石县", "“项目竞进年”") in acted("今年以来,青石县以“项目竞进年”为主题,全力拼经济。")


def test_no_theme_is_read_into_what_a_speaker_said():
    found = acted("王大明在仪式上致辞。他表示,青石县以“项目竞进年”为主题,全力拼经济。")
    assert ("王大明", "“项目竞进年”") not in found


def test_a_leader_meeting_a_visitor_acts_on_him():
    assert ("丁大海", "张文华") in acted("市委书记丁大海会见了张文华一行。")


def test_a_meeting_studying_documents_is_its_holder_acting_on_them():
    found = acted(
        "4月3日下午,青川区区长郎明主持召开区政府第25次常务会议。"
        "会议传达学习了《中华人民共和国妇女权益保障法》。"
    )
    assert any(obj == "《中华人民共和国妇女权益保障法》" for _, obj in found)


def test_a_quoted_theme_with_a_comma_and_a_verb_is_no_clause_of_its_own():
    text = "12月4日,青石县人民检察院开展了以“走进检察院,体验新服务”为主题的公众开放日活动。"
    held = {(r.subj[1], r.obj[1]) for r in extract(text).relations if r.type == "HELD"}
    assert ("青石县人民检察院", "公众开放日活动") in held
