"""Who did what and what figures measure on other papers, round 21 (sentences invented for the
tests)."""

from tests.helpers import extract, names, relations


def test_national_strategies_named_bare_are_programmes():
    ex = extract(
        "青禾县坚持稳中求进工作总基调,全力推进易地扶贫搬迁,巩固脱贫攻坚成果,全面实施乡村振兴战略。",
        home_city="青禾县",
    )
    assert {"稳中求进工作总基调", "易地扶贫搬迁", "脱贫攻坚", "乡村振兴战略"} <= names(
        ex, "Programme"
    )


def test_a_strategy_written_inside_a_documents_title_is_no_name_of_its_own():
    ex = extract(
        "青禾县收到省财政厅下发的《关于下达衔接资金(巩固脱贫攻坚成果任务)预算的通知》。",
        home_city="青禾县",
    )
    assert "脱贫攻坚" not in names(ex, "Programme")


def test_inspecting_a_programme_acts_on_it_and_visits_the_place():
    ex = extract(
        "6月2日,副市长王小军来到青禾县白石乡调研该乡脱贫攻坚相关工作。",
        home_city="青禾县",
    )
    assert ("王小军", "脱贫攻坚") in relations(ex, "ACTED")
    assert not {o for s, o in relations(ex, "VISITED") if o == "脱贫攻坚"}
    assert ("王小军", "白石乡") in relations(ex, "VISITED")


def test_a_word_glued_to_the_village_noun_after_it_is_no_village():
    ex = extract(
        "村民每天下午都关注收听村广播发出的气象信息。县长李大海通宵坐镇白石镇指挥防汛工作。",
        home_city="青禾县",
    )
    places = names(ex, "Place")
    assert not {"收听村", "通宵坐镇", "坐镇"} & places
    assert "白石镇" in places


def test_a_village_named_after_a_common_word_stays_where_a_place_stands():
    ex = extract("他先后来到幸福村、胜利村走访群众。", home_city="青禾县")
    assert {"幸福村", "胜利村"} <= names(ex, "Place")


def test_a_given_name_glued_to_a_level_by_deng_is_no_place():
    ex = extract("一到植树现场,王锦等县上领导就拿起铁锹挥锹铲土。", home_city="青禾县")
    assert "王锦等县" not in names(ex, "Place")


def test_an_ordinal_before_a_kind_is_no_name():
    ex = extract("县里设计了“爱上青禾·喜迎亚运”首届社区“邻里节”活动。", home_city="青禾县")
    assert "首届社区" not in names(ex, "Place")


def test_anonymised_bodies_and_a_lists_count_are_no_names():
    ex = extract(
        "该院执行青禾市某建设公司拖欠的工程款。白石、青山、河口、东坪四镇人大主席列席会议。",
        home_city="青禾县",
    )
    orgs = names(ex, "Organization")
    assert not {o for o in orgs if "某" in o or "四镇" in o}


def test_people_seated_on_the_rostrum_attended_and_listed_speakers_spoke():
    ex = extract(
        "1月6日下午,政协青禾县委员会第二次会议召开第二次全体会议。"
        "县委书记王立新,县政协主席刘一鸣、副主席陈可在主席台前排就座。"
        "会上,赵小川、钱晓云、孙海3名县政协委员,分别围绕乡村建设等课题作了大会发言。",
        home_city="青禾县",
    )
    attended = relations(ex, "ATTENDED")
    assert {("王立新", "第二次全体会议"), ("陈可", "第二次全体会议")} <= attended
    spoke = relations(ex, "SPOKE")
    assert {(p, "第二次全体会议") for p in ("赵小川", "钱晓云", "孙海")} <= spoke
    assert "3名" not in {f.text for f in ex.mentions if f.label == "Figure"}


def test_a_count_after_others_listed_with_deng_is_still_a_figure():
    ex = extract("会上,赵小川、钱晓云等8位委员作了大会发言。", home_city="青禾县")
    assert "8位" in {f.text for f in ex.mentions if f.label == "Figure"}


def test_bodies_whose_heads_attend_attended():
    ex = extract(
        "3月2日,青禾县委召开常委会第8次会议。县委常委出席会议;县人大、县政府、县政协有关领导同志,"
        "各有关部门负责人列席会议。上午,青禾县举行座谈会。县委宣传部、县财政局、县住建局等单位的"
        "负责人参加了座谈会。",
        home_city="青禾县",
    )
    attended = {s for s, o in relations(ex, "ATTENDED")}
    assert {"县人大", "县政府", "县政协"} <= {a.removeprefix("青禾") for a in attended}
    assert {"县委宣传部", "县财政局", "县住建局"} <= {a.removeprefix("青禾") for a in attended}


def test_a_suspects_age_is_no_figure():
    ex = extract(
        "经询问,犯罪嫌疑人张某某(男,44岁,白石乡人)、胡某某(48岁,青禾县人)如实供述了盗窃电缆3起的事实。",
        home_city="青禾县",
    )
    figures = {f.text for f in ex.mentions if f.label == "Figure"}
    assert not {"44岁", "48岁"} & figures and "3起" in figures


def test_a_news_sites_message_credit_is_no_subject():
    ex = extract(
        "青禾网消息(记者王小军):9月26日下午,第十五届青禾金秋旅游节开幕。本届旅游节历时12天。",
        home_city="青禾县",
    )
    assert not {o for f, o in relations(ex, "MEASURES") if o == "青禾网"}


def test_a_count_after_a_list_and_its_de_is_a_figure():
    ex = extract("来自石壁、下朗、南星、赤坡的4支球队参加比赛。", home_city="青禾县")
    assert "4支" in {f.text for f in ex.mentions if f.label == "Figure"}


def test_a_sentence_opening_with_the_events_words_reports_that_event():
    ex = extract(
        "3月20日上午,青禾县举行2019年重点项目集中开工仪式。集中开工重点项目30个,总投资108.73亿元。",
        home_city="青禾县",
    )
    measured = relations(ex, "MEASURES")
    assert {
        ("30个", "2019年重点项目集中开工仪式"),
        ("108.73亿元", "2019年重点项目集中开工仪式"),
    } <= measured


def test_a_firm_written_after_its_province_and_kind_is_what_its_figures_measure():
    ex = extract(
        "据悉,经协作工作队协调,广东企业青禾创业投资股份有限公司向白石中学捐赠20万元。",
        home_city="青禾县",
    )
    measured = relations(ex, "MEASURES")
    assert ("20万元", "青禾创业投资股份有限公司") in measured
    assert not {o for f, o in measured if o.startswith("广东")}


def test_a_preposition_glued_before_a_county_body_and_a_style_of_community_are_no_names():
    ex = extract(
        "县劳动争议仲裁委员会受理此案后,该案经青县人民法院审理。"
        "书记实地察看“三共四同”互嵌式社区建设,通过电话、短信、微信群告知群众。",
        home_city="青县",
    )
    orgs, places = names(ex, "Organization"), names(ex, "Place")
    assert "经青县人民法院" not in orgs and "青县人民法院" in orgs
    assert "互嵌式社区" not in places
    assert not {"短信", "微信群"} & orgs


def test_the_village_a_later_sentence_calls_gai_cun_acts_not_a_body_named_before():
    ex = extract(
        "省农业农村厅等6部门日前联合发文,认定100个村为示范村。白石镇青山村名列其中。\n"
        "近年来,该村大力实施乡村振兴战略,新建阳光餐厅。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert ("青山村", "乡村振兴战略") in acted
    assert not {o for s, o in acted if s.endswith("农业农村厅")}


def test_a_dispatching_verb_glued_before_a_station_is_no_part_of_its_name():
    ex = extract(
        "接警后,青禾市消防支队立即调派白石街消防救援站2车9人赶赴现场。", home_city="青禾市"
    )
    orgs = names(ex, "Organization")
    assert "白石街消防救援站" in orgs and not {o for o in orgs if o.startswith("调派")}


def test_a_former_post_in_a_list_of_guests_is_no_person():
    ex = extract(
        "市文化和旅游局领导李小森、原尧都区委宣传部副部长、著名作家乔一延、原尧都区农委主任、"
        "白石乡党委书记闫大生出席。",
        home_city="青禾市",
    )
    people = names(ex, "Person")
    assert not {p for p in people if p.startswith("原")}
    assert {"李小森", "乔一延", "闫大生"} <= people


def test_a_person_saying_something_in_a_sentence_set_at_the_event_spoke_there():
    ex = extract(
        "11月14日,青禾县法院召开新闻发布会。发布会上,民事审判庭庭长徐小强介绍了优化营商环境工作情况。"
        "据了解,庭长李大海介绍,今年受理案件300件。",
        home_city="青禾县",
    )
    spoke = relations(ex, "SPOKE")
    assert ("徐小强", "新闻发布会") in spoke
    assert ("李大海", "新闻发布会") not in spoke


def test_a_verb_of_todays_papers_before_a_kind_is_no_place_but_a_village_named_so_stays():
    ex = extract("坚持以党建引领社区发展治理。他来到前进村,又到解放村走访。", home_city="青禾县")
    places = names(ex, "Place")
    assert "引领社区" not in places
    assert {"前进村", "解放村"} <= places


def test_a_scope_word_inside_a_verbs_object_takes_no_acts_after_it():
    ex = extract(
        "3月2日,县委书记王立新主持召开青禾县委常委会第38次会议。"
        "会议研究了全县贯彻落实举措;听取了全县信访维稳工作情况汇报,审议了《青禾县2023年工作要点》。",
        home_city="青禾县",
    )
    assert not {o for s, o in relations(ex, "ACTED") if s == "青禾县"}
