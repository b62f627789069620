"""Donations: who gives (a body through its leader or representative), to whom (the name
after 向/为/给, or carried), and the sum; sentences written for the test, names invented."""

from __future__ import annotations

from tests.helpers import extract


def donated(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract(text, home_city=None)
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
