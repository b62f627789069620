"""Names round 13: firms, run-ons, times and cut villages read as places; verb phrases and
kinds of area read as bodies."""

from tests.helpers import extract, names


def test_firm_trade_is_no_place():
    ex = extract("县长一行走访了青桐乡石坎村、禾丰果业、县公安局等地。")
    assert "禾丰果业" not in names(ex, "Place")


def test_time_glued_xu_is_no_place():
    ex = extract("10月24日凌晨4时许在县一居民小区出租屋内成功抓获犯罪嫌疑人。")
    assert not {p for p in names(ex, "Place") if p.startswith("许")}


def test_verb_phrase_with_count_is_no_body():
    ex = extract("民警迅速赶到现场处置，并将一名伤者送往医院抢救。")
    assert not {o for o in names(ex, "Organization") if o.startswith("将")}


def test_area_kind_is_no_body():
    ex = extract("为推动青桐县行政区域结合部自然村脱贫攻坚工作，县里召开现场会。")
    assert not {o for o in names(ex, "Organization") if o.endswith("结合部")}
