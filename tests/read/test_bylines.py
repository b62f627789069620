"""Bylines and credits as Chinese papers print them.

Every sentence and name here is made up for these tests; the shapes are the genre's.
"""

from kg.read.bylines import find_bylines, is_credit_line
from kg.read.page import split_page

BODY = "昨日,北山区新建的三座口袋公园向市民开放,园内新栽各类苗木两千余株。"
TALK = "记者在现场看到,不少老人带着孙辈在园内散步。"


def credits(paragraphs, mentions_reporter=False):
    return [(b.name, b.role) for b in find_bylines(paragraphs, mentions_reporter)]


def evidence_holds_the_credit(paragraphs):
    """The extraction drops mentions inside a credit by finding its evidence in the text."""
    text = "\n".join(paragraphs)
    return all(
        b.evidence in text and b.name.replace(" ", "") == b.name for b in find_bylines(paragraphs)
    )


# --- credits in brackets ---------------------------------------------------------------


def test_lead_in_reporter_in_brackets():
    para = "本报讯(记者林晓舟)" + BODY
    assert credits([para]) == [("林晓舟", "reporter")]
    assert find_bylines([para])[0].evidence == "(记者林晓舟)"


def test_full_width_brackets_and_a_space():
    assert credits(["东湖新闻网讯（记者 郝春雷）" + BODY]) == [("郝春雷", "reporter")]


def test_reporter_and_correspondents_in_one_bracket():
    para = BODY + "(记者郝春雷 通讯员祁远 韦成)"
    assert credits([para]) == [
        ("郝春雷", "reporter"),
        ("祁远", "correspondent"),
        ("韦成", "correspondent"),
    ]


def test_text_and_photo_mode_word_gives_way_to_the_credit_word():
    para = "本报讯(文/图 全媒体记者 甘晓曼 通讯员 韦成)连日来,南岭乡的茶农忙着采摘春茶。"
    assert credits([para]) == [("甘晓曼", "reporter"), ("韦成", "correspondent")]
    assert evidence_holds_the_credit([para])


def test_paper_printed_before_the_credit_word():
    paras = [BODY, "活动持续到本月底。(江城日报全媒体记者 韦成)"]
    assert credits(paras) == [("韦成", "reporter")]
    assert find_bylines(paras)[0].evidence == "(江城日报全媒体记者 韦成)"


def test_qualified_credit_words():
    paras = [BODY + "(融媒记者 苗书岚 见习记者 祁远 特约记者 庞立)"]
    assert credits(paras) == [("苗书岚", "reporter"), ("祁远", "reporter"), ("庞立", "reporter")]


def test_photo_credit_in_brackets():
    assert credits([BODY, "(钟悦 摄)"]) == [("钟悦", "photographer")]
    assert credits([BODY + "(钟悦摄)"]) == [("钟悦", "photographer")]
    assert credits([BODY, "(本报记者 钟悦 摄)"]) == [("钟悦", "photographer")]


def test_a_four_character_name_right_after_the_credit_word():
    assert credits([BODY + "(记者 扎西顿珠)"]) == [("扎西顿珠", "reporter")]


def test_a_picture_word_takes_no_four_character_name():
    assert credits([BODY, "(本版照片均为钟悦摄)"]) == [("钟悦", "photographer")]


def test_the_website_before_the_photographer_is_no_name():
    assert credits([BODY, "(城南网 钟悦 摄)"]) == [("钟悦", "photographer")]


def test_supplied_by_is_the_author():
    assert credits([BODY, "(邵明川 供稿)"]) == [("邵明川", "author")]


# --- names alone ---------------------------------------------------------------------


def test_closing_names_are_the_authors():
    assert credits([BODY, "(苗书岚 庞立 韦成)"]) == [
        ("苗书岚", "author"),
        ("庞立", "author"),
        ("韦成", "author"),
    ]


def test_closing_names_are_reporters_when_the_item_speaks_of_the_reporter():
    paras = [BODY, TALK, "(郝春雷 甘晓曼)"]
    assert credits(paras, mentions_reporter=True) == [
        ("郝春雷", "reporter"),
        ("甘晓曼", "reporter"),
    ]


def test_closing_name_printed_against_the_last_sentence():
    paras = [BODY, "今年全区共发放护林补贴120万元。(邵明川)"]
    assert credits(paras) == [("邵明川", "author")]
    assert find_bylines(paras)[0].evidence == "(邵明川)"


def test_a_bracketed_word_inside_prose_is_no_author():
    assert credits(["新建的文化广场已投入使用(如图),周边居民常来散步。", BODY]) == []
    assert credits([BODY, "(下转第二版)"]) == []


def test_bare_closing_line_of_names_with_a_padded_name():
    paras = [BODY, "苗书岚 蒋 丹"]
    assert credits(paras) == [("苗书岚", "author"), ("蒋丹", "author")]
    assert find_bylines(paras)[0].evidence == "苗书岚 蒋 丹"


def test_bare_names_count_only_as_the_closing_line():
    assert credits(["苗书岚 蒋 丹", BODY]) == []
    assert credits([BODY, "活动安排"]) == []  # a short heading is no name


def test_a_credited_person_is_not_credited_again_as_author():
    assert credits(["本报记者 林晓舟", BODY, "(林晓舟)"]) == [("林晓舟", "reporter")]


# --- credit lines --------------------------------------------------------------------


def test_staff_reporter_line_first_or_last():
    assert credits(["本报记者林晓舟", BODY]) == [("林晓舟", "reporter")]
    assert credits([BODY, "本报记者 林晓舟 苗书岚"]) == [
        ("林晓舟", "reporter"),
        ("苗书岚", "reporter"),
    ]


def test_reporter_and_correspondent_line_closed_by_report():
    paras = ["记者 郝春雷 通讯员 祁远 报道", BODY]
    assert credits(paras) == [("郝春雷", "reporter"), ("祁远", "correspondent")]


def test_padded_credit_word_and_padded_name_on_two_lines():
    paras = ["□记 者 卜一凡", "通讯员 宋 岩 报道", BODY]
    assert credits(paras) == [("卜一凡", "reporter"), ("宋岩", "correspondent")]
    assert [b.evidence for b in find_bylines(paras)] == ["□记 者 卜一凡", "通讯员 宋 岩 报道"]


def test_author_field_among_other_fields():
    paras = ["城事观察|作者:全媒体记者 骆文卿 来源:江城发布", BODY]
    assert credits(paras) == [("骆文卿", "reporter")]


def test_written_by_and_pictures_by_with_a_desk():
    paras = [BODY, "采写 | 区融媒体中心 邵明川", "图片 | 区融媒体中心 庞立"]
    assert credits(paras) == [("邵明川", "reporter"), ("庞立", "photographer")]


def test_label_then_paper_printed_against_the_credit_word():
    paras = [BODY, "文字:江城传媒集团/江城云记者 甘晓曼"]
    assert credits(paras) == [("甘晓曼", "reporter")]


def test_one_character_credit_words_standing_alone():
    assert credits([BODY, "文 | 骆文卿", "图 | 钟悦"]) == [
        ("骆文卿", "author"),
        ("钟悦", "photographer"),
    ]
    assert credits(["文/图 苏晴", BODY]) == [("苏晴", "author")]
    assert credits([BODY, "作者:邵明川"]) == [("邵明川", "author")]
    assert credits([BODY, "摄影:庞立"]) == [("庞立", "photographer")]


def test_names_holding_a_credit_character_are_not_split():
    assert credits([BODY, "(记者 骆文卿 韦图南)"]) == [
        ("骆文卿", "reporter"),
        ("韦图南", "reporter"),
    ]


def test_editors_are_named_as_editors_and_sources_name_no_one():
    assert credits([BODY, "责任编辑:庞立", "来源:江城县融媒体中心"]) == [("庞立", "editor")]
    assert credits([BODY, "(记者 韦成 编辑 庞立)"]) == [("韦成", "reporter"), ("庞立", "editor")]
    assert credits([BODY, "编辑:苗书岚 蒋丹", "责编:韦成"]) == [
        ("苗书岚", "editor"),
        ("蒋丹", "editor"),
        ("韦成", "editor"),
    ]


# --- photo credits after a caption -----------------------------------------------------


def test_photo_line_after_a_caption():
    paras = ["樱花进入盛花期,吸引不少市民前来观赏。", "全媒体记者庞立摄"]
    assert credits(paras) == [("庞立", "photographer")]


def test_photo_line_with_the_desk_printed_against_the_name():
    paras = ["樱花进入盛花期,吸引不少市民前来观赏。", "城市画报视觉组蒋丹摄"]
    assert credits(paras) == [("蒋丹", "photographer")]
    assert find_bylines(paras)[0].evidence == "城市画报视觉组蒋丹摄"


def test_photo_credit_after_the_caption_in_the_same_paragraph():
    paras = ["▲志愿者在社区广场为老人测量血压。 钟悦 摄", BODY]
    assert credits(paras) == [("钟悦", "photographer")]
    assert find_bylines(paras)[0].evidence == "钟悦 摄"


def test_filming_is_no_credit():
    assert credits(["工作人员正在公园里拍摄"]) == []


# --- lead-ins without brackets -----------------------------------------------------------


def test_lead_in_closed_by_report():
    para = "东湖新闻网讯 记者 郝春雷 通讯员 祁远 报道:5月6日,东湖区举行春季植树活动。"
    assert credits([para]) == [("郝春雷", "reporter"), ("祁远", "correspondent")]
    assert find_bylines([para])[0].evidence == "记者 郝春雷 通讯员 祁远 报道"


def test_dateline_lead_in():
    para = "本报江城5月6日电 记者甘晓曼、苗书岚报道:全市首批智慧停车场投入使用。"
    assert credits([para]) == [("甘晓曼", "reporter"), ("苗书岚", "reporter")]


# --- prose that speaks of reporters ------------------------------------------------------


def test_prose_about_reporters_is_no_credit():
    assert credits([TALK, "“今年的花开得特别好。”市民赵阿姨告诉记者。"]) == []
    assert credits(["记者手记", BODY]) == []
    assert credits(["东湖区邀请青年记者探湿地", BODY]) == []
    assert credits(["图为志愿者在社区服务", BODY]) == []
    assert credits([BODY, "樱花开了,赏花的市民中也有记者 苗书岚"]) == []


def test_credit_lines():
    for line in (
        "(苗书岚)",
        "(钟悦 摄)",
        "（记者 郝春雷）",
        "本报记者 林晓舟",
        "□记 者 卜一凡",
        "全媒体记者庞立摄",
        "苗书岚 蒋 丹",
    ):
        assert is_credit_line(line), line
    for line in (BODY, "### 办事:服务提升 办事舒心", "记者手记", TALK):
        assert not is_credit_line(line), line


# --- where credits meet page splitting and extraction -------------------------------------


def test_a_byline_under_the_headline_does_not_close_the_item():
    page = (
        "# 新春灯会开幕\n\n本报记者 林晓舟\n\n### 灯组更多了\n\n今年灯会共布置灯组四十余组。\n\n"
        "(林晓舟)\n\n## 另一条新闻\n\n正文一段。"
    )
    items = split_page(page)
    assert [it.title for it in items] == ["新春灯会开幕", "另一条新闻"]
    assert "灯组更多了" in items[0].paragraphs


def test_credited_people_come_out_whole_and_alone():
    from kg.extract.mentions import extract_article
    from kg.nlp import load_pipeline
    from kg.records import Article

    paragraphs = [
        "□记 者 卜一凡",
        "通讯员 宋 岩 报道",
        BODY,
        "(江城日报全媒体记者 韦成)",
        "编辑:蒋丹",
    ]
    article = Article(
        id="a", title="t", text="\n".join(paragraphs), bylines=find_bylines(paragraphs)
    )
    ex = extract_article(article, load_pipeline())
    people = {m.name for m in ex.mentions if m.label == "Person"}
    assert people == {"卜一凡", "宋岩", "韦成", "蒋丹"}  # the editor is named, no writer
    assert {(r.subj[1], r.role) for r in ex.relations if r.type == "WROTE"} == {
        ("卜一凡", "reporter"),
        ("宋岩", "correspondent"),
        ("韦成", "reporter"),
    }


def test_a_place_that_supplied_a_picture_is_no_photographer():
    assert credits([BODY, "公园一角。北山区供图"]) == []
    assert credits([BODY, "公园一角。柳湾县供图"]) == []


def test_closing_names_before_a_source_line_still_close_the_item():
    paras = [BODY, "今年全区共发放护林补贴120万元。(邵明川 庞立)", "来源:北山融媒", "责任编辑:韦成"]
    assert credits(paras) == [("韦成", "editor"), ("邵明川", "author"), ("庞立", "author")]


def test_names_alone_after_the_dateline_or_after_a_closing_quote_or_a_space():
    assert credits(["本报讯 (邵明川) " + BODY, TALK]) == [("邵明川", "author")]
    assert credits([BODY, "他说:“园子越来越美了。”(庞立 韦成)"]) == [
        ("庞立", "author"),
        ("韦成", "author"),
    ]
    assert credits([BODY, "居民纷纷点赞。 (苗书岚)"]) == [("苗书岚", "author")]


def test_a_source_line_with_a_desk_credits_the_desk_writers():
    paragraphs = ["来源:青禾县融媒体中心 韩晓东 通讯员 周立平", "近日,志愿者将大米送到各村。"]
    assert credits(paragraphs) == [("韩晓东", "author"), ("周立平", "correspondent")]
    assert credits(["近日,县医院开展义诊活动。", "来源:新华社"]) == []


def test_names_before_a_closing_mode_word_are_its_authors():
    paragraphs = ["近日,县医院开展义诊活动。", "青禾县委中心报道组 韩晓东 文/图"]
    assert credits(paragraphs) == [("韩晓东", "author")]


def test_review_stages_name_editors_on_lines_of_their_own():
    paragraphs = [BODY, "江城日报记者 林晓舟", "一审 胡青山", "二审 袁国明 杨小白", "终审 周丽华"]
    assert credits(paragraphs) == [
        ("林晓舟", "reporter"),
        ("胡青山", "editor"),
        ("袁国明", "editor"),
        ("杨小白", "editor"),
        ("周丽华", "editor"),
    ]


def test_a_desk_closing_the_item_is_no_name():
    assert credits([BODY, BODY + "(宣传科)"]) == []


def test_names_glued_together_part_where_only_one_split_gives_two_names():
    paragraphs = [BODY, BODY + "(韩晓东 周立平李雪/文图)"]
    assert credits(paragraphs) == [("韩晓东", "author"), ("周立平", "author"), ("李雪", "author")]


def test_the_desk_before_a_credit_names_where_its_people_work():
    found = find_bylines([BODY, "采写 | 区新闻中心 林晓舟", "来源:东川晚报 全媒体记者 郝春雷"])
    assert [(b.name, b.desk, b.title) for b in found] == [
        ("林晓舟", "区新闻中心", None),
        ("郝春雷", "东川晚报", "全媒体记者"),
    ]


def test_the_place_a_report_was_filed_from_is_no_second_writer():
    assert credits([BODY, "东川网记者 林晓舟 婺源报道"]) == [("林晓舟", "reporter")]
    assert credits([BODY, "记者 林晓舟 郝春雷报道"]) == [
        ("林晓舟", "reporter"),
        ("郝春雷", "reporter"),
    ]


def test_a_federation_credited_in_brackets_is_no_person():
    assert credits([BODY + "(区文联)"]) == []
    assert credits([BODY + "(区侨联供稿)"]) == []


def test_a_town_credited_in_brackets_is_no_person():
    assert credits([BODY + "(程庄镇)"]) == []


def test_credit_words_in_traditional_characters():
    assert credits(["此次活動以共建為主題。(通訊員 施金霞)"]) == [("施金霞", "correspondent")]


def test_a_paper_before_the_closing_names_is_their_desk():
    bylines = find_bylines([BODY, "今年全区共发放护林补贴120万元。 (北山日报 邵明川)"])
    assert [(b.name, b.role, b.desk) for b in bylines] == [("邵明川", "author", "北山日报")]


def test_names_alone_close_the_text_before_the_captions_printed_after_it():
    paras = [
        BODY,
        "居民在园内散步,笑声不断…… (邵明川)",
        "园内新栽的苗木(庞立 摄)",
        "夜色中的公园(韦成 摄)",
    ]
    assert credits(paras) == [
        ("庞立", "photographer"),
        ("韦成", "photographer"),
        ("邵明川", "author"),
    ]


def test_names_their_paper_closes_on_the_first_line_are_its_writers():
    bylines = find_bylines(["田园 张立铭 青禾县融媒体中心", BODY])
    assert [(b.name, b.desk) for b in bylines] == [
        ("田园", "青禾县融媒体中心"),
        ("张立铭", "青禾县融媒体中心"),
    ]
    assert credits(["苗书岚 庞立", BODY]) == []  # names alone open no item


def test_a_credit_after_a_cited_works_title_is_the_works_not_the_items():
    found = find_bylines(
        [
            "青河讯(记者 方远)近日,作品《山村的早晨》(作者:罗晓岚)获得一等奖,"
            "《河边》(作者:孔繁,罗晓岚)获得二等奖。"
        ]
    )
    assert {b.name for b in found} == {"方远"}


# --- datelines and captions before the text ---------------------------------------------


def test_names_after_a_dateline_below_a_caption_and_a_subhead():
    paragraphs = [
        "北山区的老人在口袋公园里散步。(钱文秀) 孙立平 摄",
        "(新春走基层)北山区三座口袋公园开放",
        "某某网北山2月1日电(孙立平 钱文秀 赵小北)" + BODY,
    ]
    found = credits(paragraphs)
    assert ("孙立平", "photographer") in found
    assert {n for n, _ in found} == {"孙立平", "钱文秀", "赵小北"}


def test_names_alone_in_brackets_inside_the_text_are_no_credit():
    assert credits([BODY, "北山区的老人(钱文秀)在园内散步,公园向市民开放。", TALK]) == []


def test_an_unclosed_bracket_before_a_caption_credit():
    assert credits([BODY, "口袋公园开放。(现场 孙立平 摄"]) == []


def test_names_alone_before_a_credit_word_are_writers_and_a_place_there_is_none():
    found = credits(["本报讯(孔繁 某某日报·某某网记者 罗晓岚)" + BODY])
    assert {n for n, _ in found} == {"孔繁", "罗晓岚"}
    assert {n for n, _ in credits(["本报讯(常州 记者 罗晓岚)" + BODY])} == {"罗晓岚"}


def test_a_bureau_and_its_writer_close_the_item():
    assert credits([BODY, "全县工业增加值同比增长1.3%。(青河县统计局 孔繁)"]) == [
        ("孔繁", "author")
    ]


def test_names_after_a_news_desks_xiaoxi_are_its_writers():
    assert credits(["青河商会消息(孔繁):" + BODY]) == [("孔繁", "author")]


def test_a_writers_grade_noted_after_the_name_is_no_part_of_it():
    para = BODY + "(记者:林晓舟 郝春雷(实习) 审核:区委办)"
    assert credits([para]) == [("林晓舟", "reporter"), ("郝春雷", "reporter")]
    assert evidence_holds_the_credit([para])


def test_a_citizen_photographers_credit_line_names_photographers():
    assert credits(["某某拍客:孙立平 钱文秀", BODY]) == [
        ("孙立平", "photographer"),
        ("钱文秀", "photographer"),
    ]


def test_a_writer_who_took_the_pictures_too_keeps_the_fields_role():
    assert credits(["作者:林晓舟/摄 来源:北山日报", BODY]) == [("林晓舟", "author")]


def test_a_name_that_is_also_a_place_is_a_photographers_in_a_credit():
    # 黄岩 is a district's name too: listed with other names or closed by 摄, a person
    found = credits(
        ["北山区新建口袋公园。黄岩 摄", "某某网北山5月12日讯(黄岩 钱文秀 记者 郝春雷)" + BODY]
    )
    assert ("黄岩", "photographer") in found
    assert ("郝春雷", "reporter") in found
    assert credits(["本报讯(常州 记者 罗晓岚)" + BODY]) == [("罗晓岚", "reporter")]
