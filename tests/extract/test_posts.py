"""Posts (HOLDS_POSITION): the body of each title written with a person (kg.extract.posts)."""

from __future__ import annotations

from tests.helpers import extract, relations


def posts(text: str) -> set[tuple[str, str]]:
    return relations(extract(text), "HOLDS_POSITION")


def titles(text: str) -> dict[tuple[str, str], str]:
    ex = extract(text)
    return {(r.subj[1], r.obj[1]): r.title for r in ex.relations if r.type == "HOLDS_POSITION"}


def test_a_chain_of_posts_has_a_body_each():
    assert {("丁浩", "县委"), ("丁浩", "县委办")} <= posts("县委常委、县委办主任丁浩宣读决议。")


def test_a_bare_title_joins_the_post_before_it():
    got = titles("县委书记、县长胡金明,县委副书记、组织部部长杨海军出席会议。")
    assert got == {
        ("胡金明", "县委"): "县委书记、县长",
        ("杨海军", "县委"): "县委副书记",
        ("杨海军", "县委组织部"): "组织部部长",  # a unit of the committee, named bare
    }


def test_body_inside_a_title_word():
    assert ("惠明远", "市委") in posts("全市重点项目集中开工。市委书记惠明远下达开工令。")


def test_a_named_body_before_a_title_inside_it():
    got = titles("机床厂社区党委书记冯丽介绍,这个微信群联系着30多家单位。")
    assert got == {("冯丽", "机床厂社区党委"): "书记"}


def test_bare_government_title_takes_the_government_the_article_names():
    got = posts(
        "会议决定任命祝庆和为东湖区人民政府副区长。区人民法院院长郭志平、副区长刘瑞林列席会议。"
    )
    assert {("祝庆和", "东湖区人民政府"), ("郭志平", "区人民法院")} <= got
    assert ("刘瑞林", "东湖区人民政府") in got


def test_no_body_is_invented_for_a_bare_title():
    assert posts("全市重点项目集中开工。市长杨广森讲话。") == set()


def test_a_title_inside_a_longer_one_takes_no_context_body():
    got = posts("大会执行主席林庆春、陈元华出席。市政协副主席王玉林主持会议。")
    assert got == {("王玉林", "市政协")}


def test_name_then_title_takes_the_body_before_or_the_meeting_body():
    assert ("赵明杰", "城东区行政审批局") in posts(
        "城东区行政审批局赵明杰科长告诉记者,效率提高了。"
    )
    assert {("孙晓波", "青山小学"), ("龙丹丹", "青山小学"), ("夏林", "青山小学")} <= posts(
        "青山小学孙晓波、龙丹丹、夏林老师分别带来示范课。"
    )
    assert {("吴建国", "市政协"), ("蔡福来", "市政协")} <= posts(
        "市政协副主席王玉林主持会议。会议听取了吴建国副主席代表市民盟所作的发言;"
        "蔡福来委员代表市民革所作的发言。"
    )


def test_appointment_reads_the_body_after_wei():
    assert ("祝庆和", "东湖区人民政府") in posts("会议决定任命祝庆和为东湖区人民政府副区长。")
    assert {("周向前", "青石市商务局"), ("田小东", "青石市监察委员会")} <= posts(
        "任命周向前同志为青石市商务局局长,任命田小东、金立同志为青石市监察委员会副主任。"
    )  # 同志 after the names


def test_generic_noun_and_anaphor_mean_the_body_named_before():
    assert ("张登科", "华盛包装有限公司") in posts(
        "记者走进华盛包装有限公司的车间。该公司销售人员张登科告诉记者,订单逐渐增加。"
    )
    assert ("彭治国", "板桥乡丰收种植专业合作社") in posts(
        "板桥乡丰收种植专业合作社千亩基地丰收在望,合作社负责人彭治国介绍。"
    )


def test_second_person_of_a_list_shares_the_body():
    got = posts("湖北省江西商会执行会长龚卫国、常务副会长及秘书长欧阳热文带领团队来到捐赠点。")
    assert got == {("龚卫国", "湖北省江西商会"), ("欧阳热文", "湖北省江西商会")}


def test_person_after_a_post_of_its_own_keeps_it():
    got = posts("林州县委常委、政法委书记郭强、县法院党组书记、院长李玉林出席会场。")
    assert ("李玉林", "县法院党组") in got and ("李玉林", "林州县委") not in got


def test_bracketed_title_after_a_name():
    ex = extract(
        "村民们在黄世周(村支书)的召集下坐进了会议室。座谈会上,王立强(平溪村党委书记)先后发言。"
    )
    assert {"黄世周", "王立强"} <= {m.name for m in ex.mentions if m.label == "Person"}
    assert relations(ex, "HOLDS_POSITION") == {("王立强", "平溪村党委")}


def test_the_meetings_government_for_bare_government_titles():
    got = posts(
        "5日,市长贺明远主持召开第十届人民政府第8次常务会议。"
        "市委常委、常务副市长丁志诚,副市长白如松、甘立新出席会议。"
    )
    assert {("贺明远", "第十届人民政府"), ("白如松", "第十届人民政府")} <= got
    assert {("丁志诚", "市委"), ("丁志诚", "第十届人民政府")} <= got


def test_a_member_of_a_party_group_holds_a_post_in_it():
    ex = extract("区政协主席林望舒、区政协党组成员丁可欣出席会议。")
    assert ("丁可欣", "区政协党组") in relations(ex, "HOLDS_POSITION")


def test_deputies_after_their_chief_share_the_chiefs_body():
    ex = extract("县人大常委会主任林望舒主持会议,副主任丁可欣、孙立舟出席会议。")
    held = relations(ex, "HOLDS_POSITION")
    assert {("丁可欣", "县人大常委会"), ("孙立舟", "县人大常委会")} <= held


def test_a_deputy_title_alone_gets_no_body_from_another_sentence():
    ex = extract("县人大常委会主任林望舒主持会议。副主任丁可欣出席。")
    assert not {h for h in relations(ex, "HOLDS_POSITION") if h[0] == "丁可欣"}


def test_a_committee_unit_title_after_a_level_post_keeps_the_level_body():
    found = relations(
        extract("县委副书记、政法委书记林望舒出席。县纪委书记丁可欣主持。"), "HOLDS_POSITION"
    )
    assert {("林望舒", "县委"), ("丁可欣", "县纪委")} <= found


def test_a_bodys_staff_written_with_de_and_a_title_after_the_name_hold_a_post():
    found = relations(
        extract("青禾防水材料有限公司的王建国经理说。县委常委、纪委书记、监委主任丁可欣出席。"),
        "HOLDS_POSITION",
    )
    assert {("王建国", "青禾防水材料有限公司"), ("丁可欣", "县委")} <= found


def test_people_elected_to_a_post_hold_it():
    found = relations(
        extract(
            "会议选举产生了新一届执委,李晓梅成功当选为青石镇妇联主席,王英、曾凤娇当选为青石镇妇联副主席。"
        ),
        "HOLDS_POSITION",
    )
    assert {("李晓梅", "青石镇妇联"), ("王英", "青石镇妇联"), ("曾凤娇", "青石镇妇联")} <= found


def test_the_head_after_a_party_group_post_is_the_body_the_group_leads():
    got = titles("县法院党组书记、院长周立平,县教体局党组成员、副局长韩晓东出席。")
    assert got[("周立平", "县法院")] == "院长"
    assert got[("韩晓东", "县教体局")] == "副局长"
    assert ("周立平", "县法院党组") in got


def test_a_township_party_post_gives_no_body_for_the_head_after_it():
    got = titles("青禾县柳塘乡党委书记、乡长周立平出席。")
    assert not any(body.endswith("柳塘乡") for _, body in got)


def test_an_acting_head_holds_the_post_and_a_rare_surname_ends_no_list():
    got = titles("县法院党组书记、代院长周立平,县人寿保险公司经理渠晓冰参加会议。")
    assert got[("周立平", "县法院")] == "代院长"
    assert ("渠晓冰", "县人寿保险公司") in got


def test_an_office_head_after_a_standing_committee_post_holds_it_in_that_committee():
    got = titles("县委常委、办公室主任韩晓东,县政府办公室主任周立平出席。")
    assert got[("韩晓东", "县委")] == "县委常委、办公室主任"
    assert got[("周立平", "县政府办公室")] == "主任"


def test_a_body_no_name_was_read_for_keeps_the_chain_of_posts_going():
    got = titles(
        "青禾市委副书记、市政府市长、示范区党工委副书记、动防站站长、"
        "市防汛指挥部总指挥韩晓东奔赴现场。柳塘村党支部书记、合作社理事长周立平说。"
    )
    assert {("韩晓东", "青禾市委"), ("韩晓东", "示范区党工委"), ("韩晓东", "动防站")} <= set(got)
    assert ("周立平", "柳塘村党支部") in got
    assert ("周立平", "合作社") not in got  # a head alone names no body


def test_a_rank_after_a_post_and_a_senior_title_keep_the_post():
    ex = extract(
        "市委秘书长、一级巡视员韩晓东,青禾控股集团高级副总裁周立平出席。", home_city="青禾市"
    )
    posts = relations(ex, "HOLDS_POSITION")
    assert ("韩晓东", "市委") in posts and ("周立平", "青禾控股集团") in posts


def test_an_acting_head_of_government_holds_the_post():
    assert ("廖立飞", "州人民政府") in posts(
        "9月20日上午,州委副书记、州人民政府代理州长廖立飞深入青禾县调研。"
    )


def test_a_department_head_holds_the_department_written_in_the_title():
    found = posts("市委组织部长张立岭,市人民检察院检察长谢立健列席了会议。")
    assert ("张立岭", "市委组织部") in found
    assert ("张立岭", "市委") not in found
