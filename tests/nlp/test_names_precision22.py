"""What reads like a name and is none: a single surname before three ordinary characters
(鹿茸托底), phrases ending on a body's head character (谋篇布局, 为村民办实事), an unknown
word right after a place or before a bracketed one (南京 | 墨竹周, 青美(宁德)新能源), a
dotted pair of places in brackets; and the new villages named by their own word (焦山新村).
Sentences and names are invented."""

from tests.helpers import extract, names


def test_a_surname_before_three_ordinary_characters_is_no_person():
    ex = extract("鹿业局要牵好头,组织好梅花鹿鹿茸托底收购协议签订工作。")
    assert not any(n.startswith("鹿茸") for n in names(ex, "Person"))


def test_phrases_ending_on_a_head_character_are_no_bodies():
    ex = extract("各部门要以更加开放的视野谋篇布局,切实为青石村村民办实事、解难事。")
    assert names(ex, "Organization") == set()
    assert "青石村" in names(ex, "Place")


def test_words_beside_a_place_that_belong_to_other_names():
    ex = extract(
        "会议要求为下一届南京墨竹周活动打下基础。白水汽车部件项目、青美(宁德)新能源材料产业园开工。"
    )
    assert not {"墨竹周", "青美"} & names(ex, "Place")


def test_places_dotted_in_brackets_are_no_person():
    ex = extract("江门市(新会·台山)招商推介会在深圳开幕。")
    assert not any("·" in n for n in names(ex, "Person"))


def test_new_villages_named_by_their_own_word():
    ex = extract("调研组先后来到新安江街道焦山新村、溪头新村和沧滩社区。")
    assert {"焦山新村", "溪头新村", "沧滩社区"} <= names(ex, "Place")
    assert "焦山" not in names(ex, "Place")


def test_a_subsidiary_is_named_without_its_tie_to_the_parent():
    ex = extract("青石控股集团有限公司全资援建,子公司兴业水利工程有限公司承接施工。")
    assert "兴业水利工程有限公司" in names(ex, "Organization")
    assert not any(n.startswith("子公司") for n in names(ex, "Organization"))


def test_a_village_after_a_title_read_across_a_town_is_no_person():
    ex = extract("驻华使节来到唐古拉山镇长江源村、察尔汗盐湖等地考察交流。")
    assert not any(n.endswith("村") for n in names(ex, "Person"))


def test_a_name_ending_as_a_banner_does_after_a_title():
    ex = extract("近日,青县人大主任蒋红旗、副县长覃志明、政协副主席韦家明等领导调研。")
    assert {"蒋红旗", "覃志明", "韦家明"} <= names(ex, "Person")


def test_a_town_whose_last_stem_character_the_segmenter_glued_to_its_level():
    ex = extract("副厅长杨海明深入慈周寨镇北李庄村看望慰问困难群众。")
    assert "慈周寨镇" in names(ex, "Place") and "慈周" not in names(ex, "Place")


def test_a_county_and_a_town_read_as_one_place_are_two():
    ex = extract("近日,沧州市青县木门店镇前吴召村热闹非凡。")
    assert {"青县", "木门店镇"} <= names(ex, "Place")
    assert "青县木门店镇" not in names(ex, "Place")


def test_model_units_and_zones_of_a_rule_are_no_places():
    ex = extract("会议听取了典型镇、典型村建设情况汇报,要求加强禁牧区休牧期日常监管。")
    assert not {"典型镇", "典型村", "禁牧区"} & names(ex, "Place")


def test_firms_listed_among_sites_by_their_trade_are_no_places():
    ex = extract("检查组一行深入联翔机械、海陵北校区、联源机电、文凯化纤等处开展安全检查。")
    assert not {"联源机电", "文凯化纤"} & names(ex, "Place")


def test_the_words_of_a_quoted_slogan_are_no_places():
    ex = extract(
        "白岭镇坚持跨越发展,深入实施“开放立镇、商贸活镇、旅游兴镇、文化强镇、产业富民、和谐白岭”战略。"
    )
    assert names(ex, "Place") == {"白岭镇"}


def test_a_policy_named_by_whom_it_favours_is_no_place():
    assert "惠农" not in names(extract("确保惠农政策知晓率达到100%。"), "Place")


def test_an_ethnic_township_whose_peoples_name_the_segmenter_cut():
    ex = extract("旗长一行先后赴巴彦塔拉达斡尔民族乡、锡尼河西苏木调研。")
    assert "巴彦塔拉达斡尔民族乡" in names(ex, "Place")
    assert "斡尔民族乡" not in names(ex, "Place")


def test_a_named_compound_is_a_place_and_a_queue_no_body():
    ex = extract("青石县投入105万元。群众正在该县幸福小区设置的发放点有序的排着队领取羊肉。")
    assert "幸福小区" in names(ex, "Place")
    assert names(ex, "Organization") == set()


def test_areas_of_an_event_named_by_what_is_done_there_are_no_places():
    ex = extract(
        "在爱心义剪区,志愿者手中的剪刀翻飞。政策宣讲区里,工作人员耐心讲解。加强草畜平衡区日常监管。"
    )
    assert names(ex, "Place") == set()


def test_a_county_role_that_holds_its_level_is_no_body():
    ex = extract("扎实抓好交通攻坚,加快建设青山县域副中心和幸福美丽白岭。")
    assert names(ex, "Organization") == set()
