"""A body written inside a reporter's credit is the reporter's post (invented credits)."""

from kg.extract.mentions import extract_article
from kg.nlp import load_pipeline
from kg.read.bylines import find_bylines
from kg.records import Article


def posts(text: str) -> set[tuple[str, str, str]]:
    article = Article(
        id="t", title="测试", text=text, home_city="乌海市", bylines=find_bylines(text.split("\n"))
    )
    found = extract_article(article, load_pipeline()).relations
    return {(r.subj[1], r.obj[1], r.title) for r in found if r.type == "HOLDS_POSITION"}


def test_a_body_before_the_title_in_the_credit_holds_the_reporter():
    found = posts("8月3日,县政协召开专题协商会议。(东川日报全媒体记者 刘小黎)")
    assert ("刘小黎", "东川日报", "全媒体记者") in found


def test_a_paper_named_before_the_credit_holds_no_post():
    found = posts("东川日报讯(记者 方远)11月7日,新义社区食堂正式启用。")
    assert not any(person == "方远" for person, _, _ in found)


def test_a_desk_written_before_the_names_holds_them_without_a_title():
    found = posts("县里新建的三座口袋公园昨日开放。\n采写 | 区新闻中心 罗晓岚 孔繁")
    assert {("罗晓岚", "区新闻中心", None), ("孔繁", "区新闻中心", None)} <= found


def test_a_desk_glued_to_a_photographer_holds_the_photographer():
    found = posts("游客在新开的步道上合影。\n北山网视觉北山郝春雷摄")
    assert ("郝春雷", "北山网视觉北山", None) in found


def test_a_source_paper_before_the_title_holds_the_reporter():
    found = posts("昨日,县城新建的口袋公园开放。\n来源:东川晚报 全媒体记者 方远")
    assert ("方远", "东川晚报", "全媒体记者") in found


def test_a_place_before_the_names_is_no_desk():
    found = posts("县城新建的口袋公园开放。(记者 北山县 方远)")
    assert not any(person == "方远" for person, _, _ in found)


def test_a_paper_s_app_a_report_is_taken_from_holds_its_reporter():
    found = posts("东川日报客户端丨记者方远\n昨日,县城新建的口袋公园开放。")
    assert ("方远", "东川日报客户端", "记者") in found
    found = posts("据东川日报客户端丨记者方远\n昨日,县城新建的口袋公园开放。")
    assert ("方远", "东川日报客户端", "记者") in found  # 据: where it is taken from
