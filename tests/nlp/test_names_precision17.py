"""Names round 17 (a first read of fifteen articles from new papers): a place opening a
market's or a channel's name, a club's name cut after its digits, so many counties or
provinces counted, a person the model took for a place in a list of people, a person
read short of the name the article gives them, and the bodies of a banner, a league and
an autonomous prefecture named by their level alone (sentences written for the tests,
names invented)."""

from kg.extract.name_context import unnamed
from kg.extract.people import extend_underread
from kg.nlp import load_pipeline
from kg.nlp.candidates import NER_SOURCE, Candidate
from kg.nlp.ner_names import as_listed_person
from kg.records import Mention
from kg.schema import Label
from tests.helpers import extract, names, relations


def test_a_place_opening_a_market_s_or_a_channel_s_name_is_no_place():
    ex = extract(
        "检查组先后来到青禾大市场、红枫市场、柳川集贸市场周边。"
        "浙江公共新闻频道副总监韩晓东主持开幕式。"
    )
    places = names(ex, "Place")
    assert not {"青禾", "红枫", "柳川", "浙江"} & places


def test_a_body_right_after_digits_is_the_end_of_a_longer_name():
    ex = extract("青禾66特跑队、柳川跑团等知名跑团参加了比赛。")
    assert "特跑队" not in names(ex, "Organization")


def test_counted_counties_and_provinces_are_no_names():
    ex = extract("本次活动由甲、乙、丙三省五县人民政府主办,由五县财税部门承办。")
    found = names(ex, "Organization") | names(ex, "Place")
    assert not {n for n in found if n.startswith(("五县", "丙三省", "三省"))}


def test_a_place_the_model_reads_after_a_person_and_a_list_mark_is_a_person():
    doc = load_pipeline(None)("这对贫困户刘至善、孟清而言意义非凡。")
    start = doc.text.index("孟清")
    read = Candidate(start, start + 2, Label.PLACE, NER_SOURCE)
    assert as_listed_person(doc, read).label == Label.PERSON
    doc = load_pipeline(None)("这对贫困户刘至善、青禾镇而言意义非凡。")
    start = doc.text.index("青禾镇")
    town = Candidate(start, start + 3, Label.PLACE, NER_SOURCE)
    assert as_listed_person(doc, town).label == Label.PLACE


def test_a_person_read_short_of_the_article_s_name_is_named_in_full():
    text = "县委书记杜海民作讲话。会后,杜海民与劳模合影。"
    short = Mention(Label.PERSON, "杜海", "杜海", start=4, end=6)
    full = Mention(Label.PERSON, "杜海民", "杜海民", start=14, end=17)
    extend_underread([short, full], text)
    assert (short.name, short.end) == ("杜海民", 7)


def test_a_person_before_a_title_keeps_the_short_name():
    text = "义诊专家有林坚副主任医师。林坚副主任带领护士长问诊。"
    short = Mention(Label.PERSON, "林坚", "林坚", start=5, end=7)
    over = Mention(Label.PERSON, "林坚副", "林坚副", start=13, end=16)
    extend_underread([short, over], text)
    assert short.name == "林坚"


def test_bodies_named_by_a_banner_s_league_s_or_prefecture_s_level_alone():
    ex = extract("旗人大主任韩晓东、旗政协主席林晓舟、盟政协主席周立平、州政协主席孟清出席会议。")
    assert {"旗人大", "旗政协", "盟政协", "州政协"} <= names(ex, "Organization")
    assert ("韩晓东", "旗人大") in relations(ex, "HOLDS_POSITION")


def test_places_listed_in_quotes_are_no_programmes():
    ex = extract("重点打造“青禾镇”、“柳川社区”、“石门”3个示范点。")
    programmes = names(ex, "Programme")
    assert not {p for p in programmes if "青禾镇" in p or "柳川社区" in p or "石门" in p}
    assert {"青禾镇", "柳川社区"} <= names(ex, "Place")


def test_an_honour_s_word_and_a_level_is_no_place():
    ex = extract("为推进我州创建全国民族团结进步示范州工作,各县积极行动。")
    assert "示范州" not in names(ex, "Place")


def test_an_honour_named_after_a_determiner_is_named_without_it():
    ex = extract("会上表彰了先进个人。此次青禾县劳动模范、柳川工匠的评选,展示了新风采。")
    programmes = names(ex, "Programme")
    assert not {p for p in programmes if p.startswith("此次")}


def test_a_determiner_and_a_kind_of_area_is_no_place():
    ex = extract("各镇市场监管所也同步对本辖区节前食品安全进行了检查。")
    assert "本辖区" not in names(ex, "Place")


def test_schools_of_a_county_a_room_on_a_floor_and_a_central_task_are_no_bodies():
    ex = extract(
        "法槌声在青禾县人民法院二楼审判庭响起。公司向青禾县中小学捐赠图书。"
        "要围绕县委县政府中心工作,丰富栏目形式。"
    )
    bodies = names(ex, "Organization")
    assert "青禾县人民法院" in bodies
    assert not {b for b in bodies if "审判庭" in b or "中小学" in b or b.endswith("中心")}


def test_a_contest_s_rank_is_no_part_of_a_school_s_name():
    ex = extract("男子组第三名青禾二中代表队,第二名柳川中学代表队,第一名石门小学代表队。")
    bodies = names(ex, "Organization")
    assert {"柳川中学", "石门小学"} <= bodies
    assert not {b for b in bodies if b.startswith("第")}


def test_a_paper_or_an_observatory_named_after_a_place_is_one_body():
    ex = extract("在青禾导报开辟专栏。柳川中心气象台发布紧急预警信息。")
    assert {"青禾导报", "柳川中心气象台"} <= names(ex, "Organization")
    assert not {"青禾", "柳川中心"} & (names(ex, "Place") | names(ex, "Organization"))


def test_kinds_of_county_zone_and_square_are_no_places():
    ex = extract("展览分地图、县志、实验县等板块。该猪场属于禁养区。文化节在石门村委广场举行。")
    assert not {"实验县", "禁养区", "村委广场", "石门村委广场"} & names(ex, "Place")


def test_a_standing_committee_s_numbered_sitting_is_an_event_not_a_body():
    ex = extract("为此,县政协九届十二次常委会决定,就农村饮水工程开展专题调研。")
    assert "县政协九届十二次常委会" in names(ex, "Event")
    assert "县政协九届十二次常委会" not in names(ex, "Organization")


def test_a_verb_before_a_body_a_town_s_verb_组织_and_the_flag_are_no_names():
    ex = extract(
        "会议建议县政府一要抓好落实。1月13日,青禾县柳川镇组织召开年度代表大会。"
        "伴随着雄壮的国歌声,五星红旗冉冉升起。"
    )
    bodies, places = names(ex, "Organization"), names(ex, "Place")
    assert "县政府" in bodies and "建议县政府" not in bodies
    assert not {b for b in bodies if b.endswith("组织")}
    assert "五星红旗" not in places


def test_a_town_s_组织_before_召开_is_the_verb():
    text = "青禾县柳川镇组织召开年度代表大会。"
    read = Mention(Label.ORGANIZATION, "柳川镇组织", "柳川镇组织", start=3, end=8)
    assert unnamed(read, text, set(range(len(text))))
    body = Mention(Label.ORGANIZATION, "柳川镇党委", "柳川镇党委", start=3, end=8)
    assert not unnamed(body, "青禾县柳川镇党委召开年度代表大会。", set(range(len(text))))
