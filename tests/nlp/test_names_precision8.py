"""Names precision, round eight: slogans, names begun inside a word, levels posted."""

from kg.schema import Label
from tests.helpers import extract


def names(text: str, label: Label) -> set[str]:
    return {m.name for m in extract(text).mentions if m.label == label}


def test_place_inside_a_slogan_is_no_place():
    text = "青禾县工商联表示,民营企业在万企兴万村行动中做出了积极贡献。"
    assert "万企兴万村" not in names(text, Label.PLACE)


def test_level_posted_to_another_is_no_place():
    text = "座谈会上,市驻县各专项组组长分别汇报了青禾县交办问题整改情况。"
    assert "市驻县" not in names(text, Label.PLACE)
    assert "青禾县" in names(text, Label.PLACE)
