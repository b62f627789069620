"""What figures measure, on sentences written in the genre's style (names invented)."""

from __future__ import annotations

import pytest

from tests.helpers import extract, relations


def measures(text: str, home_city: str | None = "乌海市") -> set[tuple[str, str]]:
    return relations(extract(text, home_city=home_city), "MEASURES")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body that opens the clause, not the people it gives to
        ("7月3日,青禾县红星商会向受灾群众捐款15万元。", {("15万元", "青禾县红星商会")}),
        # a statistics report: the scope word, and it again for sentences without a name
        (
            "前三季度,全市实现地区生产总值1200.5亿元,同比增长5.1%。"
            "工业生产平稳向好,规模以上工业增加值增长6.2%。",
            {("1200.5亿元", "乌海市"), ("5.1%", "乌海市"), ("6.2%", "乌海市")},
        ),
        # the subject carried from the sentence before (该厂…)
        (
            "2023年以来,青禾县宏达机械厂加快技术改造。今年上半年,累计生产农机配件12万件。",
            {("12万件", "青禾县宏达机械厂")},
        ),
        # 全乡 is the township named before
        (
            "近年来,桃源乡大力发展茶叶产业。\n目前,全乡茶园面积达3000多亩。",
            {("3000多亩", "桃源乡")},
        ),
        # the office a figure was learnt from is no subject
        (
            "近日,记者从市统计局获悉,今年以来全市规模以上工业企业达到356家。",
            {("356家", "乌海市")},
        ),
        # a standard belongs to the programme it is paid under
        (
            "今年,我市按照每人每月60元的标准,为困难群众发放取暖补贴。",
            {("60元", "取暖补贴")},
        ),
    ],
)
def test_a_figure_measures_the_subject_of_its_clause(text, expected):
    assert measures(text) == expected


def test_the_meeting_an_article_reports_on_takes_its_figures():
    found = measures(
        "3月5日,全市招商引资工作会议召开。市长王建国出席并讲话。"
        "据悉,全市今年签约项目28个,总投资96.3亿元。"
    )
    assert found == {("28个", "全市招商引资工作会议"), ("96.3亿元", "全市招商引资工作会议")}


def test_a_leader_gives_for_his_body_and_never_is_the_target():
    found = measures(
        "青禾县红星商会向灾区捐款15万元。青禾县华兴商会会长李明远带领会员来到安置点,捐款8万元。"
    )
    assert found == {("15万元", "青禾县红星商会"), ("8万元", "青禾县华兴商会")}


def test_staff_work_for_the_programme_the_lead_launched():
    found = measures(
        "本报讯 近日,我市全面启动春季植树造林工作。"
        "林业局工作人员在东山公园、西河湿地等地栽植苗木2万余株。"
    )
    assert found == {("2万余株", "春季植树造林工作")}


def test_a_list_of_places_is_no_subject():
    assert measures("东湖区、西山区今年新建口袋公园16个。") == set()


def test_a_part_measures_what_the_whole_measures():
    found = measures("今年,全市共发放取暖补贴560万元。其中,城区发放180万元,农村牧区发放380万元。")
    assert found == {("560万元", "取暖补贴"), ("180万元", "取暖补贴"), ("380万元", "取暖补贴")}


def test_a_document_is_not_what_its_figures_count():
    found = measures(
        "根据《青禾县耕地保护补贴办法》,今年全县耕地保护补贴标准为每亩120元。", home_city="青禾县"
    )
    assert found == {("120元", "青禾县")}  # 全县: the home county


def test_figures_after_a_lead_cut_by_semicolons_and_in_an_aside():
    ex = extract(
        "1-9月,青石县规模工业完成总产值3.2亿元;实现增加值1.1亿元。\n"
        "与此同时,1—9月份累计完成工业投资2.5亿元(白河工业园区完成投资1.3亿元)。",
        home_city="青石县",
    )
    measured = relations(ex, "MEASURES")
    assert {("2.5亿元", "青石县"), ("1.3亿元", "白河工业园区")} <= measured


def test_a_bracketed_qualifier_is_no_aside_and_a_dateline_no_subject():
    ex = extract("青石日报讯(记者 程遥)经过5个多月的打造,白河社区食堂正式启用。")
    assert not {m for m in relations(ex, "MEASURES") if m[1] == "青石日报"}
    ex = extract(
        "活动期间,全市各县(市)、区(开发区)人社部门将举办160余场招聘会。", home_city="青石市"
    )
    assert ("160余场", "青石市") in relations(ex, "MEASURES")


def test_a_figure_shared_out_by_ge_measures_each_listed_body():
    measured = measures(
        "捐赠仪式上,青石县商会捐款10万元;天和医院捐款5万元;"
        "金润供排水有限责任公司、青禾石油有限公司各捐款5万元。",
        home_city=None,
    )
    assert {("5万元", "金润供排水有限责任公司"), ("5万元", "青禾石油有限公司")} <= measured
    assert ("10万元", "青石县商会") in measured


def test_a_count_of_attendees_measures_the_meeting_before_the_clauses_subject():
    measured = measures(
        "9月15日,青石市大划镇隆重召开第十四次妇女代表大会,"
        "全镇机关、学校、9个村共58名妇女代表参加会议。",
        home_city="青石市",
    )
    assert ("58名", "第十四次妇女代表大会") in measured


def test_the_figures_of_a_sentence_opening_with_ci_ci_and_an_event_are_the_events():
    measured = measures(
        "3月1日,青石区举办“春风行动”系列招聘洽谈会。此次青石区“春风行动”系列招聘洽谈会"
        "准备了招聘岗位1500余个,涉及电工等几十个工种,企业100余家。",
        home_city="青石区",
    )
    assert {obj for _, obj in measured} == {"青石区“春风行动”系列招聘洽谈会"}


def test_a_project_named_in_a_list_is_found_again_where_its_figures_are_given():
    ex = extract(
        "3月23日,青禾县举行项目集中签约仪式,签约项目分别是明玻技改项目、丰泽食品生产项目、"
        "柳塘智能单车基地项目,总投资4.7亿元。计划投资1.2亿元的明玻技改项目将改造二期工厂。"
        "投资5000万元的丰泽食品生产项目建成后将从事肉制品加工。",
        home_city="青禾县",
    )
    measures = relations(ex, "MEASURES")
    assert ("1.2亿元", "明玻技改项目") in measures
    assert ("5000万元", "丰泽食品生产项目") in measures


def test_the_office_the_figures_come_from_is_not_what_they_measure():
    text = (
        "据青石省政府网站消息,省统计局反馈的核算结果显示:一季度,青石市生产总值实现500亿元。\n"
        "农业生产形势良好。畜牧业产值增长3%。"
    )
    found = measures(text, home_city="青石市")
    assert ("3%", "青石市") in found
    assert not {target for _, target in found} & {"省统计局"}


def test_figures_of_a_sentence_opening_with_ben_ci_and_no_name_are_the_last_events():
    text = (
        "1月5日下午,青石市招商引资项目集中签约仪式在市政务中心举行。"
        "签约仪式上,市投资促进局介绍了项目情况。本次集中签约项目共计23个、总投资68.18亿元。"
    )
    found = measures(text, home_city="青石市")
    assert {
        ("23个", "青石市招商引资项目集中签约仪式"),
        ("68.18亿元", "青石市招商引资项目集中签约仪式"),
    } <= found


def test_an_area_report_naming_nothing_else_measures_the_home_city():
    text = (
        "实现地区生产总值744.94亿元,同比增长6.3%\n"
        "农业生产形势较好,第一产业增加值145.88亿元,增长3.8%。\n"
        "全市规模以上工业增加值同比增长4.9%。"
    )
    found = measures(text, home_city="青石市")
    assert {("145.88亿元", "青石市"), ("3.8%", "青石市"), ("4.9%", "青石市")} <= found


def test_a_clause_opening_with_that_project_measures_the_project_named_before():
    ex = extract("青川县绿色建材项目位于石门镇。该项目总占地约500亩,预计总投资2亿元。")
    measured = relations(ex, "MEASURES")
    assert {("约500亩", "青川县绿色建材项目"), ("2亿元", "青川县绿色建材项目")} <= measured
