"""Who did what and what figures measure on other papers, round 20 (sentences invented for the
tests)."""

from tests.helpers import extract, names, relations


def test_the_home_county_is_not_read_out_of_a_river_named_after_it():
    ex = extract(
        "白桦村坐落于群山深处,青禾河源头,距离县城90公里。村内常住农牧民122户,全村共有草场2100亩。",
        home_city="青禾县",
    )
    measured = relations(ex, "MEASURES")
    assert ("122户", "白桦村") in measured and ("2100亩", "白桦村") in measured
    assert not {f for f, o in measured if o == "青禾县"}


def test_a_news_agency_dateline_is_no_subject():
    ex = extract(
        "中新网青禾2月1日电(王小军)青禾县投入105万元专项资金设立9个发放点,为全县低保户每户免费发放"
        "4公斤羊肉。",
        home_city="青禾县",
    )
    measured = relations(ex, "MEASURES")
    assert ("4公斤", "青禾县") in measured
    assert not {f for f, o in measured if o == "中新网"}


def test_a_bare_project_opening_a_clause_is_the_project_named_before():
    ex = extract(
        "与白河能源有限公司签约的青禾风电场项目,总投资11亿元,装机规模13.5万千瓦。"
        "项目新建厂房5000平方米,年上缴税金2000万元。",
        home_city="青禾县",
    )
    measured = relations(ex, "MEASURES")
    assert {("5000平方米", "青禾风电场项目"), ("2000万元", "青禾风电场项目")} <= measured


def test_a_bodys_anaphor_opening_a_clause_acts_in_the_clauses_after_it():
    ex = extract(
        "2023年,县法院坚持以人民为中心,全面落实司法责任制,服务保障平安青禾建设。"
        "一年来,全院受理各类案件12769件;荣获全区法院先进集体称号。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert not {o for s, o in acted if s == "青禾县"}


def test_a_year_described_carries_no_ones_acts():
    ex = extract(
        "2月22日,青禾县第十七届人民代表大会第四次会议胜利闭幕。"
        "经会议表决,青禾县人民法院工作报告获一致通过。\n"
        "会议充分肯定了青禾县人民法院的工作,决定批准法院工作报告。\n"
        "2024年是全面贯彻落实党的二十大精神的关键之年,也是深入实施十四五规划的攻坚之年。",
        home_city="青禾县",
    )
    assert not {o for s, o in relations(ex, "ACTED") if "人民代表大会" in s}


def test_an_anaphor_before_a_speakers_name_is_no_subject_of_what_he_says():
    ex = extract(
        "青禾包装有限公司生产车间里,工人正在打包。该公司销售人员张登甲告诉记者。"
        "“近年来,开发区坚持贯彻新发展理念。”",
        home_city="青禾县",
    )
    assert not {o for s, o in relations(ex, "ACTED") if s == "青禾包装有限公司"}


def test_a_word_qualifying_the_next_title_is_no_name_of_a_list_after_a_title():
    ex = extract("理科学生方鹤祯和文科学生马蓉分别代表受资助学生进行了发言。")
    people = names(ex, "Person")
    assert {"方鹤祯", "马蓉"} <= people and "文科" not in people


def test_common_words_glued_before_a_level_body_are_cut_off():
    ex = extract(
        "杨昌鲜等4个好孩子获州妇联命名。会议确定候选人和县人大有关专门委员会组成人员人选,"
        "安排部署下一阶段县政府重点工作。",
        home_city="青禾县",
    )
    bodies = names(ex, "Organization")
    assert not {b for b in bodies if b.startswith(("孩子", "候选人", "一阶段"))}
    assert {"州妇联", "县人大", "县政府"} <= bodies


def test_a_rare_last_character_the_model_left_out_is_the_names():
    ex = extract("2月4日下午,青禾县政府县长马越垠主持召开县政府常务会议。", home_city="青禾县")
    assert "马越垠" in names(ex, "Person") and "马越" not in names(ex, "Person")


def test_all_sectors_after_a_level_is_part_of_the_bodys_name():
    ex = extract(
        "10月17日,省各界爱心济困协会开展捐赠活动,省各界爱心济困协会副会长岳小丽参加。",
        home_city="青禾县",
    )
    assert "省各界爱心济困协会" in names(ex, "Organization")
    assert ("岳小丽", "省各界爱心济困协会") in relations(ex, "HOLDS_POSITION")


def test_a_bare_deputy_county_head_is_no_post_in_another_countys_government_named_later():
    ex = extract(
        "县委常委、副县长黄文华出席了发放仪式。\n她感谢了白河县政府对我县学子的爱心奖助。",
        home_city="青禾县",
    )
    assert not {o for p, o in relations(ex, "HOLDS_POSITION") if o == "白河县政府"}


def test_people_listed_with_unnamed_comrades_visit_in_the_clause_after():
    ex = extract(
        "8月27日晚,县委书记吴海燕与县领导王昱、刘长远及相关部门同志一道,到白河镇梁庄村督导"
        "脱贫攻坚工作。",
        home_city="青禾县",
    )
    visited = relations(ex, "VISITED")
    assert {(p, "梁庄村") for p in ("吴海燕", "王昱", "刘长远")} <= visited


def test_people_listed_before_unnamed_heads_attend_with_them():
    ex = extract(
        "昨日上午,县十六届人大常委会第二次会议召开。副县长武晓俊、县政协副主席王小鹏及法检两长"
        "列席会议。",
        home_city="青禾县",
    )
    attended = {p for p, _ in relations(ex, "ATTENDED")}
    assert {"武晓俊", "王小鹏"} <= attended


def test_a_village_committee_named_by_its_level_alone_is_a_body_and_a_post_in_it():
    ex = extract(
        "近日,在白河镇新立村,村党支部书记、村委会主任王海波说,蔬菜口感好。"
        "现在,村里已经建起35座中高温大棚。",
        home_city="青禾县",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert {o for p, o in posts if p == "王海波"} == {"村党支部", "村委会"}
    assert ("35座", "新立村") in relations(ex, "MEASURES")


def test_a_heads_character_before_a_result_is_a_verb():
    ex = extract("当日早上,前往白河办完事的郭辉乘坐返回青禾的大巴车。", home_city="青禾县")
    assert not {b for b in names(ex, "Organization") if b.endswith("办")}


def test_an_event_opening_its_clause_after_the_home_county_is_attended():
    ex = extract(
        "8月18日,我县金凤教育奖助金发放仪式在县中心广场隆重举行。县委常委、政府副县长黄文华,"
        "县人大副主任雷林瑞、政府副县长刘巧莲出席了发放仪式。",
        home_city="青禾县",
    )
    assert "金凤教育奖助金发放仪式" in names(ex, "Event")
    attended = {p for p, _ in relations(ex, "ATTENDED")}
    assert {"黄文华", "雷林瑞", "刘巧莲"} <= attended
    assert ("刘巧莲", "县人大") not in relations(ex, "HOLDS_POSITION")


def test_a_visit_with_unnamed_talents_goes_to_the_village_described_in_its_township():
    ex = extract(
        "日前,县委副书记陈锋与县残联的党员干部和部分援疆干部人才深入清水河乡最偏远的芦草沟村,"
        "走访慰问困难群众。",
        home_city="青禾县",
    )
    assert {o for p, o in relations(ex, "VISITED") if p == "陈锋"} == {"芦草沟村"}


def test_going_somewhere_to_act_in_the_next_clause_is_a_visit():
    ex = extract(
        "1月18日,市委常委耿秀君,市委宣传部副部长王洪志,分别来到青禾工业集中区、白河镇许林村,"
        "为获得荣誉的单位和村镇颁发奖牌和证书。",
        home_city="青禾市",
    )
    visited = relations(ex, "VISITED")
    assert ("耿秀君", "青禾工业集中区") in visited and ("王洪志", "许林村") in visited


def test_funds_given_by_juanzi_are_a_donation():
    ex = extract(
        "6月5日,青禾市河南商会联合白河集团向青禾县董周乡第九小学捐资38万元重建校园。",
        home_city="青禾县",
    )
    donors = {s for s, _ in relations(ex, "DONATED")}
    assert {"青禾市河南商会", "白河集团"} <= donors


def test_an_adverb_before_a_body_and_two_levels_committees_are_no_names():
    ex = extract(
        "为此青禾市人民法院执行局立即启动优先执行程序。白河县在省州委统一部署下启动了工作。",
        home_city="青禾市",
    )
    bodies = names(ex, "Organization")
    assert "青禾市人民法院执行局" in bodies
    assert not {b for b in bodies if b.startswith(("为此", "省州"))}


def test_produce_named_like_a_person_beside_its_farming_is_no_person():
    ex = extract(
        "在白河镇文庄村百亩黄秋葵种植基地内,一茬优质黄秋葵刚刚销售一空,新一茬黄秋葵又将进入"
        "集中采摘期。",
        home_city="青禾县",
    )
    assert "黄秋葵" not in names(ex, "Person")


def test_channels_named_by_kind_are_no_bodies():
    ex = extract(
        "青禾旗充分利用门户网站、微信公众平台、微博公众号等载体进行宣传。", home_city="青禾旗"
    )
    assert not names(ex, "Organization") & {"门户网站", "微信公众平台", "微博公众号"}
