"""Names and acts on other papers, round 22 (sentences invented for the tests)."""

from tests.helpers import extract, names, relations


def test_a_suspects_movement_before_the_town_centre_is_no_zone():
    ex = extract("经审讯,两人先后窜至城区及周边村庄盗窃电缆。", home_city="青禾县")
    assert not {p for p in names(ex, "Place") if p.endswith("城区")}


def test_a_zone_named_after_its_city_is_still_a_place():
    ex = extract("项目分布在青禾城区和宝鸡高新区。", home_city="青禾县")
    assert {"青禾城区", "宝鸡高新区"} <= names(ex, "Place")


def test_no_name_begins_inside_a_city_the_segmenter_split():
    ex = extract("9月16日,宁德蕉城区2023年义诊活动周启动仪式举行。", home_city="宁德市")
    assert "德蕉城区" not in names(ex, "Place")


def test_a_verb_after_a_scope_over_communities_opens_no_place():
    ex = extract("近日,白石街道各社区引领小区多元力量参与疫情防控。", home_city="青禾县")
    places = names(ex, "Place")
    assert "引领小区" not in places
    assert "白石街道" in places


def test_farming_and_herding_areas_are_no_place():
    ex = extract("调研组对农牧区信息化程度进行了调研。", home_city="青禾县")
    assert "农牧区" not in names(ex, "Place")


def test_a_long_name_closing_a_list_of_leaders_is_not_cut():
    ex = extract(
        "旗领导南振虎、周玉英、陈虎男、阿拉腾乌拉等到场观看。",
        home_city="青禾县",
    )
    people = names(ex, "Person")
    assert {"南振虎", "周玉英", "陈虎男"} <= people
    assert not {p for p in people if p.startswith("阿拉") and p != "阿拉腾乌拉"}


def test_what_a_presided_meeting_does_next_its_body_does_and_the_chair_speaks():
    ex = extract(
        "9月6日,区长张大伟主持召开青山区政府第81次常务会议,听取全区安全生产工作情况汇报,"
        "研究《青山区文物保护办法》,并作讲话。",
        home_city="青山区",
    )
    acted = relations(ex, "ACTED")
    assert ("青山区政府", "《青山区文物保护办法》") in acted
    assert ("张大伟", "《青山区文物保护办法》") not in acted
    assert ("张大伟", "青山区政府第81次常务会议") in relations(ex, "SPOKE")
    assert ("张大伟", "青山区政府第81次常务会议") in relations(ex, "PRESIDED")


def test_meetings_whose_spirit_is_studied_are_events_held_by_the_bodies_they_name():
    ex = extract(
        "会议深入学习贯彻8月23日中共中央政治局会议、中央全面深化改革委员会第六次会议精神,"
        "传达学习全市县域经济发展推进会议和省、市有关会议文件精神。"
        "各级各部门要把学习宣传贯彻落实市委四届八次全会精神作为首要政治任务,"
        "认真贯彻全县三级干部大会精神,落实此次会议精神。",
        home_city="青禾县",
    )
    events = names(ex, "Event")
    assert {
        "中共中央政治局会议",
        "中央全面深化改革委员会第六次会议",
        "全市县域经济发展推进会议",
        "市委四届八次全会",
        "全县三级干部大会",
    } <= events
    assert not {e for e in events if "有关" in e or "部门" in e or e.startswith("此次")}
    held = relations(ex, "HELD")
    assert ("中共中央政治局", "中共中央政治局会议") in held
    assert ("市委", "市委四届八次全会") in held


def test_studying_a_meetings_spirit_acts_on_it_but_not_on_the_partys_congress():
    ex = extract(
        "12月25日,县委书记林望舒主持召开青禾县委常委会议,传达学习市委四届八次全会精神,"
        "会前学习了《青禾县文物保护条例》。我县将深入学习贯彻党的二十大精神。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert ("青禾县委", "市委四届八次全会") in acted
    assert ("青禾县委", "《青禾县文物保护条例》") in acted
    assert not {s for s, o in acted if o == "党的二十大"}
    assert "党的二十大" in names(ex, "Event")


def test_those_who_escort_two_leaders_each_leading_a_party_escort_both():
    ex = extract(
        "新春佳节来临之际,县委书记林望舒,县委副书记、县长丁可欣分别带队,来到县人武部看望慰问官兵。"
        "县退役军人事务局局长王大海陪同慰问。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert {("王大海", "林望舒"), ("王大海", "丁可欣")} <= acted


def test_one_who_escorts_a_party_escorts_the_one_who_leads_it():
    ex = extract(
        "3月27日,县农业农村局副局长林望舒,经管局副局长丁可欣一行到白石镇调研,"
        "白石镇党委副书记王大海陪同。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert ("王大海", "林望舒") in acted
    assert ("王大海", "丁可欣") not in acted


def test_acting_for_a_body_before_signing_with_partners_is_acting_for_it():
    ex = extract(
        "签约仪式上,县委常委陈大春代表县人民政府分别与企业代表签订合作协议。",
        home_city="青禾县",
    )
    assert ("陈大春", "县人民政府") in relations(ex, "ACTED")


def test_a_road_in_a_list_of_roads_is_no_person():
    ex = extract("区里还计划开工建设陆广路、兴团大道、益宁路等8条道路。", home_city="青禾县")
    assert "陆广路" not in names(ex, "Person")
    assert {"陆广路", "益宁路"} <= names(ex, "Place")


def test_a_verb_glued_to_the_town_at_a_clauses_start_names_no_town():
    ex = extract(
        "镇人大主席刘德军要求人大代表聚焦主业,紧跟镇党委、政府重点工作,督促项目建设。"
        "前进镇党委书记王大海表示,全镇将抓好落实。",
        home_city="青禾县",
    )
    assert not {n for n in names(ex, "Place") | names(ex, "Organization") if "紧跟" in n}
    assert "前进镇" in names(ex, "Place")


def test_departments_named_by_their_part_in_a_task_are_no_bodies():
    ex = extract("林望舒强调,各项目主抓部门要结合作风建设,归口部门和牵头单位要抓好落实。")
    assert not {"主抓部门", "归口部门", "牵头单位"} & names(ex, "Organization")


def test_the_first_of_a_kind_is_no_place():
    ex = extract("8月12日,青禾市首家社区志愿服务基地在白石区正式创建。", home_city="青禾市")
    assert not {p for p in names(ex, "Place") if p.startswith("首")}


def test_a_village_the_segmenter_cut_from_its_level_is_still_the_subject_of_its_figures():
    ex = extract("上任当年,木界村人均可支配收入仅6800元。", home_city="青禾县")
    assert "木界村" in names(ex, "Place")
    assert ("6800元", "木界村") in relations(ex, "MEASURES")


def test_a_common_word_before_the_village_noun_is_no_village():
    ex = extract("要切实发挥村党组织作用,发展村集体经济。", home_city="青禾县")
    assert not {p for p in names(ex, "Place") if p.endswith("村")}


def test_a_bare_unit_after_another_bodys_title_is_not_the_citys_unit():
    ex = extract(
        "2月20日,市委常委、市委宣传部部长刘大明到白石特区调研。"
        "白石特区党委常委、宣传部部长、统战部部长王国华陪同调研。",
        home_city="青禾市",
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert ("王国华", "白石特区党委") in posts
    assert ("王国华", "市委宣传部") not in posts
    assert ("刘大明", "市委宣传部") in posts


def test_a_bare_unit_after_its_own_bodys_title_is_that_bodys_unit():
    ex = extract("市委常委、宣传部部长李明出席。市委宣传部副部长王五主持。", home_city="青禾市")
    assert ("李明", "市委宣传部") in relations(ex, "HOLDS_POSITION")


def test_the_hosts_of_a_quoted_event_hold_it():
    ex = extract(
        "当天,由共青团青禾市委员会和市文明办主办,市志愿者协会承办的“青禾市志愿服务文化节启动仪式”"
        "在人民广场举行。",
        home_city="青禾市",
    )
    held = relations(ex, "HELD")
    assert {
        ("共青团青禾市委员会", "青禾市志愿服务文化节启动仪式"),
        ("市文明办", "青禾市志愿服务文化节启动仪式"),
    } <= held


def test_a_donation_ceremony_is_named_whole_and_held_by_who_launched_it():
    ex = extract(
        "12月26日,由青禾置业有限公司发起的“红果”助学基金捐赠签约仪式在青禾县第二中学举行。",
        home_city="青禾县",
    )
    assert "“红果”助学基金捐赠签约仪式" in names(ex, "Event")
    assert ("青禾置业有限公司", "“红果”助学基金捐赠签约仪式") in relations(ex, "HELD")


def test_the_youth_leagues_committee_of_a_level_is_a_body():
    ex = extract("3月5日,团县委组织青年志愿者深入乡村开展志愿服务。", home_city="青禾县")
    assert "团县委" in names(ex, "Organization")


def test_a_city_court_written_short_is_a_body():
    ex = extract(
        "本次庭审由徐州中院院长章大润担任审判长,省高院副院长王五旁听。", home_city="徐州市"
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert ("章大润", "徐州中院") in posts
    assert ("王五", "省高院") in posts


def test_shops_named_by_their_kind_are_bodies_a_visit_goes_to():
    ex = extract(
        "王大海一行先后深入白石镇供电所、红星烟花炮竹专卖店、金太阳购物广场,检查安全生产工作。",
        home_city="青禾县",
    )
    visited = relations(ex, "VISITED")
    assert {("王大海", "红星烟花炮竹专卖店"), ("王大海", "金太阳购物广场")} <= visited


def test_the_bodies_a_documents_title_opens_with_are_bodies():
    ex = extract(
        "县委常委吴大琳宣读了《中共青禾县委、青禾县人民政府关于表彰第四届劳动模范的决定》。"
        "按照《青禾县安委会办公室关于加强安全生产网格化监管工作的指导意见》要求推进。",
        home_city="青禾县",
    )
    bodies = names(ex, "Organization")
    assert {"中共青禾县委", "青禾县人民政府", "青禾县安委会办公室"} <= bodies


def test_projects_listed_before_a_shared_briefing_are_each_its_topic():
    ex = extract(
        "会议听取红石锂资源综合回收利用项目、年产3000吨精制木糖项目情况介绍。"
        "会议听取了关于加快全县应急避难场所建设工作的汇报。",
        home_city="青禾县",
    )
    programmes = names(ex, "Programme")
    assert {"红石锂资源综合回收利用项目", "年产3000吨精制木糖项目"} <= programmes
    assert "应急避难场所建设工作" in programmes or "加快全县应急避难场所建设工作" in programmes
    assert not {p for p in programmes if p.startswith(("了", "会议"))}


def test_a_figure_inside_a_projects_name_measures_the_project():
    ex = extract("会议听取年产3000吨精制木糖项目情况介绍。", home_city="青禾县")
    assert ("3000吨", "年产3000吨精制木糖项目") in relations(ex, "MEASURES")


def test_schools_named_short_are_bodies_and_no_places_are_cut_from_them():
    ex = extract(
        "廖大华一行先后前往湘南职专、四完小、白石三中,了解春季开学情况。"
        "会议学习了十九届三中、四中全会精神。",
        home_city="青禾县",
    )
    bodies = names(ex, "Organization")
    assert {"湘南职专", "四完小", "白石三中"} <= bodies
    assert not {"湘南", "白石"} & names(ex, "Place")
    assert not {b for b in bodies if "届" in b}


def test_people_each_named_after_their_praise_are_all_people():
    ex = extract(
        "拾金不昧的酒店员工仲大华,一心为民的孙桂芝,爱岗敬业的张小军,老当益壮的吕立中,"
        "勤劳能干、孝敬老人的林扣秀,热心公益事业的洪金叶等最终脱颖而出。",
        home_city="青禾县",
    )
    people = names(ex, "Person")
    assert {"孙桂芝", "张小军", "吕立中", "林扣秀", "洪金叶"} <= people
    assert "吕立" not in people


def test_a_ceremony_spoken_of_by_its_kind_is_no_gift():
    ex = extract(
        "10月27日,市红十字会在市中心医院举行了防疫物资捐赠仪式,捐赠仪式由市红十字会会长饶大明主持。",
        home_city="青禾市",
    )
    assert not {o for s, o in relations(ex, "DONATED") if o == "饶大明"}
    assert ("饶大明", "防疫物资捐赠仪式") in relations(ex, "PRESIDED")


def test_channels_and_kinds_of_farmland_are_no_names():
    ex = extract(
        "青禾县通过政府网站、村民会议、短信、微信等形式宣传。白石镇是该县最大的生态移民区,"
        "在旱作区发展有机枸杞。",
        home_city="青禾县",
    )
    assert not {"政府网站", "微信"} & names(ex, "Organization")
    assert not {"生态移民区", "移民区", "旱作区"} & names(ex, "Place")


def test_people_who_stood_out_in_a_selection_win_its_honour():
    ex = extract(
        "拾金不昧的酒店员工仲大华,一心为民的孙桂芝,爱岗敬业的张小军,热心公益事业的洪金叶等最终脱颖而出,"
        "分别获得“文明好市民”的称号。",
        home_city="青禾县",
    )
    acted = relations(ex, "ACTED")
    assert {(p, "“文明好市民”") for p in ("仲大华", "孙桂芝", "张小军", "洪金叶")} <= acted


def test_a_proposed_appointee_opens_no_body_and_a_presidium_is_one():
    ex = extract(
        "拟任区人民政府副区长人选赵大洋、董小冲,白石镇人大主席团主席,各街道人大工委主任列席会议。",
        home_city="青山区",
    )
    bodies = names(ex, "Organization")
    assert not {b for b in bodies if b.startswith("拟")}
    assert "白石镇人大主席团" in bodies


def test_the_projects_of_a_list_looked_at_are_projects_whatever_else_it_holds():
    ex = extract(
        "代表们对红星新能源焦化升级改造项目、白石碳基纳米管和导电浆料项目、青禾高速建设及通车准备情况、"
        "青禾县职业中学实训基地改造工程等四个项目进行了视察。",
        home_city="青禾县",
    )
    programmes = names(ex, "Programme")
    assert {
        "红星新能源焦化升级改造项目",
        "白石碳基纳米管和导电浆料项目",
        "青禾县职业中学实训基地改造工程",
    } <= programmes
    assert not {p for p in programmes if "四个" in p}


def test_the_partys_standing_rules_and_campaigns_named_bare_are_programmes():
    ex = extract(
        "会议强调,要严格落实中央八项规定,巩固党的群众路线教育实践活动成果,深入开展党史学习教育。",
        home_city="青禾县",
    )
    assert {"中央八项规定", "党的群众路线教育实践活动", "党史学习教育"} <= names(ex, "Programme")


def test_where_one_heads_for_is_a_place():
    ex = extract(
        "近日,西河派出所民警接上老人向张庄方向出发,白石派出所民警向张庄方向迎接。",
        home_city="青禾县",
    )
    assert "张庄" not in names(ex, "Person")
