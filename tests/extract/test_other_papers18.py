"""Round 18 (a first read of fourteen articles from new papers): authors under a source
line, places of a list that share the last one's level, a place as no visitor, a verb of
charge glued to a level, and a speech made at the meeting named after 在 (sentences
written for the tests, names invented)."""

from kg.read.credits import parse_credit
from tests.helpers import extract, names, relations


def test_authors_under_a_source_line_hold_no_post_at_the_source():
    people = parse_credit("来源:青禾日报  作者:韩晓东 林晓舟")
    assert [(p.name, p.role, p.desk) for p in people] == [
        ("韩晓东", "author", None),
        ("林晓舟", "author", None),
    ]
    reporter = parse_credit("来源:青禾晚报 全媒体记者 周立平")
    assert [(p.name, p.desk) for p in reporter] == [("周立平", "青禾晚报")]


def test_a_name_listed_after_a_comma_before_the_report_word_is_a_writer():
    people = parse_credit("通讯员 陈大林,图力江报道")
    assert [p.name for p in people] == ["陈大林", "图力江"]
    assert [p.name for p in parse_credit("记者 王小明 乌海报道")] == ["王小明"]


def test_places_listed_before_the_last_share_its_level():
    ex = extract("市人大常委会主任韩晓东带队前往柳水、禾亭、乐川县学习考察。", home_city="青禾市")
    assert {"柳水县", "禾亭县", "乐川县"} <= names(ex, "Place")
    assert {("韩晓东", "柳水县"), ("韩晓东", "禾亭县")} <= relations(ex, "VISITED")


def test_a_place_named_before_a_visit_is_no_visitor():
    ex = extract("在青禾县柳川镇石桥村慰问活动现场,县领导韩晓东为群众送上大米。")
    assert not any(who == "石桥村" for who, _ in relations(ex, "VISITED"))


def test_a_verb_of_charge_glued_to_a_level_opens_no_township():
    ex = extract("同时,嘱咐镇(街道)、村相关工作人员要高度关注群众生产生活。")
    assert not any(p.startswith("嘱咐") for p in names(ex, "Place"))


def test_a_firm_investing_in_a_project_in_a_by_frame_acts_on_it():
    ex = extract(
        "12月15日,柳川市举行项目集中开工仪式。这些项目分别是:\n由青禾木业有限公司投资的青禾木业搬迁扩建项目、"
        "由柳川市中澳贸易有限公司投资的年产25万吨重晶石矿粉项目。全市总投资31亿元。",
        home_city="柳川市",
    )
    acted = relations(ex, "ACTED")
    assert ("青禾木业有限公司", "青禾木业搬迁扩建项目") in acted
    assert ("柳川市中澳贸易有限公司", "年产25万吨重晶石矿粉项目") in acted
    assert ("青禾木业有限公司", "年产25万吨重晶石矿粉项目") not in acted


def test_a_delegation_named_short_after_the_leader_s_verb_is_the_one_named_in_full():
    ex = extract(
        "青禾县党政代表团赴柳川县调研考察\n"
        "4月8日,青禾县委书记孙立建率党政代表团赴柳川县开展调研考察。",
        home_city="青禾县",
    )
    assert ("孙立建", "青禾县党政代表团") in relations(ex, "ACTED")


def test_a_prefecture_s_or_a_league_s_committee_is_a_body():
    ex = extract(
        "4月3日,青禾州委书记孙立建主持召开青禾州委书记第四次专题会议。柳川盟委书记周大明参加。",
        home_city="青禾州",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert {("孙立建", "青禾州委"), ("周大明", "柳川盟委")} <= posts
    assert ("青禾州委", "青禾州委书记第四次专题会议") in relations(ex, "HELD")


def test_a_committee_s_unit_named_bare_in_a_chain_of_posts_is_the_committee_s():
    ex = extract(
        "县委常委、县委宣传部部长、统战部部长孙立建参加调研。州委副书记、政法委书记周大明参加会议。",
        home_city="青禾县",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert {("孙立建", "县委统战部"), ("孙立建", "县委宣传部"), ("周大明", "州委政法委")} <= posts
    assert ("县委统战部", "县委") in relations(ex, "PART_OF")


def test_what_a_sentence_opening_with_its_purpose_says_is_not_done_by_the_last_subject():
    ex = extract(
        "青禾县慈善总会会长孙立建出席仪式。"
        "为进一步深化“双线服务”,提升东西部协作水平,前期,青禾县慈善总会和柳川建设有限公司签订爱心捐赠协议书。",
        home_city="青禾县",
    )
    assert not any(obj == "“双线服务”" for _, obj in relations(ex, "ACTED"))
    ex = extract(
        "为了让困难群众过上一个欢乐祥和的春节,近日,青禾县慈善协会结合“下基层”活动,"
        "扎实开展2024年春节慰问系列活动。",
        home_city="青禾县",
    )
    assert ("青禾县慈善协会", "2024年春节慰问系列活动") in relations(ex, "HELD")


def test_a_township_s_government_or_committee_names_the_township():
    ex = extract("法庭到柳川乡政府大会堂依法审理。青禾镇党委书记孙立建参加。", home_city="白河县")
    assert {"柳川乡", "青禾镇"} <= names(ex, "Place")
    assert ("柳川乡政府", "柳川乡") in relations(ex, "LOCATED_IN")


def test_a_numbered_sitting_of_a_standing_committee_is_an_event():
    ex = extract("刚刚闭幕的市第四届人大常委会第二十九次会议表决通过了有关人事事项。")
    assert "市第四届人大常委会第二十九次会议" in names(ex, "Event")


def test_someone_who_takes_part_right_after_a_visit_in_its_sentence_joins_it():
    ex = extract(
        "市人大常委会主任孙立建带队前往柳川县学习考察,市人大常委会秘书长周大明参加。",
        home_city="青禾市",
    )
    assert ("周大明", "柳川县") in relations(ex, "VISITED")
    assert not relations(ex, "ATTENDED")


def test_a_meeting_with_its_qualifier_in_brackets_inside_its_head_is_held():
    ex = extract(
        "1月5日,县委书记孙立建主持召开县委常委(扩大)会,各副县长参加会议。", home_city="青禾县"
    )
    assert ("孙立建", "县委常委(扩大)会") in relations(ex, "PRESIDED")


def test_a_speech_spoken_of_as_a_thing_was_made_at_the_event_named_before_it():
    ex = extract(
        "1月5日,县委书记孙立建主持召开县委常委会会议。孙立建指出,市委四届八次全会是一次重要会议。"
        "周大明书记的讲话站位高、思路明。",
        home_city="青禾县",
    )
    spoke = relations(ex, "SPOKE")
    assert ("周大明", "市委四届八次全会") in spoke
    assert ("周大明", "县委常委会会议") not in spoke
