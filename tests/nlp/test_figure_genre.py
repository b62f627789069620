"""Figures of the genre's recurring shapes, on sentences written in its style (names invented)."""

from __future__ import annotations

import pytest

from kg.nlp.figures import find_figures


def figures(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.hedge) for f in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range is one figure, its value the low end; a change of value is two
        (
            "总投资5亿元至10亿元的项目11个",
            [("5亿元至10亿元", 5e8, "元", None), ("11个", 11, "个", None)],
        ),
        ("单个项目补助10-20万元", [("10-20万元", 1e5, "元", None)]),
        ("补助标准从500元提高到800元", [("500元", 500, "元", None), ("800元", 800, "元", None)]),
        # tenths are a percentage
        ("超八成农户实现增收", [("超八成", 80, "%", "超")]),
        ("覆盖率达九成以上", [("九成", 90, "%", "以上")]),
        # counts of counties, visits per unit, hedged round numbers
        ("全省共有16县获得奖励", [("16县", 16, "县", None)]),
        ("检查企业300余家(次)", [("300余家(次)", 300, "家次", "余")]),
        ("走访困难群众50余人(户)", [("50余人(户)", 50, "人户", "余")]),
        ("全镇只有2.8万人口", [("2.8万人口", 28_000, "人", None)]),
        ("牲畜存栏1.2万头只", [("1.2万头只", 12_000, "头只", None)]),
        ("每年服务近万人次", [("近万人次", 10_000, "人次", "近")]),
        ("近百村民参加了座谈", [("近百", 100, "人", "近")]),
        ("千余群众前来观看", [("千余", 1000, "人", "余")]),
        # a negated hedge bounds the figure; it stays in hedge, out of the text
        ("每场庭审未超过20分钟", [("20分钟", 20, "分钟", "未超过")]),
        ("亩产超过500公斤", [("超过500公斤", 500, "公斤", "超过")]),
        ("刚刚投产3个多月", [("3个多月", 3, "个月", "多")]),
        # a policy's age threshold is a figure
        ("为80周岁以上老人发放补贴", [("80周岁", 80, "周岁", "以上")]),
        ("年满18周岁的青年均可报名", [("18周岁", 18, "周岁", None)]),
    ],
)
def test_genre_shapes(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "县委十二届九次全会召开",  # a session, not a count of times
        "排名进入全省前10名的县",  # a rank
        "75岁的王大爷每天早起锻炼",  # a person's age
        "现年52岁的李师傅",
        "被告人中年龄最大的一名78岁",
        "20岁那年他来到深圳",
        "被告人已年近80岁",
        "一位81岁残疾老人托人捐出积蓄",  # a role noun after the age makes it a person's
        "10年来,全县累计植树",  # a time frame, like a date
        "5年后每棵树都能挣钱",
        "驻地31520部队官兵",  # a unit's number
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_a_demonstrative_points_back_to_a_figure_already_counted():
    assert figures("设立业务科室4个,由这4个科室办理审批事项") == [("4个", 4, "个", None)]


def test_a_bare_change_is_the_change_of_the_figure_before():
    found = find_figures("前三季度,全县实现地区生产总值820亿元,同比增长5.2%。投资平稳,增长3%")
    assert [(f.text, f.metric) for f in found] == [
        ("820亿元", "地区生产总值"),
        ("5.2%", "地区生产总值增长"),
        ("3%", "增长"),  # not across a sentence
    ]
