"""A programme between a movement and its purpose is a visited site only when it names a
project by its head (甲工程); a quoted label (玉米“百亩/千亩”示范点) is no site."""

from tests.helpers import extract, relations

LABELLED = (
    "5月6日,调研组随青川县副县长王小明一同前往长安镇、玉米“百亩/千亩”示范点等地,检查玉米长势。"
)


def test_a_quoted_label_is_no_visited_site() -> None:
    visited = relations(extract(LABELLED), "VISITED")
    assert ("王小明", "长安镇") in visited
    assert not {site for _, site in visited if "亩" in site}


def test_people_joining_a_visit_by_unnamed_visitors_visit_its_places():
    ex = extract(
        "5月13日下午,出席县政协十届四次会议的委员们视察了青禾镇、白沙乡等地。"
        "县委书记林望舒,县政协主席丁可欣等参加视察。"
    )
    found = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "VISITED"}
    for who in ("林望舒", "丁可欣"):
        assert {(who, "青禾镇"), (who, "白沙乡")} <= found
    attended = {r.subj[1] for r in ex.relations if r.type == "ATTENDED"}
    assert not attended & {"林望舒", "丁可欣"}


def test_a_movement_to_places_listed_up_to_deng_chu_or_homes_is_a_visit():
    ex = extract(
        "在县融媒体中心,林望舒先后来到融媒指挥中心、播控中心、全媒体部等处,详细了解栏目创新情况。"
        "丁可欣一行先后到县中心敬老院和老党员孙百义、郑占祥等人家中,送上慰问金。"
    )
    found = relations(ex, "VISITED")
    assert {("林望舒", "融媒指挥中心"), ("林望舒", "全媒体部")} <= found
    assert {("丁可欣", "县中心敬老院"), ("丁可欣", "孙百义"), ("丁可欣", "郑占祥")} <= found
    verbs = {r.verb for r in ex.relations if r.type == "VISITED"}
    assert verbs <= {"来到…等处", "到…家中"}


def test_a_movement_leads_to_the_visit_past_the_topic_of_dui_jinxing():
    ex = extract(
        "5月5日上午,县长林望舒到西合营镇调研。"
        "林望舒一行先后来西合营镇南大坪村、青禾村、白沙村,对村容村貌整治、美丽庭院创建、"
        "壮大集体经济项目、农业产业园区建设、乡村建设、白沙香瓜菜瓜种植情况进行走访调研。"
    )
    found = relations(ex, "VISITED")
    assert {("林望舒", "南大坪村"), ("林望舒", "白沙村")} <= found
    assert not {site for _, site in found if site == "白沙"}


def test_leaders_listed_with_titles_holding_a_verbs_characters_all_visit():
    ex = extract(
        "5月27日上午,区人大常委会主任林望舒、区委常委、区委组织部部长丁可欣、"
        "区人武部政委王建国带队督导区教育局安全生产工作。"
    )
    visited = relations(ex, "VISITED")
    assert {("林望舒", "区教育局"), ("丁可欣", "区教育局"), ("王建国", "区教育局")} <= visited


def test_a_visitor_named_with_the_weather_before_the_movement_visits():
    ex = extract(
        "1月26日,青禾县法院院长周雪梅一行冒着严寒,深入联系点白沙乡柳塘村贫困户家中进行慰问。"
    )
    assert ("周雪梅", "柳塘村") in relations(ex, "VISITED")


def test_a_titled_visitor_in_the_rain_visits_the_place_after_the_comma():
    ex = extract("县长李明远冒雨,来到青禾镇查看汛情。")
    assert ("李明远", "青禾镇") in relations(ex, "VISITED")


def test_leaders_leading_a_bodys_unnamed_members_lead_no_body():
    ex = extract(
        "12月19日,青禾县政协主席王建华,秘书长雷一鸣带领部分县政协常委、委员,视察全县重点项目。"
    )
    assert not relations(ex, "ACTED")
    assert ("王建华", "青禾县") in relations(ex, "VISITED")


def test_a_site_visited_for_a_look_at_how_building_goes_builds_nothing():
    ex = extract(
        "视察组一行来到凤鸣中学综合楼建设点对重点项目建设情况进行了详细了解。随后召开了座谈会。"
    )
    assert not relations(ex, "HELD")


def test_a_round_of_visits_lists_its_sites_up_to_the_clause_end():
    ex = extract(
        "在东阜县,林望舒先后到东阜县博物馆和规划展览馆、前进灯具公司、柯朗服饰公司,"
        "进企业、看园区、听介绍。丁可欣到青禾镇,进企业、看园区。"
    )
    found = relations(ex, "VISITED")
    assert {("林望舒", "前进灯具公司"), ("林望舒", "柯朗服饰公司")} <= found
    assert not {who for who, _ in found} & {"丁可欣"}  # no round, no purpose: no visit


def test_a_movement_after_a_topic_names_every_place_visited():
    found = relations(
        extract("2月19日,市长林望舒就重点项目建设等工作到东阜县、西邑县调研。"), "VISITED"
    )
    assert {("林望舒", "东阜县"), ("林望舒", "西邑县")} <= found
