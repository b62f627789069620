"""Credits in 【】 led by the outlet, and names alone in brackets opening the item
(texts invented)."""

from kg.extract.mentions import extract_article
from kg.nlp.pipeline import load_pipeline
from kg.read.bylines import find_bylines
from kg.records import Article


def writers(text: str) -> set[str]:
    return {b.name for b in find_bylines(text.split("\n"))}


def test_a_credit_in_square_brackets_led_by_the_paper():
    assert "罗雪梅" in writers("青河讯【青河日报记者罗雪梅】在石门镇,村干部常年奔走在田间地头。")


def test_names_alone_in_brackets_before_the_lead():
    found = writers("(钟晓宁 曹杰)9月8日下午,石门县庆祝教师节大会召开。")
    assert {"钟晓宁", "曹杰"} <= found


def test_names_alone_in_brackets_inside_the_text_are_no_credit():
    found = writers("9月8日下午,石门县庆祝教师节大会召开,(钟晓宁 曹杰)上台领奖。")
    assert not found & {"钟晓宁", "曹杰"}


def test_a_credit_printed_under_every_photo_names_no_one_else():
    caption = "村民在唱山歌。(蒙增师 摄)"
    paragraphs = ["4月9日,青禾镇欢庆三月三。", caption, caption, caption]
    text = "\n".join(paragraphs)
    article = Article("a1", "测试", text, bylines=find_bylines(paragraphs))
    ex = extract_article(article, load_pipeline())
    assert {m.name for m in ex.mentions if m.label == "Person"} == {"蒙增师"}
