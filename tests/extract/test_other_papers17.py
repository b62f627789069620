"""Who-did-what round 17 (a first read of fifteen articles from new papers): a meeting
named in quotes right after the verb that convenes it, a party branch's secretary, and a
chain of posts with the page's spaces around its list mark (sentences written for the
tests, names invented)."""

from tests.helpers import extract, names, relations


def test_a_quoted_meeting_convened_is_held_presided_and_attended():
    ex = extract(
        "5月9日,青禾县在柳川市会展中心组织召开的“青禾县(柳川)招商恳谈会”,"
        "青禾县委书记韩晓东主持会议。县政协副主席林晓舟等出席会议。",
        home_city="青禾县",
    )
    meeting = "青禾县(柳川)招商恳谈会"
    assert ("韩晓东", meeting) in relations(ex, "PRESIDED")
    assert ("林晓舟", meeting) in relations(ex, "ATTENDED")
    assert ("青禾县", meeting) in relations(ex, "HELD")


def test_a_party_branch_s_secretary_holds_the_post_in_it():
    ex = extract("大会由青禾中学党总支书记周立平主持。")
    assert ("周立平", "青禾中学党总支") in relations(ex, "HOLDS_POSITION")


def test_posts_listed_with_spaces_around_the_mark_are_each_held():
    ex = extract("市委常委 、市人大常委会副主任、政法委书记韩晓东出席。")
    posts = relations(ex, "HOLDS_POSITION")
    assert {("韩晓东", "市委"), ("韩晓东", "市人大常委会")} <= posts


def test_a_unit_of_two_characters_between_its_body_and_a_title_holds_the_post():
    ex = extract("县委农办主任韩晓东参加会议。")
    assert ("韩晓东", "县委农办") in relations(ex, "HOLDS_POSITION")


def test_bodies_named_by_their_delegates_after_等_and_a_count_attend():
    ex = extract(
        "5月9日,青禾县召开招商恳谈会。柳川市湖北商会、柳川印刷学会、"
        "柳川新材料股份有限公司等12家企业主要负责人应邀参加会议。",
        home_city="青禾县",
    )
    attended = relations(ex, "ATTENDED")
    firms = {"柳川市湖北商会", "柳川印刷学会", "柳川新材料股份有限公司"}
    assert {(f, "招商恳谈会") for f in firms} <= attended


def test_a_committee_and_government_written_as_one_are_two_bodies_holding_it():
    ex = extract(
        "4月28日下午,由青禾县委县政府主办的庆丰收表彰大会在县文化中心隆重召开。",
        home_city="青禾县",
    )
    held = relations(ex, "HELD")
    assert {("青禾县委", "庆丰收表彰大会"), ("县政府", "庆丰收表彰大会")} <= held


def test_bare_bodies_listed_after_a_level_s_committee_are_that_level_s():
    ex = extract("柳川乡党委、政府、人大、政协和群工办的全体工作人员参加会议。", home_city="青禾县")
    bodies = names(ex, "Organization")
    assert {"柳川乡政府", "柳川乡人大"} <= bodies
    assert not {"柳川乡政协", "政府", "人大"} & bodies
    ex = extract("乡党委、政府、人大、政协和群工办的全体工作人员参加会议。", home_city="青禾县")
    assert "乡政协" not in names(ex, "Organization")  # no township has one


def test_bare_bureaus_listed_after_a_leveled_body_are_that_level_s():
    ex = extract("县发改委、财政局、应急管理局等部门负责人陪同调研。", home_city="青禾县")
    bodies = names(ex, "Organization")
    assert not {"财政局", "应急管理局"} & bodies
    assert {b for b in bodies if b.endswith("财政局")} and {
        b for b in bodies if b.endswith("应急管理局")
    }
