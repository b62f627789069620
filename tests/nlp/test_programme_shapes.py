"""Programme shapes without quotes: documents a meeting hears, report topics, honours,
standing policies, subsidies with asides, quoted heads (sentences invented)."""

from tests.helpers import extract, names, relations


def test_documents_about_something_and_a_listed_report():
    ex = extract(
        "会议审议了区政府关于青石湾片区综合开发情况的报告、"
        "青石区2023年大气污染防治目标完成情况的报告。"
    )
    progs = names(ex, "Programme")
    assert "关于青石湾片区综合开发情况的报告" in progs
    assert "青石区2023年大气污染防治目标完成情况的报告" in progs


def test_an_oral_report_names_its_topic_without_verb_or_year():
    ex = extract("会议听取了关于加快我市农村公路提档工作的汇报和2022年度白河流域综合治理情况汇报。")
    progs = names(ex, "Programme")
    assert {"农村公路提档工作", "白河流域综合治理"} <= progs


def test_a_years_work_in_a_field_is_no_name():
    ex = extract("会议研究部署了2024年消防安全工作,完善了工作举措。")
    assert not names(ex, "Programme")


def test_honours_after_the_verb_and_before_their_holder():
    ex = extract(
        "该村先后荣获全国民主法治示范村、省级文明单位等荣誉。全国劳动模范、乡长赵春林出席。"
    )
    progs = names(ex, "Programme")
    assert {"全国民主法治示范村", "全国劳动模范"} <= progs
    assert not any("荣获" in p for p in progs)


def test_a_subsidy_with_an_aside_on_its_own_line():
    ex = extract("春节前向全县困难群众发放\n一次性取暖补助(救济)金\n每户600元。")
    assert "一次性取暖补助(救济)金" in names(ex, "Programme")


def test_a_standing_policy_is_named_as_the_fuller_form_written():
    ex = extract("全县城乡低保对象共1200户。低保资金按月发放,精准扶贫关键在产业。")
    progs = names(ex, "Programme")
    assert {"城乡低保", "精准扶贫"} <= progs
    assert "低保" not in progs


def test_a_quoted_head_closes_the_name_and_people_hold_no_programme():
    ex = extract("青石镇加快创建高标准家庭农场“示范户”。主任采纳了代表们的意见。")
    progs = names(ex, "Programme")
    assert "高标准家庭农场示范户" in progs  # one name with or without the quotes
    assert not any("们" in p for p in progs)


def test_a_heads_cut_in_two_and_spaces_inside():
    ex = extract("会议审议通过了十二届区委工作报告,研究了贯彻省人民政府第 17 次专题会议纪要精神。")
    progs = names(ex, "Programme")
    assert {"十二届区委工作报告", "省人民政府第17次专题会议纪要"} <= progs


def test_a_quoted_theme_after_yi_and_before_wei():
    ex = extract("此次灯会以“白河映月 灯火迎春”为主题。全市以“稳字当头”为总基调。")
    assert {"“白河映月 灯火迎春”", "“稳字当头”"} <= names(ex, "Programme")


def test_counts_and_a_fields_work_are_no_programmes():
    ex = extract(
        "县委表彰了全县15名优秀共产党员。镇里实施了一批“小而美”项目,听取了关于疫情防控工作的汇报。"
    )
    progs = names(ex, "Programme")
    assert not any(p.startswith(("全县15名", "一批")) or p == "疫情防控工作" for p in progs)


def test_an_honour_holds_no_clause():
    ex = extract("会上,他代表县委向受到表扬的先进集体、先进个人表示祝贺。")
    assert not any("受到" in p for p in names(ex, "Programme"))


def test_a_short_policy_named_as_its_full_form_from_the_table():
    ex = extract("修订了最低生活保障认定办法。全市低保对象共900户。")
    progs = names(ex, "Programme")
    assert "最低生活保障" in progs and "低保" not in progs


def test_a_quote_inside_a_name_goes_on_unless_a_body_precedes_it():
    ex = extract(
        "县教育局组织开展骨干“送课上门”活动。街道实行楼栋党支部“双组长”机制。"
        "全县按季度开展水费补贴发放工作。"
    )
    progs = names(ex, "Programme")
    assert "骨干送课上门活动" in progs
    assert "“双组长”机制" in progs
    assert "水费补贴" in progs  # a subsidy after one short word is a name


def test_projects_listed_before_deng_each_without_the_verb_or_aside():
    ex = extract(
        "调研组先后实地察看了青石县的白河新材料加工基地、"
        "青石智能装备产业园(二期)等重点项目,总投资5亿元以上项目3个。"
    )
    progs = names(ex, "Programme")
    assert {"白河新材料加工基地", "青石智能装备产业园"} <= progs
    assert not any("察看" in p or "的" in p for p in progs)
    counted = {o for f, o in relations(ex, "MEASURES") if f == "3个"}
    assert "青石智能装备产业园" not in counted  # the figure counts the list, not its last item


def test_every_item_of_a_list_of_projects_is_a_project():
    ex = extract(
        "签约的项目分别是柳塘开发区的智能单车综合产业基地项目、明玻技改项目、丰泽食品生产项目,"
        "总投资4.7亿元;另外一个项目为社会事业项目。"
    )
    found = names(ex, "Programme")
    assert {"智能单车综合产业基地项目", "明玻技改项目", "丰泽食品生产项目"} <= found
    assert "社会事业项目" not in found


def test_documents_a_meeting_hears_listed_without_title_marks():
    ex = extract(
        "会议听取了2020年青禾县特色农业扶贫行动方案、“三农”领域重点工作实施意见、"
        "2020年青禾县脱贫攻坚工作方案的汇 报。会议宣读了2020年县级领导包联重点项目名单。"
    )
    assert {
        "2020年青禾县特色农业扶贫行动方案",
        "三农领域重点工作实施意见",
        "2020年青禾县脱贫攻坚工作方案",
        "2020年县级领导包联重点项目名单",
    } <= names(ex, "Programme")


def test_a_project_is_named_by_its_site():
    ex = extract(
        "5月18日,在白沙镇青禾村高标准农田项目建设现场,工人们正在浇筑排水沟。在项目现场,他强调。"
    )
    progs = names(ex, "Programme")
    assert "白沙镇青禾村高标准农田项目" in progs
    assert "项目" not in progs


def test_the_social_assistance_policies_named_bare_are_programmes_their_figures_measure():
    ex = extract("今年以来,全县城乡医疗救助527人,救助资金116万元;自然灾害生活补助1910户。")
    assert {"城乡医疗救助", "自然灾害生活补助"} <= names(ex, "Programme")
    assert ("527人", "城乡医疗救助") in relations(ex, "MEASURES")


def test_honours_received_in_the_passive_are_acts_of_the_holder():
    ex = extract("近日,青川县被授予“全国文明城市”称号,东岭村被命名为“全国文明村镇”。")
    acted = relations(ex, "ACTED")
    assert {("青川县", "“全国文明城市”"), ("东岭村", "“全国文明村镇”")} <= acted


def test_a_project_opening_its_clause_with_what_it_is_named_whole():
    ex = extract("东川合作·青川产业园项目是此番合作的启动项目,一期先行启动标准厂房建设。")
    assert "东川合作·青川产业园项目" in names(ex, "Programme")


def test_a_series_of_projects_opened_by_a_word_and_closed_by_its_count():
    text = (
        "签约项目以青石风电场项目为代表,包括年产3万吨石墨精粉深加工项目、"
        "白水镇矿产资源勘查项目、年产500吨人参深加工项目等21个项目,涉及多个产业。"
    )
    found = names(extract(text), "Programme")
    assert {"年产3万吨石墨精粉深加工项目", "年产500吨人参深加工项目"} <= found
    assert not any(n.startswith("包括") or n.endswith("21个项目") for n in found)


def test_quoted_slogans_that_count_what_they_name():
    ex = extract("他表示,将增强“四个意识”、坚定“四个自信”,做好“六稳”工作。")
    found = names(ex, "Programme")
    assert {"“四个意识”", "“四个自信”"} <= found


def test_a_resolution_passed_is_named_without_its_newness():
    assert "人事任免决议" in names(extract("会议还一致通过了新的人事任免决议。"), "Programme")
