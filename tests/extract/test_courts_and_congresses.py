"""A court's and a congress's names as the genre shortens them (县法院 for 某县人民法院, 市九届人大
for 某市第九届人民代表大会), the congress that holds its session (某县第十七届人民代表大会第四次
会议胜利闭幕), and 全院 for the court named before. Invented sentences and names."""

from tests.helpers import extract, names, relations

COURT = (
    "2月22日,青石县第十七届人民代表大会第四次会议胜利闭幕。经会议表决,青石县人民法院工作报告获通过。"
    "2023年,县法院坚持以人民为中心。一年来,全院受理各类案件12769件,结案10738件。"
)


def test_the_county_court_is_one_body_under_its_full_name():
    ex = extract(COURT)
    bodies = names(ex, "Organization")
    assert "青石县人民法院" in bodies and "青石县法院" not in bodies and "县法院" not in bodies


def test_the_whole_court_measures_its_cases():
    measured = relations(extract(COURT), "MEASURES")
    assert ("12769件", "青石县人民法院") in measured and ("10738件", "青石县人民法院") in measured


def test_the_congress_holds_the_session_that_closed():
    ex = extract(COURT)
    assert "青石县第十七届人民代表大会第四次会议" in names(ex, "Event")
    held = relations(ex, "HELD")
    assert ("青石县第十七届人民代表大会", "青石县第十七届人民代表大会第四次会议") in held


def test_a_congress_written_short_is_the_congress_named_in_full():
    ex = extract("白水市第九届人民代表大会代表黄丽萍出席会议。市九届人大代表共50人。")
    bodies = names(ex, "Organization")
    assert "白水市第九届人民代表大会" in bodies and "白水市九届人大" not in bodies


def test_a_congress_written_again_short_with_its_term_is_one_body():
    text = (
        "会议通过了关于白水市青河区第七届人民代表大会个别代表的代表资格审查报告,"
        "以及关于组建白水市青河区第七届人大专业代表小组的工作意见。"
    )
    bodies = names(extract(text), "Organization")
    assert "白水市青河区第七届人民代表大会" in bodies and "白水市青河区第七届人大" not in bodies


def test_a_congress_named_by_its_term_alone_is_no_body_of_its_own():
    ex = extract("12月3日上午,白岭镇召开十八届人民代表大会第五次会议。")
    assert "十八届人民代表大会" not in names(ex, "Organization")
    assert ("白岭镇", "十八届人民代表大会第五次会议") in relations(ex, "HELD")


def test_verbs_inside_an_honours_name_are_no_acts():
    text = (
        "青石县人民法院工作报告获通过。一年来,全院受理各类案件12769件;荣获全区法院学术讨论会"
        "优秀组织奖、全区法院行政审判工作先进个人、白岭市经济高质量发展和优化营商环境先进单位"
        "等市级以上表彰共49项。"
    )
    ex = extract(text)
    assert relations(ex, "HELD") == set()
    assert ("青石县人民法院", "全区法院行政审判工作先进个人") in relations(ex, "ACTED")
    assert "全区法院学术讨论会优秀组织奖" in names(ex, "Programme")
    assert {r.verb for r in ex.relations if r.type == "ACTED"} == {"荣获"}
