"""A former post (原馆长, 原副主任) is read like a present one (invented sentence)."""

from tests.helpers import extract


def test_a_former_title_before_the_name_holds_its_body():
    found = {
        (r.subj[1], r.obj[1], r.title)
        for r in extract("会议邀请了东山市博物馆原馆长翟建国作专题报告。").relations
        if r.type == "HOLDS_POSITION"
    }
    assert ("翟建国", "东山市博物馆", "原馆长") in found
