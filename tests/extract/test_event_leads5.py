"""Event names that carry their place, year, period and quoted theme before their words,
and the short back-references that must resolve to the full name (invented sentences)."""

from tests.helpers import extract


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.subj[1], r.obj[1]) for r in extract(text).relations}


def test_place_year_period_and_quote_lead_the_name():
    text = (
        "3月6日上午,青川区2024年第三期“四个一批”项目建设集中开工仪式在滨河公园举行。"
        "区领导周明远、吴晓峰出席开工仪式。此次集中开工项目共9个,总投资额31.2亿元。"
    )
    name = "青川区2024年第三期“四个一批”项目建设集中开工仪式"
    found = relations(text)
    assert ("ATTENDED", "周明远", name) in found
    assert ("ATTENDED", "吴晓峰", name) in found


def test_a_two_word_head_holding_a_verb_keeps_the_name_whole():
    text = (
        "11月18日,石门县2024年11月招商引资项目集中签约仪式在县会议中心举行。"
        "县委书记韩立群出席签约仪式。县委副书记邓世安主持仪式。"
    )
    name = "石门县2024年11月招商引资项目集中签约仪式"
    found = relations(text)
    assert ("ATTENDED", "韩立群", name) in found
    assert ("PRESIDED", "邓世安", name) in found


def test_organisers_in_a_clause_before_the_name_held_it():
    text = (
        "2月9日,江北区人社局、江北区妇联主办,江北区文化馆承办的"
        "2024年江北区春风行动专场招聘会在文体广场举行。"
    )
    name = "2024年江北区春风行动专场招聘会"
    found = relations(text)
    assert ("HELD", "江北区人社局", name) in found
    assert ("HELD", "江北区妇联", name) in found


def test_a_place_opening_the_name_held_it_unless_bodies_are_named():
    """The place must be named outside the event's name too (see named_outside)."""
    own = relations(
        "11月18日,石门县2024年11月招商引资项目集中签约仪式在县会议中心举行。"
        "此次签约的6个项目将在石门县落地。"
    )
    assert ("HELD", "石门县", "石门县2024年11月招商引资项目集中签约仪式") in own
    hosted = relations("2月9日,市人社局主办的白河市2024年春风行动专场招聘会在文体广场举行。")
    assert ("HELD", "市人社局", "白河市2024年春风行动专场招聘会") in hosted
    assert not any(r[0] == "HELD" and r[1] == "白河市" for r in hosted)


def test_figures_after_an_event_its_organiser_opens_measure_the_event():
    found = relations(
        "2月9日上午,江北区人社局主办的2024年江北区春风行动专场招聘会在这里举行。"
        "来自东川市内的60多家企业进场招贤纳士。"
    )
    assert ("MEASURES", "60多家#1", "2024年江北区春风行动专场招聘会") in found


def test_a_place_named_only_inside_a_body_name_in_the_event_holds_nothing():
    found = relations("2月8日,青河县召开中国共产党青河县第十五次代表大会第三次会议。")
    assert not any(r[0] == "HELD" and r[1] == "中国" for r in found)


def test_a_themed_activity_is_held_and_its_theme_acted_on():
    found = relations("3月1日,东川市开展以“就业送真情”为主题的春季招聘专项活动。")
    assert ("HELD", "东川市", "春季招聘专项活动") in found
    assert ("ACTED", "东川市", "“就业送真情”") in found


def names(text: str) -> set[str]:
    return {m.name for m in extract(text).mentions}


def test_a_slogan_before_the_place_and_year_is_no_part_of_the_name():
    found = names(
        "9月2日晚,“魅力东山 多彩非遗”东山市2024年非物质文化遗产发展大会开幕式在河畔举行。"
    )
    assert "东山市2024年非物质文化遗产发展大会开幕式" in found


def test_a_quote_after_a_time_word_opens_the_name():
    found = names("本报讯 1月5日下午,“投资东南·月月签”招商引资项目集中签约仪式在市政务中心举行。")
    assert "“投资东南·月月签”招商引资项目集中签约仪式" in found


def test_a_first_act_with_a_verb_in_it_stays_before_the_joined_ceremony():
    found = names(
        "6月1日,东山市2024年“文化和自然遗产日”非物质文化遗产宣传展示暨非遗购物节启动仪式"
        "在河畔隆重举行。"
    )
    assert "东山市2024年“文化和自然遗产日”非物质文化遗产宣传展示暨非遗购物节启动仪式" in found
