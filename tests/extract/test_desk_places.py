"""Credits' outlets and desks and the places in them: a desk is located in the place the
article names outside the credit too; a place printed only inside a credit is no place of
the story; an outlet's local-news line names the outlet; a cooperatives' union is a body in
its village (invented credits and sentences)."""

from kg.extract.mentions import extract_article
from kg.nlp import load_pipeline
from kg.read.bylines import find_bylines
from kg.records import Article
from kg.schema import Label


def extracted(text: str):
    article = Article(
        id="t", title="测试", text=text, home_city=None, bylines=find_bylines(text.split("\n"))
    )
    return extract_article(article, load_pipeline())


def test_a_desk_named_after_the_story_place_is_located_there():
    ex = extracted("11月20日,青川县召开乡村振兴工作推进会。(青川县融媒体中心 记者 罗晓岚)")
    located = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "LOCATED_IN"}
    assert ("青川县融媒体中心", "青川县") in located


def test_a_place_only_inside_a_credit_is_no_mention():
    ex = extracted("11月20日,县里召开乡村振兴工作推进会。(青川县融媒体中心 记者 罗晓岚)")
    assert "青川县" not in {m.name for m in ex.mentions if m.label == Label.PLACE}


def test_an_outlets_short_place_is_its_brand_not_its_address():
    ex = extracted("11月20日,青川市召开乡村振兴工作推进会。(青川新闻传媒集团 记者 罗晓岚)")
    assert not [
        r for r in ex.relations if r.type == "LOCATED_IN" and r.subj[1].startswith("青川新")
    ]


def test_an_outlets_local_news_line_names_the_outlet_not_a_place():
    ex = extracted("东川在线青山消息(方远/文图)近日,青山县石门镇召开分红大会。")
    assert "东川在线" in {m.name for m in ex.mentions if m.label == Label.ORGANIZATION}
    assert "东川" not in {m.name for m in ex.mentions if m.label == Label.PLACE}


def test_a_joint_cooperatives_union_is_a_body_located_in_its_village():
    ex = extracted("会上,石门村股份经济合作联合社负责人介绍了分红情况。")
    located = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "LOCATED_IN"}
    assert ("石门村股份经济合作联合社", "石门村") in located
