"""Letters of appointment: the giver acts on each receiver, named or written as the newly
appointed (sentences written for the test, names invented)."""

from tests.helpers import extract


def handed(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    return {
        (r.subj[1], r.obj[1]) for r in ex.relations if r.type == "ACTED" and r.verb == "颁发任命书"
    }


def test_the_newly_appointed_are_those_the_session_appointed():
    text = (
        "12月15日,青石市人大常委会第八次会议召开。根据表决结果,任命周向前同志为青石市商务局局长,"
        "任命田小东同志为青石市环境保护局局长。主任范立林向新任命人员颁发任命书。"
    )
    assert handed(text) == {("范立林", "周向前"), ("范立林", "田小东")}


def test_a_named_receiver_and_no_letter_without_a_giver():
    assert handed("主任赵仲文向副市长卢新华颁发任命书;卢新华进行了宪法宣誓。") == {
        ("赵仲文", "卢新华")
    }
    assert handed("会上向新任命人员颁发任命书。") == set()
