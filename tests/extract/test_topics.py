"""What a clause is about when it opens with an address or points back to a body or
programme by its head word or short name; sentences written for the test, names invented."""

from __future__ import annotations

from tests.helpers import extract, relations


def measures(text: str) -> set[tuple[str, str]]:
    return relations(extract(text, home_city=None), "MEASURES")


def test_head_word_points_back_to_the_body():
    found = measures("3月2日,县农业局局长王立新到宏达科技有限公司调研。公司今年产值达5000万元。")
    assert found == {("5000万元", "宏达科技有限公司")}


def test_quoted_short_name_points_back_to_the_programme():
    found = measures(
        "宏达科技有限公司参加了活动。全市设立“助学基金池”。“基金池”由各县各出200万元组成。"
    )
    assert ("200万元", "“助学基金池”") in found


def test_address_is_about_its_last_name():
    found = measures("2月22日,富阳县青山街道,300余名群众参加了活动。")
    assert found == {("300余名", "青山街道")}
