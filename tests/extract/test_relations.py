"""Relations on the seed page's sentences and on a few written for these tests in the same
style: posts, who-did-what, nesting, addresses, figures."""

from __future__ import annotations

from tests.helpers import extract, relations

MEETING = (
    "1月6日,全市农牧业工作会议召开。市委书记赵文博出席会议并讲话,市领导孙立平、韩雪出席。"
    "会议由市委副书记、市长周启明主持。"
)
EVENT = "全市农牧业工作会议"


def test_title_apposition_gives_post_and_body():
    ex = extract(
        "1月4日,市委常委、秘书长李春晓主持召开2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动。"
    )
    posts = [r for r in ex.relations if r.type == "HOLDS_POSITION"]
    assert [(r.subj[1], r.obj[1], r.title) for r in posts] == [
        ("李春晓", "市委", "市委常委、秘书长")
    ]
    assert (
        "李春晓",
        "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动",
    ) in relations(ex, "PRESIDED")


def test_title_list_with_several_people():
    ex = extract(MEETING)
    posts = relations(ex, "HOLDS_POSITION")
    assert ("赵文博", "市委") in posts
    assert ("周启明", "市委") in posts


def test_coordinated_subjects_and_passive_presiding():
    ex = extract(MEETING)
    assert {("孙立平", EVENT), ("韩雪", EVENT)} <= relations(ex, "ATTENDED")
    assert ("赵文博", EVENT) in relations(ex, "SPOKE")
    assert ("周启明", EVENT) in relations(ex, "PRESIDED")  # 由…主持


def test_company_post_through_generic_noun_and_donation_amount():
    ex = extract(
        "近日,我市爱心企业——思正工程管理咨询有限公司向400户困难户捐赠了价值10万元的“抗疫爱心包”。"
        "公司负责人贾斌说,希望带动更多的企业加入扶贫济困的行列中。"
    )
    assert ("贾斌", "思正工程管理咨询有限公司") in relations(ex, "HOLDS_POSITION")
    donated = [r for r in ex.relations if r.type == "DONATED"]
    assert [(r.subj[1], r.amount) for r in donated] == [("思正工程管理咨询有限公司", "10万元")]
    assert ("思正工程管理咨询有限公司", "乌海市") in relations(ex, "LOCATED_IN")


def test_part_of_and_located_in_from_nested_names():
    ex = extract(
        "同样,在海勃湾区凤凰岭街道党群服务中心办事大厅,工作人员一大早就各就各位。"
        "2022年以来,乌海能源利民公司洗煤厂精细化组织生产。"
    )
    assert ("乌海能源利民公司洗煤厂", "乌海能源利民公司") in relations(ex, "PART_OF")
    located = relations(ex, "LOCATED_IN")
    assert ("海勃湾区凤凰岭街道党群服务中心", "凤凰岭街道") in located
    assert ("凤凰岭街道", "海勃湾区") in located


def test_figures_measure_the_programme_they_count():
    ex = extract("我市深入实施基层党建“书记领航工程”,全市各级党组织书记承诺书记项目2280余个。")
    assert ("2280余个", "“书记领航工程”") in relations(ex, "MEASURES")


def test_user_trigger_table_extends_the_verbs(tmp_path, monkeypatch):
    from kg.nlp import triggers

    extra = tmp_path / "mine.tsv"
    extra.write_text("签下\tSIGNED\n", encoding="utf-8")
    monkeypatch.setenv("KG_TRIGGERS", str(extra))
    triggers.trigger_table.cache_clear()
    triggers.trigger_pattern.cache_clear()
    try:
        ex = extract("乌海能源利民公司签下《煤炭长期供应协议》。")
        assert ("乌海能源利民公司", "《煤炭长期供应协议》") in relations(ex, "SIGNED")
    finally:
        monkeypatch.delenv("KG_TRIGGERS")
        triggers.trigger_table.cache_clear()
        triggers.trigger_pattern.cache_clear()


def test_every_relation_cites_both_endpoints():
    for text in (
        MEETING,
        "近日,我市全面启动春节景观亮化工作。市公共事业发展中心滨河路灯亮化所工作人员在海勃湾区棋盘井街、世纪大道等主要街道,陆续悬挂大红灯笼1300余个。",
    ):
        ex = extract(text)
        surfaces = {}
        for m in ex.mentions:
            surfaces.setdefault((m.label, m.name), set()).add(m.text)
        for r in ex.relations:
            if r.type == "WROTE":
                continue
            for end in (r.subj, r.obj):
                assert any(s in r.evidence for s in surfaces[end]), (r, end)


def test_a_programme_named_as_the_means_is_not_what_figures_count():
    ex = extract(
        "乌海乌兰牧骑深入学校、社区开展线下艺术辅导77次。通过乌海乌兰牧骑微信公众平台,以“乌兰牧骑+网络教学”的模式,"
        "发布云端课堂155节,累计点击量4.8万余人次。",
        home_city=None,
    )
    measures = relations(ex, "MEASURES")
    assert ("155节", "乌海乌兰牧骑") in measures
    assert not any(target.startswith("“乌兰牧骑+网络教学”") for _, target in measures)


def test_who_did_what_types_from_the_trigger_table():
    ex = extract(
        "近日,我市全面启动春节景观亮化工作。我市制定出台《乌海市改革完善社会救助制度的具体措施》。"
        "去年9月,我市累计对14847名低保、特困、孤儿等救助对象发放临时价格补贴66.06万元。"
        "3月18日,副市长杨志刚到乌达区调研重点项目推进情况。"
        "乌海能源利民公司洗煤厂积极落实“大配煤”理念。"
    )
    assert ("乌海市", "春节景观亮化工作") in relations(ex, "HELD")
    assert ("乌海市", "《乌海市改革完善社会救助制度的具体措施》") in relations(ex, "ISSUED")
    assert ("乌海市", "临时价格补贴") in relations(ex, "DISBURSED")
    assert ("杨志刚", "乌达区") in relations(ex, "VISITED")  # 重点项目: a word, no programme
    acted = [r for r in ex.relations if r.type == "ACTED"]
    assert [(r.subj[1], r.obj[1], r.verb) for r in acted] == [
        ("乌海能源利民公司洗煤厂", "“大配煤”理念", "落实")
    ]
