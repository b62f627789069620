"""kg.link.resolve.PersonGroups: people joined across scopes keep why they were joined."""

from __future__ import annotations

from kg.link.resolve import PersonGroups

NATIONAL = ("Person", "章明远", "")
IN_CITY_A = ("Person", "章明远", "甲市")
IN_CITY_B = ("Person", "章明远", "乙市")


def test_a_pair_joined_by_two_articles_keeps_its_reason():
    groups = PersonGroups([(NATIONAL, IN_CITY_A, "title 总书记")] * 2)
    assert groups.find(IN_CITY_A) == NATIONAL
    assert groups.reasons == {NATIONAL: {"title 总书记"}}


def test_reasons_of_joined_groups_are_gathered_on_the_top_key():
    groups = PersonGroups(
        [(IN_CITY_A, IN_CITY_B, "post 省长"), (NATIONAL, IN_CITY_B, "title 总理")]
    )
    assert {groups.find(k) for k in (IN_CITY_A, IN_CITY_B)} == {NATIONAL}
    assert groups.reasons == {NATIONAL: {"post 省长", "title 总理"}}
