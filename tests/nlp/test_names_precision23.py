"""What reads like a name and is none: a verbal noun before a kind of place (排查 | 水库 is
a check of reservoirs), an autonomous prefecture's committee and government written as one
(州委州政府), a merchant's epithet before the firm it describes (爱心商家 | 某公司), and a
body written by its kind alone (商会) where the article names one such body. Sentences and
names are invented."""

from tests.helpers import extract, names, relations


def test_a_verbal_noun_before_a_kind_of_place_is_no_place():
    ex = extract("汛期将至,各乡镇要重点排查水库、堤防等隐患点。")
    assert not any(n.startswith("排查") for n in names(ex, "Place"))


def test_a_prefectures_committee_and_government_are_two_bodies():
    ex = extract("这是州委州政府作出的重大决策部署。")
    assert {"州委", "州政府"} <= names(ex, "Organization")
    assert "州委州政府" not in names(ex, "Organization")


def test_a_merchants_epithet_is_not_the_firms_name():
    ex = extract("志愿服务队携手爱心商家白鹭餐饮有限公司,为环卫工人送去年货。")
    assert "白鹭餐饮有限公司" in names(ex, "Organization")
    assert not any(n.startswith("爱心") for n in names(ex, "Organization"))


def test_a_kind_of_body_alone_is_the_one_body_of_that_kind_named():
    ex = extract("青溪温州商会第二次会员大会召开。大会选举产生了商会第二届理事会。")
    assert "商会" not in names(ex, "Organization")
    assert ("商会第二届理事会", "青溪温州商会") in relations(ex, "PART_OF")


def test_a_leaders_verb_glued_to_his_name_is_no_part_of_the_body():
    ex = extract("刘卫东率扶贫工作队进驻时,青石村还是一个贫困村。")
    assert "刘卫东" in names(ex, "Person")
    assert not any(n.startswith("刘卫东") for n in names(ex, "Organization"))


def test_county_and_town_deputies_are_no_one_body():
    ex = extract("青石镇又组织县镇人大代表开展了集中视察活动。区镇人大代表常态化开展议事活动。")
    assert not any(n.endswith("镇人大") for n in names(ex, "Organization"))


def test_a_particle_is_no_given_name():
    ex = extract("有的阿姨包的是鱼形的,有的阿姨包的是月牙形的。")
    assert names(ex, "Person") == set()


def test_an_item_of_a_list_of_things_is_no_person():
    ex = extract("青石村种有五味子、贝母、紫苏、菊花等中药材。会议由张明、贝母华、李强主持。")
    assert "贝母" not in names(ex, "Person")
    assert {"张明", "贝母华", "李强"} <= names(ex, "Person")


def test_a_donor_named_by_what_he_is_and_called_sir():
    ex = extract("捐赠仪式上,爱心人士江亲义先生捐赠爱心款2万元。")
    assert "江亲义" in names(ex, "Person")


def test_a_rare_surname_in_a_list_after_a_title():
    ex = extract("副县长孙佰富、赫岩、鲍刚参加会议。")
    assert {"孙佰富", "赫岩", "鲍刚"} <= names(ex, "Person")


def test_a_speaker_closing_a_quote_is_named_without_shuo():
    ex = extract("“这是共赢的经验。”青溪日报记者高玉说。")
    assert "高玉" in names(ex, "Person")
    assert "高玉说" not in names(ex, "Person")


def test_an_outlet_and_its_app_are_no_person():
    ex = extract("青溪晚报·青溪壹点 钟建军 杜晓丹\n近日,记者走进青石村果园。")
    assert not any("晚报" in n or n.startswith("青溪") for n in names(ex, "Person"))


def test_a_conjunction_after_a_name_inside_a_body_does_not_cut_it():
    ex = extract("在青格勒苏木塔拉嘎查和巴图布和嘎查活动服务中心,乌兰牧骑队员们送上演出。")
    assert "青格勒苏木塔拉嘎查和巴图布和嘎查活动服务中心" in names(ex, "Organization")


def test_a_community_named_from_the_word_the_model_reads():
    ex = extract("青溪区翠湖雅苑社区联合居家养老服务中心开展重阳节活动。")
    assert "翠湖雅苑社区" in names(ex, "Place")


def test_a_name_ending_in_sheng_that_is_no_province_is_no_place():
    ex = extract("村八音队队长王建省找到村里的演奏能手陈道雄。河北省、湖南省代表参加。")
    assert "王建省" not in names(ex, "Place")
    assert {"河北省", "湖南省"} <= names(ex, "Place")


def test_a_towns_committee_and_government_written_as_one_are_two_bodies():
    ex = extract("工作组与后宅镇委镇政府有关负责同志座谈。")
    assert "后宅镇委" in names(ex, "Organization")
    assert any(n.endswith("镇政府") for n in names(ex, "Organization"))
    assert not any("委镇" in n for n in names(ex, "Place") | names(ex, "Organization"))


def test_the_founding_of_a_body_is_no_part_of_its_name():
    ex = extract("青溪镇人大代表联络站建站面积逾300平方米。")
    assert not any(n.endswith("建站") for n in names(ex, "Organization"))


def test_stationed_is_no_part_of_the_place():
    ex = extract("为增加就业,青溪县委办公室驻亚吐尔乡布吉尕村“访惠聚”工作队积极与企业对接。")
    assert not any(n.startswith("驻") for n in names(ex, "Place"))


def test_a_zone_that_opens_a_firms_name_is_no_place_of_its_own():
    ex = extract("签约代表厦门经济特区工业园区开发有限公司总经理林海涛出席。")
    assert "厦门经济特区工业园区开发有限公司" in names(ex, "Organization")
    assert not any(n.endswith("工业园区") for n in names(ex, "Place"))


def test_a_described_area_is_no_place():
    ex = extract(
        "“我负责的卫生区已经打扫干净了。”他还带大家看了儿童游戏区。完善水电路气讯等基础设施。"
    )
    assert not {"卫生区", "游戏区", "水电路"} & names(ex, "Place")


def test_places_named_with_a_common_word_where_a_place_stands_stay():
    ex = extract("他来到团结村。朝阳区和城关镇的干部参加。")
    assert {"团结村", "朝阳区", "城关镇"} <= names(ex, "Place")


def test_an_area_named_by_what_is_done_there_is_no_place():
    ex = extract("现场设置了登记区、诊疗区和儿童游戏区。朝阳区、和平区的居民和句容城区群众参加。")
    assert not {"登记区", "诊疗区", "游戏区"} & names(ex, "Place")
    assert {"朝阳区", "和平区", "句容城区"} <= names(ex, "Place")
