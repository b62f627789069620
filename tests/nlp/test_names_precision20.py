"""Names by kind, round 20: counts, pairs of levels, markets, tours and several bodies of a
place are no names (sentences invented for the tests)."""

from tests.helpers import extract, names


def test_a_count_or_a_pair_of_levels_before_a_kind_names_no_place():
    ex = extract(
        "宣传队走遍青禾区的一个个街道、一个个社区,又向区内各镇街社区传播分类知识。"
        "志愿者走进团结社区,开展义诊。"
    )
    places = names(ex, "Place")
    assert "团结社区" in places
    assert not {"一个个街道", "一个个社区", "镇街社区", "街社区"} & places


def test_a_market_and_a_tour_of_communities_are_no_places():
    ex = extract("文化节设有非遗市集。青禾区开展垃圾分类大篷车社区行志愿服务行动。")
    assert not {"非遗市", "大篷车社区"} & names(ex, "Place")


def test_several_bodies_of_a_place_are_none_named():
    ex = extract("2月3日,青石市多部门联合在白沙岛餐饮店开展检查。")
    assert not {"青石市多部门"} & names(ex, "Organization")
    assert "青石市" in names(ex, "Place")


def test_a_name_closing_a_list_of_bodies_is_a_site_not_a_person():
    ex = extract("陈立章赴西渡街道调研,实地走访青禾机械股份有限公司、白沙湾市民中心、谷雨林鸢。")
    assert "谷雨林鸢" not in names(ex, "Person")
    assert "陈立章" in names(ex, "Person")


def test_a_common_word_before_a_kind_is_a_name_only_where_a_place_stands():
    ex = extract(
        "今年邻里节还将突出社区抗疫主题,聚焦当前社区生活热点。"
        "志愿者走进团结社区,并联合蓝天街道办事处在幸福社区开展义诊。"
    )
    places = names(ex, "Place")
    assert {"团结社区", "幸福社区"} <= places
    assert not {"突出社区", "当前社区"} & places


def test_honour_kinds_and_a_neighbourhood_after_its_town_are_no_names():
    ex = extract(
        "青禾县荣获省级文明单位、文明乡镇、文明村、文明社区荣誉称号。"
        "白沙区正午镇吴寨居、青禾县苗集镇平安村获评示范村。红星村张明华说,今年收成好。"
    )
    assert not {"文明村", "文明社区"} & names(ex, "Place")
    assert "吴寨居" not in names(ex, "Person")
    assert "张明华" in names(ex, "Person")


def test_where_one_lives_is_no_person():
    ex = extract("“志愿者把药送到了家门口。”家住丁字街的独居老人陈桂芳说。")
    assert names(ex, "Person") == {"陈桂芳"}


def test_a_trader_is_named_after_his_trade_and_a_prefecture_by_its_old_name():
    ex = extract("“我来自河北省保定地区,每年都会收购700吨。”甘草收购商周伟亮说。贫困地区发展快。")
    assert "周伟亮" in names(ex, "Person")
    assert "保定地区" in names(ex, "Place")
    assert "贫困地区" not in names(ex, "Place")


def test_a_listed_name_ends_before_pang_ting():
    ex = extract("公民代表陆红婷、朱勇强、黄薇、倪爱霞、于大永旁听了常务会议。")
    assert "于大永" in names(ex, "Person")
    assert "于大永旁" not in names(ex, "Person")


def test_surnames_the_1998_corpus_names_rarely_still_open_names():
    ex = extract("3月6日晚,青禾县表彰大会举行。县级领导覃立新、粟继红、冼春瑜出席。")
    assert {"覃立新", "粟继红", "冼春瑜"} <= names(ex, "Person")


def test_yesterday_from_is_no_part_of_the_body_it_precedes():
    ex = extract("记者昨从市发改委获悉,市发改委会同市财政局等部门发放补贴。")
    assert "市发改委" in names(ex, "Organization")
    assert "昨从市发改委" not in names(ex, "Organization")


def test_the_committees_of_two_levels_are_no_body_and_leave_the_citys_alone():
    from tests.helpers import relations

    ex = extract(
        "14日,受市委副书记、市长吴立凌委托,市委常委、常务副市长何立平主持召开市政府常务会议。"
        "会议强调,要深入贯彻落实党中央决策部署和省市委工作要求。"
    )
    assert "省市委" not in names(ex, "Organization")
    assert ("吴立凌", "市委") in relations(ex, "HOLDS_POSITION")


def test_many_of_a_kind_open_no_body():
    ex = extract("青禾村成立了乡村教育基金会,帮助众多青禾村学子圆大学梦。")
    assert not {n for n in names(ex, "Organization") if n.startswith("众多")}


def test_rooms_fittings_and_zones_of_a_site_are_no_bodies_nor_places():
    ex = extract(
        "从车站进站通道到候车厅以及站台区,全方位覆盖。"
        "车站同时设置了禁毒知识补给站、迷宫、宣传栏、展示墙等多个互动区。"
    )
    assert not {"候车厅", "宣传栏", "展示墙", "迷宫"} & names(ex, "Organization")
    assert not {"站台区", "互动区"} & names(ex, "Place")


def test_departments_named_by_their_field_are_a_kind():
    ex = extract("院里邀请教育、团委、妇联等未成年人保护部门的代表参加。县未成年人保护中心成立。")
    orgs = names(ex, "Organization")
    assert "未成年人保护部门" not in orgs
    assert "县未成年人保护中心" in orgs
