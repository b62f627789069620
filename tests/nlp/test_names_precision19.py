"""Names by kind, round 19: no name is cut from the front of a longer name or a phrase,
and a figure of speech in quotes is no place (sentences invented for the tests)."""

from tests.helpers import extract, names, relations


def test_a_name_that_opens_a_firm_or_a_project_is_no_name_of_its_own():
    ex = extract("王建军前往张福科技产业园。在黄太太厂房改造项目现场,他察看了车间。")
    assert not {"张福", "黄太太"} & (names(ex, "Person") | names(ex, "Place"))
    assert "王建军" in names(ex, "Person")


def test_a_neighbourhood_is_named_with_its_head():
    ex = extract("镇长李四走访慰问了泾川居民区和东旺居民区两户困难家庭。")
    places = names(ex, "Place")
    assert {"泾川居民区", "东旺居民区"} <= places
    assert not {"泾川", "东旺", "居民区"} & places


def test_a_place_word_a_quote_holds_alone_is_a_figure_of_speech():
    ex = extract(
        "作为全县唯一的“直选村”,青禾村从“走街串巷”延至“神经末梢”,做好地质灾害易发区的巡查。"
    )
    places = names(ex, "Place")
    assert "青禾村" in places
    assert not {"直选村", "走街串巷", "易发区"} & places


def test_a_place_after_a_word_of_its_own_ends_a_description():
    ex = extract("该村打造小木屋民宿、高山蓝莓园等产业。")
    assert "蓝莓园" not in names(ex, "Place")


def test_a_title_that_straddles_two_words_names_no_one():
    ex = extract("日前,湖南省长沙市望城区人民法院经过调解,化解了这起纠纷。")
    assert not names(ex, "Person")
    assert "湖南省" in names(ex, "Place")


def test_a_name_glued_to_its_title_or_the_phrase_after_it_is_the_name_alone():
    ex = extract("当晚行动由该院杨杰院长亲自指挥。院长周大新靠前指挥,亲自带队。")
    assert {"杨杰", "周大新"} <= names(ex, "Person")
    assert not {"杨杰院", "周大新靠"} & names(ex, "Person")


def test_a_title_glued_to_a_level_and_a_road_kind_are_no_places():
    ex = extract("各村支书村主任参加会议。项目位于平镇高速路旁。")
    assert not {"支书村", "高速路"} & names(ex, "Place")


def test_a_defendant_named_before_the_charge_is_the_whole_name():
    ex = extract("被告人焦玲强犯抢劫罪被判处九年有期徒刑,被告人焦海亮犯盗窃罪被判处五年有期徒刑。")
    assert {"焦玲强", "焦海亮"} <= names(ex, "Person")
    assert not {"焦玲", "焦海"} & names(ex, "Person")


def test_a_name_of_ordinary_words_heading_a_list_of_people_is_a_person():
    ex = extract("会议任命李春雨、何娇、徐莉等18人为青禾区人民法院审判员。")
    assert {"李春雨", "何娇", "徐莉"} <= names(ex, "Person")


def test_a_counted_group_names_no_one():
    ex = extract("700余名志愿者齐唱《学习雷锋好榜样》。")
    assert not names(ex, "Person")


def test_a_county_of_one_character_before_its_own_body_is_a_place():
    ex = extract("杞县县委副书记王红涛表示,杞县将扩大开放。黟县财政局争取资金。两县政府参加。")
    assert "杞县" in names(ex, "Place")
    assert ("杞县县委", "杞县") in relations(ex, "LOCATED_IN")
    assert "两县" not in names(ex, "Place")


def test_a_city_whose_name_ends_in_zhou_before_its_committee_is_a_place():
    ex = extract("林州市委政法委书记李玉清讲话。林州市发展很快。")
    assert ("林州市委", "林州市") in relations(ex, "LOCATED_IN")


def test_two_units_joined_and_a_place_s_people_are_no_names():
    ex = extract(
        "全国、省和市人大代表来我区视察。他们来到青禾镇和庆华化工有限公司。"
        "侯东良一行来到大交镇续鲁峪村与镇村干部交流。"
    )
    found = names(ex, "Organization") | names(ex, "Place")
    assert not {n for n in found if "和" in n or n.endswith("干部")}


def test_a_one_character_county_inside_a_longer_name_is_no_place():
    ex = extract("湖北省宜昌市伍家岗区人民法院依法作出判决。")
    assert "岗区" not in names(ex, "Place")


def test_a_name_that_opens_a_body_or_a_landmark_is_no_person():
    ex = extract("专家组参观了李家山考古工作站、李家山国家考古遗址公园。")
    assert "李家山" not in names(ex, "Person")


def test_a_deputy_s_title_is_no_part_of_the_name_before_it():
    ex = extract("李四主任、王五副主任出席。")
    assert "王五" in names(ex, "Person")
    assert "王五副" not in names(ex, "Person")


def test_an_item_of_a_list_of_bodies_is_no_person():
    ex = extract("交运、住建、文旅、高寨子等单位作了发言。张伟、刘洋等企业负责人参加。")
    people = names(ex, "Person")
    assert "高寨子" not in people
    assert {"张伟", "刘洋"} <= people


def test_a_body_organising_another_is_no_one_body():
    ex = extract("城关镇人大主席团组织五峰联络站的人大代表视察。县委组织部部长王五出席。")
    orgs = names(ex, "Organization")
    assert not {o for o in orgs if "组织五峰" in o}
    assert any(o.endswith("组织部") for o in orgs)


def test_a_person_read_as_a_place_elsewhere_is_the_person():
    ex = extract(
        "省政协办公厅巡视员江德寿来我县检查指导工作。在水坪镇大石门片区,江德寿详细了解了建设情况。",
        home_city="竹溪县",
    )
    assert "江德寿" in names(ex, "Person")
    assert "江德寿" not in names(ex, "Place")


def test_a_scope_and_a_rank_name_no_one():
    ex = extract("会议传达学习全市领导干部会议精神,区委书记谢大钢主持会议。")
    assert names(ex, "Person") == {"谢大钢"}


def test_a_phrase_listed_after_a_body_is_no_body():
    ex = extract("他们察看了九溪汇龙阿玛达育种中心、渔村村落截污治污及全区治污项目。")
    assert not {o for o in names(ex, "Organization") if "截污" in o}


def test_a_place_cut_before_a_word_its_last_character_opens_is_no_place():
    ex = extract("杜永冰一行先后来到草庙山、红山园艺场,听取森林防火工作汇报。")
    assert "红山园" not in names(ex, "Place")


def test_a_road_or_county_glued_to_the_end_of_a_word_is_no_place():
    ex = extract("诗人吟颂寿县的山水,城乡建设事业朝径路向前。副县长王一鸣到城关镇调整工作。")
    places = names(ex, "Place")
    assert not {"颂寿县", "朝径路"} & places
    assert "城关镇" in places


def test_a_known_place_that_opens_a_housing_estate_is_no_place():
    ex = extract("视察组一行先后来到朝阳小区、安民村棚户区改造点视察。")
    places = names(ex, "Place")
    assert "朝阳" not in places
    assert "安民村" in places


def test_a_forest_farm_is_a_body_and_a_second_verb_opens_no_programme():
    ex = extract("9月28日,副县长赵一平到青松林场、白石林场,检查指导秋冬季防火工作。")
    assert {"青松林场", "白石林场"} <= names(ex, "Organization")
    programmes = names(ex, "Programme")
    assert "秋冬季防火工作" in programmes
    assert not {p for p in programmes if p.startswith("指导")}


def test_a_dateline_of_a_place_alone_names_no_outlet():
    ex = extract("云河讯 “我们的新生产线月底投产。”云河县新材料有限公司负责人说。")
    assert "云河" not in names(ex, "Organization")
    assert "云河县新材料有限公司" in names(ex, "Organization")


def test_a_leader_named_inside_an_ideology_is_no_person_there():
    ex = extract("报告通篇贯穿了习近平新时代中国特色社会主义思想。")
    assert not names(ex, "Person")
    ex = extract("习近平总书记考察时强调,要坚持和发展新时代中国特色社会主义。")
    assert "习近平" in names(ex, "Person")


def test_every_village_of_a_town_is_no_place():
    ex = extract("沱里镇各村的大喇叭再次响起,沱里镇召开了动员会。")
    places = names(ex, "Place")
    assert "沱里镇各村" not in places
    assert "沱里镇" in places


def test_a_public_place_a_station_or_a_verb_with_its_result_is_no_body():
    ex = extract(
        "在镇综合文化站、公共场所张贴宣传牌,途经电商创业街、高铁站前广场。"
        "各乡镇要高标准建设好代表联络站。"
    )
    bodies = names(ex, "Organization")
    assert not {"公共场所", "高铁站"} & bodies
    assert not {b for b in bodies if b.startswith("高标准")}


def test_two_outlets_joined_by_a_dot_in_a_dateline_are_both_outlets():
    ex = extract("云河客户端•青禾新闻网讯(记者 吴一凡)2月6日,区领导率队调研。")
    assert {"云河客户端", "青禾新闻网"} <= names(ex, "Organization")


def test_a_time_of_day_or_a_kind_before_a_body_is_not_its_name():
    ex = extract(
        "活动在伊塘镇拉开帷幕。一大早冷水湾区农业局活动组就来到现场。"
        "他们走访联系企业深圳市英博达科技有限公司。"
    )
    bodies = names(ex, "Organization")
    assert {"冷水湾区农业局", "深圳市英博达科技有限公司"} <= bodies
    assert not {b for b in bodies if b.startswith(("一大早", "企业"))}


def test_a_source_line_names_the_outlet_not_the_desk_words_after_it():
    ex = extract("来源:云河融媒收集编辑:云河融媒\n全县秋收工作有序推进。")
    bodies = names(ex, "Organization")
    assert "云河融媒" in bodies
    assert not {b for b in bodies if "编辑" in b}


def test_idioms_of_streets_and_youth_are_no_places():
    ex = extract("志愿者们走街串巷体验百姓生活,希望同学们不负韶华、砥砺前行。")
    assert not names(ex, "Place")


def test_a_city_glued_to_its_district_after_a_mark_leaves_the_district_whole():
    ex = extract("来源:广元市昭化区青禾镇人民政府\n全镇开展回头看工作。")
    places = names(ex, "Place")
    assert "昭化区" in places
    assert "市昭化区" not in places


def test_the_members_of_a_list_closed_by_denghe_di_are_places_not_people():
    ex = extract("嫌疑人先后窜至涿州、高碑店、定兴、徐水、涞水等地,趁夜作案。")
    assert not names(ex, "Person")
    assert {"高碑店", "徐水", "涞水"} <= names(ex, "Place")


def test_the_members_of_a_list_of_projects_are_no_places():
    ex = extract("加快推进城区水系二期、青禾高铁片区、沙河复航、开发区道路等重点项目建设。")
    assert not {"沙河复航", "开发区道路"} & names(ex, "Place")


def test_a_project_kind_before_a_hospital_is_not_its_name_and_theatres_are_no_bodies():
    ex = extract("委员们视察了我市重点项目深汕中心医院,并在酒店、影剧院等场所开展检查。")
    bodies = names(ex, "Organization")
    assert "深汕中心医院" in bodies
    assert not {b for b in bodies if "项目" in b or b == "影剧院"}


def test_a_new_type_of_community_is_no_place():
    ex = extract("把青禾社区建设成为管理有序、文明祥和的新型社区。")
    assert names(ex, "Place") == {"青禾社区"}


def test_doing_two_things_at_once_names_no_one():
    ex = extract("各委员边视察、边思考,充分发挥所在行业优势。副县长边建国出席会议。")
    assert names(ex, "Person") == {"边建国"}


def test_a_central_nursing_home_is_one_body():
    ex = extract("在青禾县白沙镇中心敬老院,共青团青禾县委为老人发放礼品。")
    bodies = names(ex, "Organization")
    assert "青禾县白沙镇中心敬老院" in bodies
    assert "青禾县白沙镇中心" not in bodies


def test_an_online_outlet_in_a_dateline_holds_its_province_and_a_branch_alone_is_no_body():
    ex = extract("云河在线11月13日讯(通讯员 朱优芬)共建美丽城镇。案件引起了分局领导的重视。")
    assert "云河在线" in names(ex, "Organization")
    assert "分局" not in names(ex, "Organization")


def test_a_zone_named_after_a_railway_keeps_its_proper_name():
    ex = extract("加快推进城区水系二期、职业中专、平漯周高铁片区等重点项目建设。")
    assert "平漯周高铁片区" in names(ex, "Place")
    assert "高铁片区" not in names(ex, "Place")


def test_a_market_and_a_supermarket_are_no_one_body():
    ex = extract("他委派专人到县里几个大的农贸市场和超市联系销售。市住房和城乡建设局参加。")
    bodies = names(ex, "Organization")
    assert not {b for b in bodies if "超市" in b}
    assert "市住房和城乡建设局" in bodies
