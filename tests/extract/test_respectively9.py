"""分别 (respectively), the leaders who lead others there, the body of a title after a
list mark, the body of an invited person's post (invented sentences)."""

from tests.helpers import extract, relations

PLANTING = (
    "上午,县委书记张大山、县长李小川分别带领县委办、县发改委等单位干部职工"
    "到青石镇、白水镇参加了义务植树活动。"
)


def test_people_acting_respectively_go_one_each_to_as_many_places():
    went = {(s, o) for s, o in relations(extract(PLANTING, home_city="青石县"), "ACTED")}
    assert ("张大山", "青石镇") in went and ("李小川", "白水镇") in went
    assert ("张大山", "白水镇") not in went and ("李小川", "青石镇") not in went


def test_every_leader_of_a_list_attends_with_the_bodies_led():
    attended = relations(extract(PLANTING, home_city="青石县"), "ATTENDED")
    assert {s for s, _ in attended} >= {"张大山", "李小川", "县委办", "县发改委"}


def test_a_county_head_after_the_party_secretary_is_no_member_of_the_party_committee():
    posts = relations(
        extract("上午,县委书记张大山、县长李小川出席活动。", home_city="青石县"), "HOLDS_POSITION"
    )
    assert ("张大山", "县委") in posts and ("李小川", "县委") not in posts


def test_a_deputy_after_the_chief_shares_the_body():
    text = "上午,青石县书法协会主席张大山、副主席李小川出席活动。"
    posts = relations(extract(text, home_city="青石县"), "HOLDS_POSITION")
    assert ("李小川", "青石县书法协会") in posts


def test_the_opening_of_a_title_is_no_person():
    ex = extract("上午,青石商会执行会长张大山、常务副会长李小川出席活动。", home_city="青石县")
    assert {s for s, _ in relations(ex, "HOLDS_POSITION")} == {"张大山", "李小川"}


def test_an_invited_speaker_is_acted_on_not_the_bodies_of_his_former_posts():
    text = (
        "青石县委中心组召开学习会,会议邀请了青石市博物馆原馆长、"
        "青石市地方志办公室原副主任翟大建作专题讲座。"
    )
    objects = {o for _, o in relations(extract(text, home_city="青石县"), "ACTED")}
    assert "青石市博物馆" not in objects and "青石市地方志办公室" not in objects


def test_who_invites_others_to_take_part_does_not_attend():
    text = (
        "12月4日,青石县人民检察院开展了公众开放日活动。本次活动邀请了部分人大代表、政协委员参加。"
    )
    ex = extract(text, home_city="青石县")
    assert ("青石县人民检察院", "公众开放日活动") in relations(ex, "HELD")
    assert relations(ex, "ATTENDED") == set()


def test_people_acting_respectively_on_more_objects_than_they_are_act_on_all():
    text = "2月2日,张大山、李小川分别深入青石镇、白水镇、红旗乡等乡镇看望慰问困难群众。"
    visited = relations(extract(text, home_city="青石县"), "VISITED")
    assert {(p, t) for p in ("张大山", "李小川") for t in ("青石镇", "白水镇", "红旗乡")} <= visited


def test_on_whose_behalf_is_the_body_right_after_the_verb_not_one_in_what_follows():
    text = "会议听取审议了张大明代表区人民政府关于我区红石片区开发项目建设工作情况暨土地使用办法的报告。"
    acted = relations(extract(text, home_city="青石区"), "ACTED")
    assert ("张大明", "区人民政府") in acted
    assert not any(o == "青石区" for _, o in acted)


def test_a_delegate_listened_to_is_no_one_acting_on_behalf():
    text = "参观结束,张大明向各位代表汇报了青龙街道今年以来民生实事工作。"
    assert relations(extract(text, home_city="青石区"), "ACTED") == set()


def test_our_district_is_the_papers_district_not_a_zone_named_before():
    text = "会议听取了红石片区、白沙片区开发情况的汇报。我区将加快两个片区的建设。"
    ex = extract(text, home_city="青石区")
    assert any(m.name == "青石区" and m.text == "我区" for m in ex.mentions)


def test_heads_of_congress_and_conference_do_not_take_the_party_committee():
    text = "上午,县委副书记王中、人大主任夏大中、政协主席鲁大魁出席活动。"
    posts = relations(extract(text, home_city="青石县"), "HOLDS_POSITION")
    assert ("王中", "县委") in posts
    assert ("夏大中", "县委") not in posts and ("鲁大魁", "县委") not in posts


def test_a_standing_deputy_of_a_party_school_and_a_department_holds_posts_there():
    text = "开班仪式上,县委党校常务副校长强薇作了要求,县委组织部常务副部长李晓康作了强调。"
    posts = relations(extract(text, home_city="青石县"), "HOLDS_POSITION")
    assert {("强薇", "县委党校"), ("李晓康", "县委组织部")} <= posts
