"""Entity extraction on the seed page's sentences and on a few written for these tests in
the same style: heads, suffixes, titles, quotes, anaphora, short forms."""

from __future__ import annotations

import pytest

from kg.nlp.gazetteer import GazetteerError, read_gazetteer
from tests.helpers import extract, names


def test_nested_organisations_and_address_places():
    ex = extract(
        "近日,我市全面启动春节景观亮化工作。市公共事业发展中心滨河路灯亮化所工作人员在海勃湾区棋盘井街、"
        "世纪大道等主要街道,陆续悬挂大红灯笼1300余个,为节日增添浓浓喜庆氛围。"
    )
    assert {"市公共事业发展中心滨河路灯亮化所", "市公共事业发展中心"} <= names(ex, "Organization")
    assert {"海勃湾区", "棋盘井街", "世纪大道", "乌海市"} <= names(ex, "Place")
    assert "主要街道" not in names(ex, "Place")
    assert "春节景观亮化工作" in names(ex, "Programme")


def test_names_split_by_pkuseg_and_titles():
    # pkuseg cuts 贾|斌 and 郭|振艾; the names must come back whole
    ex = extract(
        "“主动承担社会责任也是我们企业始终践行的价值理念。”公司负责人贾斌说。"
        "“确保新年开好局。”凤凰岭街道党工委副书记郭振艾告诉记者。"
    )
    assert {"贾斌", "郭振艾"} <= names(ex, "Person")
    assert "凤凰岭街道党工委" in names(ex, "Organization")
    assert "凤凰岭街道" in names(ex, "Place")


def test_words_after_a_title_are_not_people():
    ex = extract("全市各级党组织书记承诺书记项目2280余个。提高职工理论素养,满足群众文化需求。")
    assert names(ex, "Person") == set()


def test_verb_glued_to_a_name_is_cut_off():
    ex = extract("我市推行“非公党工委+行业党委”工作模式,成立市非公党工委直属行业党委。")
    orgs = names(ex, "Organization")
    assert "市非公党工委" in orgs and "市非公党工委直属行业党委" in orgs
    assert not any(o.startswith("成立") for o in orgs)
    assert "“非公党工委+行业党委”工作模式" in names(ex, "Programme")


def test_programmes_in_book_titles_and_quotes():
    ex = extract(
        "我市制定出台《乌海市改革完善社会救助制度的具体措施》,持续深化“最强党支部”建设,"
        "探索“村村联建”“村企联建”发展村集体经济模式,深入实施基层党建“书记领航工程”。"
    )
    progs = names(ex, "Programme")
    assert "《乌海市改革完善社会救助制度的具体措施》" in progs
    assert "“最强党支部”建设" in progs
    assert {"“村村联建”", "“村企联建”", "“书记领航工程”"} <= progs


def test_quoted_words_that_are_not_programmes():
    ex = extract(
        "为实现新年能源保供“开门红”,全力抓好煤炭增产稳供。基层党组织是党的肌体的“神经末梢”。"
    )
    assert names(ex, "Programme") == set()


def test_dated_events_and_congress():
    ex = extract(
        "1月4日,市委常委、秘书长李春晓主持召开2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动。"
        "会议强调,要在深入学习宣传贯彻党的二十大精神上走在前作表率。"
    )
    events = names(ex, "Event")
    assert "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动" in events
    assert "党的二十大" in events
    assert "市委" in names(ex, "Organization") and "李春晓" in names(ex, "Person")


def test_home_city_and_company_anaphora():
    ex = extract(
        "近日,我市爱心企业——思正工程管理咨询有限公司向400户困难户捐赠了价值10万元的“抗疫爱心包”。"
        "该公司热心公益事业,用实际行动践行企业社会责任和担当。"
    )
    company = [m for m in ex.mentions if m.label == "Organization" and m.text == "该公司"]
    assert company and company[0].name == "思正工程管理咨询有限公司"
    home = [m for m in ex.mentions if m.label == "Place" and m.text == "我市"]
    assert home and home[0].name == "乌海市"
    assert "抗疫爱心包" in {n.strip("“”") for n in names(ex, "Programme")}


def test_no_home_city_means_no_guess():
    ex = extract("近日,我市全面启动春节景观亮化工作。", home_city=None)
    assert names(ex, "Place") == set()


def test_short_form_takes_the_full_name():
    ex = extract("2022年以来,乌海能源利民公司洗煤厂精细化组织生产。利民公司持续优化配煤工艺。")
    short = [m for m in ex.mentions if m.text == "利民公司"]
    assert short and short[0].name == "乌海能源利民公司"


def test_national_news_sentence_other_city():
    # in the style of a national paper, not a 乌海 one
    ex = extract(
        "这台晚会由主持人韩立伟、苏雨晴等在扬州东关街的古运河边为观众送去新春祝福。", home_city=None
    )
    assert {"韩立伟", "苏雨晴"} <= names(ex, "Person")
    assert "扬州" in names(ex, "Place")


def test_gazetteer_adds_the_users_names(tmp_path):
    gaz = tmp_path / "mine.tsv"
    gaz.write_text("乌海能源\tOrganization\t乌能\n", encoding="utf-8")
    from kg.extract.mentions import extract_article
    from kg.nlp.pipeline import load_pipeline
    from kg.records import Article

    nlp = load_pipeline(str(gaz))
    ex = extract_article(
        Article(id="a", title="t", text="乌能围绕年度产量目标,全力抓好煤炭增产稳供。"), nlp
    )
    assert {m.name for m in ex.mentions if m.label == "Organization"} == {"乌海能源"}


def test_malformed_gazetteer_names_file_and_line(tmp_path):
    gaz = tmp_path / "bad.tsv"
    gaz.write_text("乌海能源\tCompany\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad.tsv:1"):
        read_gazetteer(gaz)


def test_list_members_share_a_named_members_label():
    ex = extract("利用乌海乌兰牧骑微信公众平台及抖音、快手等新媒体平台,发布宣传视频170余个。")
    assert {"乌海乌兰牧骑微信公众平台", "抖音", "快手"} <= names(ex, "Organization")


def test_credit_lines_hold_only_the_credited_people():
    from kg.extract.mentions import extract_article
    from kg.nlp import load_pipeline
    from kg.read.bylines import find_bylines
    from kg.records import Article

    paragraphs = ["2022年,累计入洗原煤226万吨,为企业创造了良好的经济效益。", "(孟荣 付兰伟 闫玉森)"]
    text = "\n".join(paragraphs)
    ex = extract_article(
        Article(id="a", title="t", text=text, bylines=find_bylines(paragraphs)), load_pipeline()
    )
    assert names(ex, "Person") == {"孟荣", "付兰伟", "闫玉森"}
    assert names(ex, "Place") == set() and names(ex, "Organization") == set()


def test_bodies_acting_together_stay_apart():
    ex = extract(
        "近日,西湖区民政局联合区红十字会开展“冬日送暖”慰问活动,为辖区150户困难家庭送去棉衣。",
        home_city=None,
    )  # pkuseg glues 联合|区: 西湖区 民政局 联合区 红十字会
    assert {"西湖区民政局", "区红十字会"} <= names(ex, "Organization")
    assert not any("联合" in n for n in names(ex, "Organization") | names(ex, "Place"))


def test_a_listed_body_cut_by_a_verb_like_word_is_named_from_the_list_mark():
    ex = extract(
        "仪式上,县商会捐款10万元;天和医院捐款5万元;金润供排水有限责任公司、青禾石油有限公司各捐款5万元。"
        "仪式由县人民政府副县长林望舒主持,应聘该公司的人很多,党和政府的温暖送到了家。"
    )
    bodies = names(ex, "Organization")
    assert {"天和医院", "金润供排水有限责任公司", "县人民政府"} <= bodies
    assert not {b for b in bodies if b.startswith(("仪式", "应聘", "党和"))}


def test_every_body_of_a_kind_is_no_body():
    ex = extract("县级领导小组、各镇、各行业部门、各村要各司其职。各镇各部门要充分认识。")
    assert not {b for b in names(ex, "Organization") if b.startswith("各")}
