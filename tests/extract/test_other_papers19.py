"""Who did what on papers other than the seed's, round 19 (sentences invented for the tests)."""

from tests.helpers import extract, names, relations


def test_the_people_a_leader_leads_visit_with_the_leader():
    ex = extract(
        "5月9日,市委常委、副市长周立新带领市政府副秘书长韩东、市交通局局长许文,"
        "深入青禾县、白河县督查重点项目建设。",
        home_city="江州市",
    )
    visited = relations(ex, "VISITED")
    for person in ("周立新", "韩东", "许文"):
        assert {(person, "青禾县"), (person, "白河县")} <= visited
    assert not {o for s, o in relations(ex, "ACTED") | visited if o.endswith("政府")}


def test_the_speaker_of_a_speech_studied_does_not_act_on_after_it():
    ex = extract(
        "县委书记刘中英主持召开县委常委会第24次会议。会议传达学习了省委全会精神。"
        "传达学习了孟大伟同志在全市动员部署会上的讲话。审议通过了《青禾县教育发展实施方案》。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert not {o for s, o in acted if s == "孟大伟"}
    assert any(o == "《青禾县教育发展实施方案》" for _, o in acted)


def test_a_series_of_projects_closed_by_deng_names_each_with_its_investment():
    ex = extract(
        "仪式共签约项目17个,分别是总投资5亿元的青禾铝型材加工产业项目、"
        "总投资10亿的白河大蒜深加工及综合利用项目等。"
    )
    programmes = names(ex, "Programme")
    assert {"青禾铝型材加工产业项目", "白河大蒜深加工及综合利用项目"} <= programmes
    assert "项目" not in programmes
    assert ("10亿", "白河大蒜深加工及综合利用项目") in relations(ex, "MEASURES")


def test_posts_taken_by_a_verb_or_an_appointment_of_a_counted_list():
    ex = extract(
        "会议宣布,王建军任青禾省委常委。会议决定郑大皓副区长代理白河区人民政府区长职务。"
        "会议任命李春雨、何娇、徐莉等18人为白河区人民法院审判员。",
        home_city="白河区",
    )
    posts = {(r.subj[1], r.obj[1], r.title) for r in ex.relations if r.type == "HOLDS_POSITION"}
    assert {("王建军", "青禾省委", "常委"), ("郑大皓", "白河区人民政府", "代理区长")} <= posts
    assert {(p, "白河区人民法院", "审判员") for p in ("李春雨", "何娇", "徐莉")} <= posts
    assert not any("代理" in o for o in names(ex, "Organization"))


def test_a_village_committee_in_a_chain_of_posts_keeps_the_branch_post():
    ex = extract("“收割很顺利。”青禾村党支部书记、村委会主任王大峰说。", home_city="白河县")
    posts = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "HOLDS_POSITION"}
    assert ("王大峰", "青禾村党支部") in posts


def test_documents_listed_each_from_guanyu_to_its_head():
    ex = extract(
        "会议表决通过了关于青禾区人民代表大会代表资格审查报告、关于补选青禾区人大代表的决定"
        "和关于组建青禾区人大专业代表小组的工作意见(试行)。",
        home_city="青禾区",
    )
    assert {
        "关于青禾区人民代表大会代表资格审查报告",
        "关于补选青禾区人大代表的决定",
        "关于组建青禾区人大专业代表小组的工作意见(试行)",
    } <= names(ex, "Programme")


def test_honours_counted_before_the_verb_of_honouring():
    ex = extract("近日,青禾县对44个县级文明单位(校园、村镇、社区)和5个县级文明家庭进行授牌和表彰。")
    assert {"县级文明单位", "县级文明家庭"} <= names(ex, "Programme")
    assert not {o for _, o in relations(ex, "MEASURES") if o.startswith("县级")}
