"""Figures in a list of named items, each followed by its count and a word or two
(“甲”提名10名、“乙”获得者5个): each figure counts the item it closes, not the next one.
Sentences and names are invented."""

from tests.helpers import extract, relations


def test_each_figure_counts_the_item_it_closes():
    ex = extract(
        "今年青溪市评选出“青溪最美劳动者”提名10名、“青溪工匠”提名8名、“青溪市最美家庭”获得者5个。"
    )
    assert {
        ("10名", "“青溪最美劳动者”"),
        ("8名", "“青溪工匠”"),
        ("5个", "“青溪市最美家庭”"),
    } <= relations(ex, "MEASURES")


def test_a_project_the_sentence_opens_with_holds_its_figures():
    ex = extract(
        "昨日,青溪区举行重点项目集中开工仪式,共有30个重点项目集中开工。此次开工的翠柳大道建设项目"
        "备受关注,该项目长2.7公里,红线宽40米,计划总投资9.2亿元。"
    )
    assert {
        ("2.7公里", "翠柳大道建设项目"),
        ("40米", "翠柳大道建设项目"),
        ("9.2亿元", "翠柳大道建设项目"),
    } <= relations(ex, "MEASURES")
