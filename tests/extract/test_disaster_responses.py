"""Leaders' responses to a disaster (作出批示, 现场调度, 赶赴现场, 靠前指挥) act on the disaster
the article reports, the first one it names (受强降雨袭击; not the 局部大暴雨 of the forecast
that follows). Sentences and names are invented."""

from tests.helpers import extract, relations

TEXT = (
    "9月6日,青石乡受强降雨袭击。5日20时至6日11时,全县普降大到暴雨,局部大暴雨。"
    "省委书记林建国第一时间作出重要批示;县委书记周海涛第一时间赶赴现场,靠前指挥。"
)


def test_responses_act_on_the_disaster_the_lead_reports():
    acted = relations(extract(TEXT), "ACTED")
    assert {("林建国", "强降雨"), ("周海涛", "强降雨")} <= acted
    assert not any(obj == "大暴雨" for _, obj in acted)
