"""Gifts by a list of bodies, and a receiver written in words no name was read from
(invented sentences)."""

from tests.helpers import extract


def gifts(text: str) -> set[tuple[str, str]]:
    return {(r.subj[1], r.obj[1]) for r in extract(text).relations if r.type == "DONATED"}


def test_every_body_of_a_list_closed_by_a_group_noun_gives():
    found = gifts(
        "11月7日,新义社区幸福食堂正式启用。启动仪式上,东岗村党委、西岗村党委、光华村党委"
        "等共建单位向新义社区捐赠了娱乐设施、应急用品等物资。"
    )
    donors = {giver for giver, _ in found}
    assert {"西岗村党委", "光华村党委"} <= donors


def test_a_receiver_written_as_plain_words_is_not_replaced_by_the_lead_place():
    found = gifts(
        "11月7日,新义社区幸福食堂正式启用。启动仪式上,西岗村党委向社区食堂捐赠了应急用品。"
    )
    assert ("西岗村党委", "新义社区") not in found
