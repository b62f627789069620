"""Things handed over at a ceremony: the giver acts on each receiver, named or (letters of
appointment) written as the newly appointed (sentences written for the test, names invented)."""

from tests.helpers import extract


def handed(text: str, verb: str = "颁发任命书") -> set[tuple[str, str]]:
    ex = extract(text)
    return {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "ACTED" and r.verb == verb}


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


def test_certificates_and_plaques_go_to_the_person_named_after_the_giver():
    text = (
        "市委常委、宣传部部长孟立新向青石工业园区党工委书记、管委会主任韩德明颁发证书。"
        "市委宣传部副部长卫春阳向五家站镇许林村党支部书记石广田授牌。"
    )
    assert handed(text, "颁发证书") == {("孟立新", "韩德明")}
    assert handed(text, "授牌") == {("卫春阳", "石广田")}


def test_a_body_receives_when_no_person_is_named():
    text = "县长韦志远为青石县第一中学颁发了奖牌。"
    assert handed(text, "颁发奖牌") == {("韦志远", "青石县第一中学")}
