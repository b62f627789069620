"""Names round 14: a verb and its complement (开好, 走到) glued before a body is no part of
its name."""

from tests.helpers import extract, names


def test_a_verb_with_its_complement_before_a_body_is_cut_off():
    ex = extract(
        "就如何开好市政协六届五次常委会议,市政协主席作了讲话。副市长走到沁园中学看望师生。"
    )
    bodies = names(ex, "Organization")
    assert "市政协" in bodies
    assert not {b for b in bodies if b.startswith(("开好", "副市长"))}


def test_a_town_named_by_a_numeral_and_its_firm():
    ex = extract("县委书记到三乡镇叁益陶瓷制造有限公司调研。三乡镇要发挥资源优势。")
    assert "三乡镇叁益陶瓷制造有限公司" in names(ex, "Organization")
    assert "三乡镇" in names(ex, "Place")


def test_a_place_with_ordinary_words_or_a_centre_and_no_head_is_no_body():
    ex = extract(
        "在县中心敬老院,书记看望老人。青桐县驻青岛流动党员党委书记林望舒出席。"
        "此举为青桐县教育事业发展注入了动力。"
    )
    bodies = names(ex, "Organization")
    assert not bodies & {"县中心", "青桐县驻", "青桐县教育"}


def test_glued_people_a_joiner_a_unit_cut_from_its_body_and_a_word_before_a_body():
    ex = extract(
        "(林望舒孙立舟丁可欣)3月5日,副主席高毅、方庆林、李辉及秘书长金正玉参加。"
        "派出所已与办案单位浙江省宁波市公安局取得联系,在局刑侦大队的配合下破案。"
    )
    people, bodies = names(ex, "Person"), names(ex, "Organization")
    assert "李辉" in people and not {p for p in people if len(p) > 4}
    assert "宁波市公安局" in bodies  # named without its province (kg.extract.plausible)
    assert not {b for b in bodies if b.startswith(("局", "单位"))}


def test_parties_and_verb_endings_are_no_bodies_but_a_numbered_school_is():
    ex = extract(
        "县长代表县政府与企业负责人签署合作协议,施工方负责人介绍进度。"
        "督导组先后到南关小学、青县一中、南关幼儿园检查。对共建“一带一路”作出部署。"
    )
    bodies = names(ex, "Organization")
    assert "青县一中" in bodies
    assert not bodies & {"企业负责人签署", "施工方"}
    assert "一带一路" not in names(ex, "Place")


def test_a_township_has_no_political_consultative_conference():
    ex = extract("一行人对白沙镇政协委员园区活动室进行了视察。")
    assert not {b for b in names(ex, "Organization") if b.endswith("镇政协")}


def test_a_league_and_a_medical_team_are_bodies_by_their_heads():
    ex = extract("青石市青商联盟会副主席林望舒出席。")
    assert "青石市青商联盟会" in names(ex, "Organization")


def test_a_unit_cut_from_its_body_and_a_bare_scenic_area_are_no_names():
    ex = extract("青石县公安局刑侦大队对分局反恐大队民辅警进行培训。调研组一行来到三百山风景区。")
    assert "分局反恐大队" not in names(ex, "Organization")
    assert "风景区" not in names(ex, "Place")


def test_things_seen_counted_kinds_and_every_place_are_no_places():
    ex = extract(
        "一行先后查看了该村文化广场、民宿、智能垃圾投放箱等农村人居环境治理情况。"
        "全县23座小型水库完工。确保我区所有社区达标。这是青石区纪委监委开展的活动。"
    )
    assert not names(ex, "Place") & {"民宿", "智能垃圾投放箱", "座小型水库", "所有社区"}
    assert "青石区纪委监委" in names(ex, "Organization")


def test_a_name_the_article_quotes_as_a_slogan_is_no_person():
    ex = extract("并做到四个“全覆盖”:即区直机关党员干部全覆盖,村干部全覆盖。")
    assert "全覆盖" not in names(ex, "Person")


def test_the_committee_of_a_new_term_is_no_particular_body():
    ex = extract("通过召开新一届妇联执委第一次会议,李晓梅当选为青石镇妇联主席。")
    assert not {b for b in names(ex, "Organization") if b.startswith("新一届")}


def test_a_body_named_with_the_short_form_of_the_articles_district_is_a_body():
    ex = extract(
        "1月12日,区委书记林望舒检查全区安全生产工作。区安监局、长安消防大队等单位负责人陪同。",
        home_city="长安区",
    )
    assert "长安消防大队" in names(ex, "Organization")
