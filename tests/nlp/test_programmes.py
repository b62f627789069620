"""Programmes without quotes or book-title marks, honours, lists (sentences invented)."""

from tests.helpers import extract, names, relations


def test_campaigns_listed_after_a_trigger_each_with_its_head():
    ex = extract("年初以来,全市相继开展了烟花爆竹经营专项整治、电气火灾综合治理等工作。")
    progs = names(ex, "Programme")
    assert {"烟花爆竹经营专项整治", "电气火灾综合治理"} <= progs


def test_honours_in_quotes_before_their_title():
    ex = extract("青石市荣获“全省双拥模范城”称号,三个单位获“拥军优属模范单位”称号。")
    assert {"“全省双拥模范城”", "“拥军优属模范单位”"} <= names(ex, "Programme")


def test_lesson_titles_are_no_programmes():
    ex = extract("老师带来了语文课《小马过河》和《关于加快乡村振兴的实施意见》的解读。")
    progs = names(ex, "Programme")
    assert "《小马过河》" not in progs
    assert "《关于加快乡村振兴的实施意见》" in progs


def test_slogans_in_lists_may_be_two_characters():
    ex = extract("资金统筹用于“六稳”“六保”等方面支出。")
    assert {"“六稳”", "“六保”"} <= names(ex, "Programme")


def test_quoted_questions_in_a_list_are_no_programmes():
    ex = extract(
        "手册从“谁来报告”、“如何报告”、“什么情况要报告”等方面作了解读。村里推行“村村联建”、“村企联建”。"
    )
    programmes = names(ex, "Programme")
    assert {"“村村联建”", "“村企联建”"} <= programmes
    assert not {p for p in programmes if "报告" in p}


def test_titles_of_songs_dances_and_films_listed_after_their_kind_are_no_programmes():
    ex = extract(
        "伴随着庄严的《国歌》声大会开幕。舞蹈《童年叮叮当》《欢天喜地》、歌曲《春暖花开》上演,"
        "会上观看了宣传片《游走青石》。会议学习了《中国共产党纪律处分条例》。"
    )
    assert names(ex, "Programme") == {"《中国共产党纪律处分条例》"}
    assert not {p for p in names(ex, "Place") if p.startswith("游走")}


def test_a_project_opening_its_clause_is_named_from_its_place_and_measured():
    ex = extract("青石镇全域国土综合整治项目涉及7个行政村,总投资4.6亿元。")
    assert "青石镇全域国土综合整治项目" in names(ex, "Programme")
    measured = {r.obj[1] for r in ex.relations if r.type == "MEASURES"}
    assert measured == {"青石镇全域国土综合整治项目"}


def test_a_project_opening_its_clause_under_its_own_word_is_a_programme_its_figures_measure():
    ex = extract("青禾绿色建材产业项目位于城东镇石岭村,总投资6.5亿元,用地约120亩。")
    assert "青禾绿色建材产业项目" in names(ex, "Programme")
    assert ("6.5亿元", "青禾绿色建材产业项目") in relations(ex, "MEASURES")


def test_a_common_word_opening_a_clause_names_no_project():
    ex = extract("重点项目位于城东,总投资5亿元。")
    assert not names(ex, "Programme")


def test_a_special_struggle_is_a_programme():
    ex = extract("县公安局开展扫黑除恶专项斗争。")
    assert "扫黑除恶专项斗争" in names(ex, "Programme")


def test_a_five_year_plan_in_quotes_is_a_programme_unless_a_fuller_name_follows():
    ex = extract("全会是在“十三五”收官、“十四五”开局的关键节点召开的。")
    assert {"“十三五”", "“十四五”"} <= names(ex, "Programme")
    ex = extract("今年是“十四五”开局之年,要完成“十四五”发展目标。")
    assert "“十四五”" not in names(ex, "Programme")
    assert "“十四五”发展目标" in names(ex, "Programme")
