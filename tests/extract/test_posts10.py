"""Posts whose body is written elsewhere (round 10; names and sentences invented): a
county head whose government the article names only later, and the next clause of a list
of officials with a title of no particular body."""

from tests.helpers import extract, relations


def test_a_bare_head_s_government_may_be_named_later_in_the_article():
    ex = extract(
        "8日,青禾县委副书记、县长张明出席开工仪式。仪式由县人民政府副县长李强主持。",
        home_city="青禾县",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert ("张明", "县人民政府") in posts and ("李强", "县人民政府") in posts


def test_a_title_of_no_body_after_a_list_of_officials_is_held_in_their_body():
    ex = extract("县政协副主席王红、陈平,秘书长张明出席会议。", home_city="青禾县")
    assert ("张明", "县政协") in relations(ex, "HOLDS_POSITION")


def test_a_rank_after_a_list_of_officials_names_no_body():
    ex = extract(
        "县委副书记、县长张明,县领导王红、陈平出席仪式。县政府工作人员参加。", home_city="青禾县"
    )
    assert not any(who in ("王红", "陈平") for who, _ in relations(ex, "HOLDS_POSITION"))


def test_a_desk_listed_among_titles_is_a_post_at_the_body_before():
    ex = extract("青禾县法院党组成员、政治处主任郭文政陪同走访。")
    assert ("郭文政", "青禾县法院") in relations(ex, "HOLDS_POSITION")
