"""Study sessions with a bracketed qualifier, invited lectures, and lists of leaders joined by
unnamed others (invented sentences)."""

from tests.helpers import extract


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.subj[1], r.obj[1]) for r in extract(text).relations}


SESSION = "县委理论学习中心组(扩大)学习会"


def test_a_bracketed_qualifier_stays_inside_the_meeting_name():
    found = relations(f"3月2日,{SESSION}召开,县委书记高明远等领导参加会议。")
    assert ("ATTENDED", "高明远", SESSION) in found


def test_an_invited_lecture_is_a_speech_at_the_meeting():
    found = relations(
        f"3月2日,{SESSION}召开,县委书记高明远等领导参加会议。"
        "会议邀请了青山市博物馆馆长邹文彬作地方历史文化专题报告。"
    )
    assert ("SPOKE", "邹文彬", SESSION) in found


def test_named_leaders_joined_by_unnamed_others_all_attend():
    found = relations(
        "9月5日上午,青山县2025年“慈善一日捐”启动仪式在县委会议室举行。"
        "县领导吴明华、陈福来、赵红英以及各乡镇分管领导、县直单位分管领导参加。"
    )
    for name in ("吴明华", "陈福来", "赵红英"):
        assert ("ATTENDED", name, "青山县2025年“慈善一日捐”启动仪式") in found


def test_a_leader_listed_before_the_bodies_whose_heads_attend_attends_too():
    ex = extract(
        "11月17日,青石县招商引资项目集中签约仪式在会展中心举行。"
        "青石县县长林望舒,县农业农村局、县招商局主要负责同志参加活动。"
    )
    attended = {r.subj[1] for r in ex.relations if r.type == "ATTENDED"}
    assert {"林望舒", "县农业农村局", "县招商局"} <= attended


def test_a_speech_made_is_an_act_and_a_meeting_discussed_is_not_held_now():
    """The meeting discussed is its body's (县政协 HELD it, as a meeting whose spirit is
    studied is), but nobody attends, presides or speaks at it here."""
    found = relations(
        "12月20日上午,县政协召开了七届委员会第九次主席会议,县政协主席林望舒出席会议。"
        "会议讨论通过了县政协七届八次常委会议召开的时间,县政协主席林望舒作了重要讲话。"
        "大家认真学习了林望舒同志的重要讲话精神。"
    )
    assert ("SPOKE", "林望舒", "七届委员会第九次主席会议") in found
    assert not {
        r for r in found if r[2] == "县政协七届八次常委会议" and r[0] not in ("ACTED", "HELD")
    }
    assert ("HELD", "县政协", "县政协七届八次常委会议") in found


def test_bodies_whose_unnamed_heads_attend_attend_with_the_people_listed_before():
    found = relations(
        "2月4日下午,县第十八届人民代表大会第三次会议召开大会预备会议。"
        "县领导林望舒、丁可欣,县法院院长,县检察院检察长等参加会议。"
        "会议决定任命王建国为青石县人民政府副县长,任命李晓梅为委员。"
    )
    attended = {who for kind, who, _ in found if kind == "ATTENDED"}
    assert {"林望舒", "丁可欣", "县法院", "县检察院"} <= attended
    assert not {r for r in found if r[1] == "青石县人民政府" and r[0] == "ACTED"}


def test_a_meeting_named_as_a_time_is_not_the_one_attended():
    found = relations(
        "12月26日下午,在县第十八届人大二次会议开幕前夕,与会代表集中收看警示教育片。"
        "县委书记林望舒出席会议并作重要讲话。"
    )
    assert not {
        r for r in found if r[2] == "县第十八届人大二次会议" and r[0] not in ("ACTED", "HELD")
    }  # its body holds it; nobody attends or speaks at it here


def test_speakers_listed_before_the_topics_they_spoke_on_all_speak():
    found = relations(
        "12月30日,区政府召开全体会议。会上,张明、王红分别围绕项目招引、信访维稳作了表态发言。"
    )
    assert {("SPOKE", "张明", "全体会议"), ("SPOKE", "王红", "全体会议")} <= found


def test_a_speech_at_a_meeting_named_after_zai_is_made_there():
    found = relations(
        f"3月2日,{SESSION}召开,县委书记高明远主持。"
        "副县长李红梅在全县安全生产工作会议上强调,要压实责任。"
    )
    assert ("SPOKE", "李红梅", "全县安全生产工作会议") in found
    assert ("SPOKE", "李红梅", SESSION) not in found


def test_a_meeting_named_from_a_year_and_an_address_is_held_by_the_last_place():
    meeting = "2023年江州市青禾县秋季项目签约暨招商大会"
    found = relations(
        f"9月3日上午,{meeting}召开。县长刘海潮参加签约大会。"
        "会上,刘海潮致欢迎辞,他表示,青禾县将优化营商环境。"
    )
    assert ("HELD", "青禾县", meeting) in found
    assert ("SPOKE", "刘海潮", meeting) in found
    assert not {r for r in found if r[0] == "HELD" and r[1] == "江州市"}
