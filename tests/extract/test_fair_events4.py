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
