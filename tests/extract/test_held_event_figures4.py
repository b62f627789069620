"""A figure in the clause after one that holds an event counts the event, not its holder,
and a slogan opening an event's name keeps its comma."""

from tests.helpers import extract, names, relations


def test_a_figure_after_a_held_event_measures_the_event():
    ex = extract(
        "4月17日,柳河镇在镇政府三楼召开文明镇创建动员大会,各村支部书记共120多人参加了会议。"
    )
    assert ("120多人", "文明镇创建动员大会") in relations(ex, "MEASURES")


def test_a_slogan_opening_an_event_name_keeps_its_comma():
    ex = extract("6月25日上午,柳河镇举办“牢记嘱托,砥砺前行”七月党员主题党日活动。")
    assert "“牢记嘱托,砥砺前行”七月党员主题党日活动" in names(ex, "Event")


def test_an_event_followed_as_a_standard_does_not_take_the_figure():
    ex = extract(
        "7月4日,东山街道按照青石区委组织机关干部进社区开展志愿服务活动要求,"
        "组织80名机关干部和辖区200多名党员志愿者,深入5个社区开展环境卫生集中整治工作。"
    )
    assert not {r for r in relations(ex, "MEASURES") if r[0] == "80名" and "活动" in r[1]}


def test_an_event_that_only_dates_the_clause_does_not_take_the_figure():
    ex = extract(
        "据悉,自青石县乡村振兴现场会在柳河乡召开以来,前进村作为示范点起到了带动作用,"
        "短短半月就迎接了3批120余人次的现场参观。"
    )
    assert not {r for r in relations(ex, "MEASURES") if r[1].endswith("现场会")}


def test_a_meeting_the_news_came_from_does_not_take_the_figures():
    ex = extract(
        "记者从近日召开的县统计局新闻发布会上获悉,上半年全县实现地区生产总值120.5亿元,同比增长6.1%。",
        home_city="青石县",
    )
    measured = relations(ex, "MEASURES")
    assert {("120.5亿元", "青石县"), ("6.1%", "青石县")} <= measured
    assert not {m for m in measured if m[1].endswith("发布会")}
