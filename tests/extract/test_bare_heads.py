"""A body named by its head or level alone (法院, 县委) is the one body of the article it can
name, also when that body is written in several short forms (某市人民法院, 某州法院); its
units written from the short form (县委办) are part of the full one. Invented sentences."""

from tests.helpers import extract, names, relations


def test_the_court_alone_is_the_court_named_before():
    ex = extract("白水市人民法院对一批刑事案件进行了集中宣判。法院院长李玉明出席会场。")
    assert "法院" not in names(ex, "Organization")
    assert ("李玉明", "白水市人民法院") in relations(ex, "HOLDS_POSITION")


def test_the_court_alone_when_the_court_is_also_written_short():
    text = (
        "白水市人民法院对一批刑事案件进行了集中宣判。白水法院共审结案件1832件。"
        "法院此次集中宣判打破常规。"
    )
    assert names(extract(text, home_city="白水市"), "Organization") == {"白水市人民法院"}


def test_two_courts_leave_the_court_alone_unresolved():
    text = "白水市中级人民法院和青石县人民法院联合开展活动。法院干警参加。"
    ex = extract(text, home_city="白水市")
    assert "白水市中级人民法院" in names(ex, "Organization")
    assert not any(m.name == "青石县人民法院" and m.text == "法院" for m in ex.mentions)


def test_a_unit_of_the_county_committee_written_short():
    text = "中共青石县委十一届十四次全会召开。县委书记乔明主持会议。县委办主任胡立文宣读决议。"
    ex = extract(text, home_city="青石县")
    assert ("县委办", "中共青石县委") in relations(ex, "PART_OF")
    assert ("乔明", "中共青石县委") in relations(ex, "HOLDS_POSITION")
