"""Dates in sentences, resolved against the article's date."""

from kg.extract.dates import resolve_date
from kg.extract.mentions import extract_article
from kg.nlp import load_pipeline
from kg.records import Article


def test_month_day_takes_the_articles_year_or_the_one_before():
    assert resolve_date("1月4日,市委常委、秘书长李春晓主持召开会议。", "2023-01-05") == "2023-01-04"
    assert resolve_date("12月28日,全市经济工作会议召开。", "2023-01-05") == "2022-12-28"
    assert (
        resolve_date("去年9月、10月分别按照每人47元的标准发放补贴。", "2023-01-05") is None
    )  # no day stated


def test_full_dates_and_relative_days():
    assert resolve_date("2022年3月7日,“晒党建、晒成绩”活动正式启动。", None) == "2022-03-07"
    assert resolve_date("近日,乌海乌兰牧骑开展文艺演出活动。", "2023-01-05") == "2023-01-05"
    assert resolve_date("近日,乌海乌兰牧骑开展文艺演出活动。", None) is None
    assert resolve_date("2月30日召开会议。", "2023-03-01") is None


def test_relations_and_events_carry_the_resolved_date():
    text = "1月4日,市委常委、秘书长李春晓主持召开2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动。"
    ex = extract_article(
        Article(id="a", title="t", text=text, date="2023-01-05", home_city="乌海市"),
        load_pipeline(),
    )
    presided = [r for r in ex.relations if r.type == "PRESIDED"]
    assert presided and presided[0].date == "2023-01-04"
    event = [m for m in ex.mentions if m.label == "Event"]
    assert event and event[0].date == "2023-01-04"
