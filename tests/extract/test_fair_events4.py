"""Job fairs and joint ceremonies named without being quoted whole: the quoted theme
and the fair's head make one event, a place glued before the quote opens it, a ceremony
joined to a fair by 暨 is one event, and what the fair counts measures it."""

from tests.helpers import extract, names, relations


def test_quoted_theme_and_head_are_one_event_with_its_place():
    ex = extract("2月3日,此次青石区“暖心就业”系列招聘洽谈会共提供岗位800余个,企业60余家参会。")
    assert "青石区“暖心就业”系列招聘洽谈会" in names(ex, "Event")
    assert "“暖心就业”" not in names(ex, "Programme")


def test_ceremony_joined_by_ji_to_a_fair_is_one_event():
    ex = extract(
        "3月5日上午,由市政府主办的乌海市2024年“春暖行动”专项活动启动仪式暨城乡劳动者、"
        "退役军人专场招聘会在滨河广场举行。招聘现场聚集了80家企业,提供4200个工作岗位。"
    )
    event = "乌海市2024年“春暖行动”专项活动启动仪式暨城乡劳动者、退役军人专场招聘会"
    assert event in names(ex, "Event")
    assert ("4200个", event) in relations(ex, "MEASURES")


def test_a_count_before_the_fair_is_no_part_of_its_name():
    ex = extract("2月1日,市人社局将举办12场“惠民就业”专场招聘会。")
    assert "“惠民就业”专场招聘会" in names(ex, "Event")


def test_a_meetings_sitting_joined_by_ji_is_one_event():
    ex = extract(
        "12月25日下午,县政协九届三次会议预备会议暨四次常委会议在青石大礼堂召开。"
        "会议由县政协主席王立新主持。",
        home_city="青石县",
    )
    event = "县政协九届三次会议预备会议暨四次常委会议"
    assert event in names(ex, "Event")
    assert ("王立新", event) in relations(ex, "PRESIDED")


def test_a_ceremony_with_a_verb_in_its_head_joined_by_ji_is_one_event():
    ex = extract("4月29日,第十届青石市文化旅游节开幕式暨柳河国家级旅游度假区授牌仪式在广场举行。")
    assert "第十届青石市文化旅游节开幕式暨柳河国家级旅游度假区授牌仪式" in names(ex, "Event")


def test_two_acts_of_one_event_joined_by_a_list_mark_are_one_name():
    ex = extract("3月2日下午,我县举行第一季度项目集中开工、竣工投产活动,新开工项目共37个。")
    event = "第一季度项目集中开工、竣工投产活动"
    assert event in names(ex, "Event")
    assert ("37个", event) in relations(ex, "MEASURES")


def test_a_count_opens_no_event_name():
    ex = extract("4月29日,青石市今年将举办22类、180余项文化旅游活动。")
    assert not any(n[0].isdigit() for n in names(ex, "Event"))
