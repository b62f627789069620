"""The rules on written names that scoping rests on, and where a relative body's place is
found, on records written for these tests."""

from __future__ import annotations

import pytest

from kg.link.names import absolute_prefix, is_absolute_place, is_identity, qualify, relative_level
from kg.link.scope import Scoping
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label


@pytest.mark.parametrize(
    "name, level",
    [
        ("县委", "县"),
        ("市委市政府", "市"),
        ("区人大常委会", "区"),
        ("县农业农村局", "县"),
        ("镇党委", "镇"),
        ("村委会", "村"),
        ("街道办事处", "街道"),
        ("自治区党委", "自治区"),
        ("中共县委", "县"),
        ("市政府", "市"),
        ("市政协", "市"),
        ("市场监管局", None),  # 市场 is a word, not 市 + 场
        ("市政工程处", None),
        ("县城管理局", None),
        ("村民委员会", None),
        ("办公室", None),
        ("乌海市委", None),
    ],
)
def test_relative_level(name, level):
    assert relative_level(name) == level


@pytest.mark.parametrize(
    "name, level, place, qualified",
    [
        ("县委", "县", "尤溪县", "尤溪县委"),
        ("县农业农村局", "县", "青川县", "青川县农业农村局"),
        ("中共市委", "市", "乌海市", "中共乌海市委"),
        ("县委", "县", "兴县", "兴县县委"),  # a one-character county keeps the level word
        ("县委宣传部", "县", "兴县", "兴县县委宣传部"),  # before 委
        ("县人民法院", "县", "兴县", "兴县人民法院"),  # and drops it before other bodies
        ("县十六届人大", "县", "兴县", "兴县十六届人大"),
        ("自治区党委", "自治区", "内蒙古自治区", "内蒙古自治区党委"),
        ("镇党委", "镇", "梅仙镇", "梅仙镇党委"),
    ],
)
def test_qualify(name, level, place, qualified):
    assert qualify(name, level, place) == qualified


@pytest.mark.parametrize(
    "place, absolute",
    [
        ("乌海市", True),
        ("海勃湾区", True),
        ("和布克赛尔蒙古自治县", True),
        ("歙县", True),
        ("内蒙古", True),
        ("中国", True),
        ("城关镇", False),  # a town: dozens of counties have one
        ("滨河社区", False),
        ("工业园区", False),
        ("经济开发区", False),
        ("示范县", False),
        ("全县", False),
        ("城区", False),
        ("超市", False),
        ("三名县", False),
    ],
)
def test_is_absolute_place(place, absolute):
    assert is_absolute_place(place) == absolute


def test_a_prefix_is_absolute_only_if_it_is_a_known_place():
    places = frozenset({"安庆市", "石阡县"})
    assert absolute_prefix("安庆市环保局", places) == "安庆市"
    assert absolute_prefix("石阡县人大常委会", places) == "石阡县"
    assert absolute_prefix("国务院办公厅", places) == "国务院"
    assert absolute_prefix("贵州省贞丰县委宣传部", places) == "贵州"
    assert absolute_prefix("支持县委", places) is None  # a verb before 县委, not a 支持县
    assert absolute_prefix("利民公司", places) is None


@pytest.mark.parametrize(
    "name, identity",
    [("王伟", True), ("额尔敦巴特尔", True), ("张某", False), ("王某某", False), ("刘", False)]
    + [("老王", False), ("李女士", False), ("李书记", False)],
)
def test_is_identity(name, identity):
    assert is_identity(name) == identity


def mention(label, name, start, sentence=0):
    return Mention(label, name, name, start=start, end=start + len(name), sentence=sentence)


def test_a_relative_body_takes_the_place_of_its_level_named_before_it():
    """海勃湾区 named just before 区委 in the sentence: 海勃湾区委, not the home city's;
    梅仙镇 before 镇党委: 梅仙镇党委, scoped by the paper (towns' names repeat)."""
    text = "海勃湾区区委书记到梅仙镇调研，镇党委汇报工作。市委另行部署。"
    ex = ArticleExtraction(
        Article("a1", "标题", text, home_city="乌海市"),
        [
            mention(Label.PLACE, "海勃湾区", 0),
            mention(Label.ORGANIZATION, "区委", 4),
            mention(Label.PLACE, "梅仙镇", 9),
            mention(Label.ORGANIZATION, "镇党委", 15),
            mention(Label.ORGANIZATION, "市委", 23, sentence=1),
        ],
    )
    keys = Scoping([ex]).article_keys(ex)
    assert keys[(Label.ORGANIZATION, "区委")] == ("Organization", "海勃湾区委", "")
    assert keys[(Label.ORGANIZATION, "镇党委")] == ("Organization", "梅仙镇党委", "乌海市")
    assert keys[(Label.ORGANIZATION, "市委")] == ("Organization", "乌海市委", "")
    assert keys[(Label.PLACE, "梅仙镇")] == ("Place", "梅仙镇", "乌海市")
