"""Names round 16 (a first read of thirty articles from new papers): a member the model
took for a person in a list of townships, a former post's 原, a character that opens the
township after a county, a kind of paper alone, a word cut by the model, and a list's
one-character first piece (sentences written for the tests, names invented)."""

from kg.nlp import load_pipeline
from kg.nlp.ner_names import plausible_body
from tests.helpers import extract, names, relations


def test_a_member_of_a_list_of_townships_is_a_township():
    ex = extract("救灾物资发往曹溪、柳林、石岭、李田、河村等6个受灾严重的乡镇。")
    assert "李田" not in names(ex, "Person")
    assert {"李田", "河村"} <= names(ex, "Place")


def test_people_after_a_place_in_a_list_stay_people():
    ex = extract("县领导走访了红星村、韩晓东、周立平家中。")
    assert {"韩晓东", "周立平"} <= names(ex, "Person")


def test_a_former_post_s_原_is_no_part_of_the_body():
    ex = extract("市人大常委会主任韩晓东、原市政协副主席林晓舟出席开幕式。")
    bodies = names(ex, "Organization")
    assert "市政协" in bodies and "原市政协" not in bodies


def test_a_character_between_a_county_and_a_township_opens_the_township():
    ex = extract("考察团先后到青禾县院东头镇桃源村考察。")
    assert not {b for b in names(ex, "Organization") if b.endswith("县院")}


def test_a_kind_of_paper_alone_is_no_body():
    ex = extract("晚报讯 正月初九,青禾县城关镇的群众闹起了元宵。")
    assert "晚报" not in names(ex, "Organization")


def test_a_word_the_model_cut_is_no_body():
    ex = extract("今年以来,民生福祉实现大幅提升,群众获得感不断增强。")
    assert not {b for b in names(ex, "Organization") if b.startswith("民生")}


def test_a_one_character_piece_after_a_list_mark_opens_the_township():
    ex = extract("青山镇、白石镇、大四家子镇、西河镇荣获文明奖。")
    places = names(ex, "Place")
    assert "大四家子镇" in places and "四家子镇" not in places


def test_a_body_a_building_project_will_build_is_no_body_yet():
    ex = extract("该院依托省区域医疗中心建设项目,推动优质资源下沉。")
    assert "省区域医疗中心" not in names(ex, "Organization")


def test_a_zone_of_responsibility_and_a_piece_of_a_complex_are_no_places():
    ex = extract("会上,县领导为8个责任区负责人授旗。考察团到青禾县柳家林田园综合体考察。")
    places = names(ex, "Place")
    assert "责任区" not in places and "柳家林" not in places


def test_a_group_named_by_its_members_names_no_one_after_it():
    ex = extract("号召全体干部职工齐参与、齐发力。")
    assert not names(ex, "Person")


def test_a_listed_body_stops_where_a_clause_runs_on_from_it():
    ex = extract("会议要求各单位负责人要亲自抓、负总责。宣传部、城管局、交警大队要走在前、担首责。")
    assert not {b for b in names(ex, "Organization") if "走在前" in b}


def test_a_banner_s_party_committee_holds_its_deputy_secretaries():
    ex = extract(
        "旗委副书记、旗长韩晓东参加会议并讲话,旗委副书记周立平主持会议。", home_city="青禾旗"
    )
    assert {("韩晓东", "旗委"), ("周立平", "旗委")} <= relations(ex, "HOLDS_POSITION")


def test_a_time_before_a_body_and_a_leader_in_an_ideology_are_no_names():
    ex = extract(
        "检查组认为,近年来县政府高度重视食品安全。全县在习近平新时代中国特色社会主义思想指引下前进。"
    )
    assert "近年来县政府" not in names(ex, "Organization")
    assert "习近平" not in names(ex, "Place")


def test_a_continent_naming_a_disease_is_no_place():
    ex = extract("各乡镇要做好非洲猪瘟防控工作,严防疫情传入。")
    assert "非洲" not in names(ex, "Place")


def test_a_title_and_a_name_the_model_read_as_one_body_is_no_body():
    text = "县委副书记、县长宾明远出席会议。"
    doc = load_pipeline()(text)
    start = text.index("县长")
    assert not plausible_body(doc, start, start + len("县长宾明远"))


def test_the_youth_league_s_county_committee_names_no_place_with_团():
    text = "团县委书记韩晓东表示,青山团县委结合实际开展志愿服务。"
    doc = load_pipeline()(text)
    places = {c.canonical or text[c.start : c.end] for c in doc._.mentions if c.label == "Place"}
    assert "青山团县" not in places and "青山县" in places


def test_a_transliterated_name_without_a_dot_after_a_title_is_one_person():
    ex = extract("旗委副书记、旗长那顺德力格参加会议并讲话,旗政协副主席巴雅尔图出席。")
    assert {"那顺德力格", "巴雅尔图"} <= names(ex, "Person")


def test_ordinary_words_after_a_title_are_no_transliterated_name():
    ex = extract("县长在会上讲话。会议由县委书记主持,全体干部参会率达到百分之百。")
    assert not names(ex, "Person")
