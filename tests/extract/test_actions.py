"""Who did what: the clause reader on sentences written for these tests (genre style,
invented names and places)."""

from __future__ import annotations

from tests.helpers import extract, relations

SESSION = (
    "3月2日,市长张明远主持召开青山市第九届人民政府第15次常务会议。"
    "市委常委、常务副市长王建国,副市长李卫东、赵春华出席会议。"
    "会议讨论了《青山市营商环境优化方案》;听取了关于修订《青山市城市供水管理办法》的汇报。"
    "会议决定任命周晓峰为市发展和改革委员会主任。"
)


def test_attendee_list_runs_back_over_commas_and_titles():
    attended = relations(extract(SESSION, home_city="青山市"), "ATTENDED")
    meeting = "青山市第九届人民政府第15次常务会议"
    assert {("王建国", meeting), ("李卫东", meeting), ("赵春华", meeting)} <= attended


def test_body_named_in_the_meeting_holds_it_and_acts_for_会议():
    ex = extract(SESSION, home_city="青山市")
    body, meeting = "青山市第九届人民政府", "青山市第九届人民政府第15次常务会议"
    assert (body, meeting) in relations(ex, "HELD")
    assert ("张明远", meeting) in relations(ex, "PRESIDED")
    acted = {(r.subj[1], r.obj[1], r.verb) for r in ex.relations if r.type == "ACTED"}
    assert (body, "《青山市营商环境优化方案》", "讨论") in acted
    assert (body, "《青山市城市供水管理办法》", "听取") in acted  # 关于修订X: a topic
    assert not relations(ex, "ISSUED")
    assert (body, "周晓峰") in relations(ex, "ACTED")  # 决定任命: a person only


def test_delegation_visit_leader_escorts_and_short_form_of_the_home_city():
    ex = extract(
        "5月8日,江州市委书记林海率江州市党政代表团来宁考察,宁川市领导陈涛、刘洋陪同。"
        "代表团先后来到宁川星光电子有限公司、宁川华远机械有限公司进行实地查看。",
        home_city="宁川市",
    )
    visited = relations(ex, "VISITED")
    assert ("林海", "宁川市") in visited  # 来宁考察: 宁 is the home city
    delegation = "江州市党政代表团"  # 代表团: its short form
    assert {(delegation, "宁川星光电子有限公司"), (delegation, "宁川华远机械有限公司")} <= visited
    escorts = {(r.subj[1], r.obj[1]) for r in ex.relations if r.verb == "陪同"}
    party = {"林海", "江州市党政代表团"}  # the party being accompanied
    assert {s for s, o in escorts if o in party} == {"陈涛", "刘洋"}


def test_places_listed_before_an_honour_each_receive_it():
    ex = extract("红星区、绿水县获“全省文明城市”称号,青山市第三次荣获“全省卫生城市”称号。")
    acted = relations(ex, "ACTED")
    assert {("红星区", "“全省文明城市”"), ("绿水县", "“全省文明城市”")} <= acted
    assert ("青山市", "“全省卫生城市”") in acted


def test_a_speech_named_as_a_noun_and_an_act_dating_another_are_no_subject():
    ex = extract(
        "今年以来,我市深入贯彻习近平总书记考察江西时重要讲话精神,聚焦“三大攻坚”,推动经济平稳运行。"
    )
    assert not relations(ex, "SPOKE")
    acted = relations(ex, "ACTED")
    assert ("乌海市", "“三大攻坚”") in acted
    assert not any(s == "习近平" for s, _ in acted)


def test_members_of_a_body_are_not_the_body():
    ex = extract(
        "4月9日,县委书记郑凯主持召开中共平安县委十三届五次全会。十三届县委委员、候补委员出席会议。"
        "平安县实验学校组织全体教师参加了此次培训。",
        home_city="平安县",
    )
    attended = relations(ex, "ATTENDED")
    assert not any(s in ("中共平安县委", "郑凯", "平安县实验学校") for s, _ in attended)
    assert ("中共平安县委", "中共平安县委十三届五次全会") in relations(ex, "HELD")


def test_topic_visit_escort_and_a_team_organised_to_act():
    ex = extract(
        "6月3日,县林业局副局长孙立平,县财政局副局长马红英一行,就青禾镇创建森林乡村做了调研,"
        "青禾镇副镇长吴海陪同。青禾镇每年都组织青禾镇志愿服务队开展植树活动。",
        home_city="平安县",
    )
    visited = relations(ex, "VISITED")
    assert {("孙立平", "青禾镇"), ("马红英", "青禾镇")} <= visited
    assert ("吴海", "孙立平") in relations(ex, "ACTED")  # 陪同 the visitor
    acted = {(r.subj[1], r.obj[1], r.verb) for r in ex.relations if r.type == "ACTED"}
    assert ("青禾镇", "青禾镇志愿服务队", "组织") in acted  # 组织 a team: ACTED, not HELD
    assert not any(o == "青禾镇志愿服务队" for _, o in relations(ex, "HELD"))


def test_a_body_qualifying_a_noun_is_no_object_and_speech_carries_no_subject():
    ex = extract(
        "青山市以党建为引领,认真落实省委部署要求,及时启动“清河行动”。"
        "市长张明远强调,要加快推进“智慧城市”建设。",
        home_city="青山市",
    )
    acted = relations(ex, "ACTED")
    assert ("青山市", "省委") not in acted
    assert ("青山市", "“清河行动”") in relations(ex, "HELD")  # the clause-opening subject
    assert not any(s == "张明远" for s, _ in acted)  # what he urged is not his act


def test_an_object_put_before_its_verb_by_将_and_the_future_将_is_no_such_mark():
    ex = extract(
        "青石县公安局迅速出警,在邻市将犯罪嫌疑人张某、芦某抓获归案。县委将在白河镇召开会议。"
    )
    acted = relations(ex, "ACTED")
    assert {("青石县公安局", "张某"), ("青石县公安局", "芦某")} <= acted
    assert not {a for a in acted if a[1] == "白河镇"}


def test_organisers_of_the_event_met_before_written_with_由():
    ex = extract(
        "3月2日,白河区春风行动招聘会在市民广场举行。招聘会由白河区人社局、白河区总工会联合举办。"
    )
    held = relations(ex, "HELD")
    assert {
        ("白河区人社局", "白河区春风行动招聘会"),
        ("白河区总工会", "白河区春风行动招聘会"),
    } <= held


def test_the_place_a_sentence_opens_with_is_where_its_visit_went():
    ex = extract(
        "2月3日,县委书记林望舒走访慰问老干部。在县中心敬老院,林望舒看望慰问集中供养老人。"
        "在白沙村,林望舒察看了道路建设。"
    )
    visited = relations(ex, "VISITED")
    assert {("林望舒", "县中心敬老院"), ("林望舒", "白沙村")} <= visited


def test_a_verb_between_an_attending_verb_and_活动_names_the_event_only():
    ex = extract(
        "青禾县明远商会举行了会前座谈活动。商会会员周立平以及商会的代表参加活动。"
        "副县长韩晓东出席捐赠活动。",
        home_city="青禾县",
    )
    assert ("周立平", "会前座谈活动") in relations(ex, "ATTENDED")  # 代表参加: a noun, then 参加
    assert not relations(ex, "DONATED")  # 出席捐赠活动: 捐赠 names the event


def test_a_person_quoted_in_an_event_report_spoke_at_it():
    ex = extract(
        "3月5日,青禾县举行爱心捐赠仪式。“我们一定尽绵薄之力。”明远商会会长周立平动情地说。"
        "韩晓东表示,将把善款用好。",
        home_city="青禾县",
    )
    spoke = relations(ex, "SPOKE")
    assert {("周立平", "爱心捐赠仪式"), ("韩晓东", "爱心捐赠仪式")} <= spoke


def test_no_one_quoted_speaks_at_an_event_when_none_is_reported():
    ex = extract("青禾县明远商会会长周立平说,今年商会将新建两所学校。", home_city="青禾县")
    assert not relations(ex, "SPOKE")


def test_each_stop_of_a_reported_visit_is_visited_by_its_visitor():
    ex = extract(
        "近日,县长周立平走访调研企业生产经营情况。在明远塑料有限公司,周立平认真倾听了企业诉求。"
        "在丰泽纸业有限公司,周立平详细了解经营情况。在县政府会议室,韩晓东主持召开专题会议。",
        home_city="青禾县",
    )
    visited = relations(ex, "VISITED")
    assert {("周立平", "明远塑料有限公司"), ("周立平", "丰泽纸业有限公司")} <= visited
    assert not any(who == "韩晓东" for who, _ in visited)  # no visitor of the tour


def test_a_list_of_attendees_runs_on_over_a_semicolon():
    ex = extract(
        "青禾县举行爱心捐赠活动。明远商会会长贾明远,丰泽商会会长吴立才等爱心人士;"
        "县人大常委会副主任苏晓兴,县教体局局长王怀德等出席捐赠活动。",
        home_city="青禾县",
    )
    attended = {who for who, _ in relations(ex, "ATTENDED")}
    assert attended == {"贾明远", "吴立才", "苏晓兴", "王怀德"}


def test_those_represented_are_every_body_or_place_after_代表():
    ex = extract(
        "县委书记周立平代表县委、县政府向全县新闻工作者致以节日问候。"
        "副县长韩晓东代表青禾县与明远公司签订项目合同。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert {("周立平", "县委"), ("周立平", "县政府"), ("韩晓东", "青禾县")} <= acted


def test_named_attendees_listed_with_unnamed_ones_attend():
    ex = extract(
        "4月18日,青禾县人大常委会第十一次会议召开。县委常委、县纪委书记曾立群,"
        "县人民政府副县长宋晓林,县直有关单位主要负责人,柳塘镇、石湾镇人大主席列席会议。",
        home_city="青禾县",
    )
    attended = {who for who, _ in relations(ex, "ATTENDED")}
    assert {"曾立群", "宋晓林"} <= attended


def test_those_who_accompany_a_visit_act_for_the_visitor_and_visit_nothing():
    ex = extract(
        "14日,市政协主席师敬学一行莅临经开区调研。区党工委书记王景泰,"
        "管委会副主任陈淑华陪同调研。师敬学一行先后深入明远实业有限公司考察。",
        home_city="青禾县",
    )
    assert {("王景泰", "师敬学"), ("陈淑华", "师敬学")} <= relations(ex, "ACTED")
    assert not any(who in ("王景泰", "陈淑华") for who, _ in relations(ex, "VISITED"))


def test_a_stress_on_a_programme_is_spoken_on_it_not_on_the_meeting():
    ex = extract(
        "3月5日,青禾县召开产业发展座谈会。县长周立平强调:精准扶贫关键在产业扶贫。"
        "副县长韩晓东强调,要抓好春耕生产。",
        home_city="青禾县",
    )
    spoke = relations(ex, "SPOKE")
    assert ("周立平", "精准扶贫") in spoke
    assert ("周立平", "产业发展座谈会") not in spoke
    assert ("韩晓东", "产业发展座谈会") in spoke  # no programme named: the meeting


def test_those_joining_a_visit_to_a_county_s_projects_visit_the_county():
    ex = extract(
        "5月13日下午,出席会议的政协委员们视察了青禾县重点项目。"
        "县委书记周立平,县长韩晓东等参加视察。",
        home_city="青禾县",
    )
    visited = relations(ex, "VISITED")
    assert {("周立平", "青禾县"), ("韩晓东", "青禾县")} <= visited


def test_people_invited_to_a_ceremony_all_attend_it():
    ex = extract(
        "8月20日,县光彩事业促进会举行奖学金发放仪式。县委常委韩晓东,以及县委统战部、"
        "县工商联、县教育局相关负责同志应邀出席。",
        home_city="青禾县",
    )
    attended = {s for s, _ in relations(ex, "ATTENDED")}
    assert {"韩晓东", "县委统战部", "县工商联", "县教育局"} <= attended


def test_a_verb_before_a_word_opening_with_a_noun_suffix_still_acts():
    ex = extract("7月6日,青禾社区志愿服务队开展人居环境整治系列活动。列席人员名单已确定。")
    assert ("青禾社区志愿服务队", "人居环境整治系列活动") in relations(ex, "HELD")
    assert not relations(ex, "ATTENDED")
