"""Donations: who gives (a body through its leader or representative), to whom (the name
after 向/为/给, or carried), and the sum; sentences written for the test, names invented."""

from __future__ import annotations

from kg.extract.giving import receiver_written
from kg.nlp.lexicon import word_list
from tests.helpers import extract

HOME = "青禾县"  # the paper's county in the tests of gifts to the home place


def donated(text: str, home_city: str | None = None) -> set[tuple[str, str, str | None]]:
    ex = extract(text, home_city=home_city)
    return {(r.subj[1], r.obj[1], r.amount) for r in ex.relations if r.type == "DONATED"}


def test_receiver_after_preposition_and_amount():
    found = donated("7月3日,青禾县红星商会向柳塘村捐赠爱心物资,并捐款15万元。")
    assert found == {("青禾县红星商会", "柳塘村", "15万元")}


def test_leader_gives_for_the_body_and_receiver_is_carried():
    found = donated(
        "青禾县红星商会向柳塘村捐款15万元。白石县明远商会会长周立平带领会员来到捐赠点,捐款8万元。"
    )
    assert ("白石县明远商会", "柳塘村", "8万元") in found
    assert not any(giver == "周立平" for giver, _, _ in found)


def test_lead_place_receives_when_no_receiver_is_named():
    found = donated("青禾县的灾情牵动人心。7月15日,白石县明远商会携手捐款捐物,捐款5万元。")
    assert ("白石县明远商会", "青禾县", "5万元") in found


def test_receiver_is_never_the_giver():
    found = donated("青禾县红星商会向柳塘村捐款15万元。白石县明远商会向县指挥部捐赠2万元。")
    assert not any(giver == "县指挥部" for giver, _, _ in found)
    assert ("青禾县红星商会", "柳塘村", "15万元") in found


def test_a_sum_given_with_no_receiver_goes_to_the_home_county():
    found = donated(
        "2月1日,青禾县举行抗疫捐赠仪式。仪式上,青禾县红星商会捐款10万元;"
        "明远建材有限公司、丰泽农业开发有限公司各捐款5万元。",
        HOME,
    )
    assert found == {
        ("青禾县红星商会", "青禾县", "10万元"),
        ("明远建材有限公司", "青禾县", "5万元"),
        ("丰泽农业开发有限公司", "青禾县", "5万元"),
    }


def test_a_list_closed_by_its_count_gives_together():
    found = donated(
        "青禾县教师节大会召开。会上,明远建材有限公司、丰泽农业开发有限公司等12家企业"
        "捐赠共计300万元教育资金,助力青禾县教育发展。",
        HOME,
    )
    assert {giver for giver, _, _ in found} == {"明远建材有限公司", "丰泽农业开发有限公司"}


def test_no_home_gift_without_a_sum_nor_from_those_attending_the_ceremony():
    assert donated("青禾县副县长周立平等出席捐赠活动。", HOME) == set()
    found = donated(
        "明远基金会由明远集团独家全额捐赠。丰泽社区收到明远基金会提供的10万元爱心捐助款,"
        "用于青禾县困难老人。",
        HOME,
    )
    assert found == set()


def test_a_body_gives_to_a_body_after_the_preposition():
    found = donated(
        "青禾县青年创业者协会向县指挥部捐赠1.79万元,明远旅游开发公司向县红十字会捐赠10万元。"
    )
    assert found == {
        ("青禾县青年创业者协会", "县指挥部", "1.79万元"),
        ("明远旅游开发公司", "县红十字会", "10万元"),
    }


def test_a_party_leader_gives_in_person_and_donations_received_are_no_gift():
    assert donated("县委书记王明向白沙镇敬老院捐款1000元。", HOME) == {
        ("王明", "白沙镇敬老院", "1000元")
    }
    assert donated("县慈善总会共收到捐款12万元,善款已投入捐款箱。", HOME) == set()


def test_gift_funds_a_body_takes_in_are_no_gift_of_its_own():
    lead = "2月2日上午,青禾集团总裁王国强在我县爱心企业捐赠仪式上说。"
    assert donated(lead + "截至2月1日,县慈善总会累计接收抗疫捐赠资金603万元。", HOME) == set()
    assert donated("县慈善总会累计为白沙镇捐赠物资10万元。", HOME) == {
        ("县慈善总会", "白沙镇", "10万元")
    }


def test_gifts_go_where_they_are_sent_and_the_giving_firm_is_no_act():
    text = (
        "23日,青禾集团捐赠的价值250万元的爱心物资,集中装车统一运往四川省白沙县。"
        "捐赠企业青禾集团总经理王汉君参加捐赠仪式。"
    )
    assert donated(text, HOME) == {("青禾集团", "白沙县", "250万元")}


def test_every_giving_marker_needs_a_receiver_written_after_it():
    """Each marker (向, 为, 给 …) names a receiver only with words after it: 定向捐赠 names
    none, whichever order the markers' alternation takes."""
    for marker in word_list("giving_markers.txt"):
        text = "通过青禾公益中心定" + marker + "捐赠"
        assert not receiver_written(text, 0, text.index("捐赠")), marker
        text = marker + "青禾小学捐赠"
        assert receiver_written(text, 0, text.index("捐赠")), marker
