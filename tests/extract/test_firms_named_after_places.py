"""A firm named after its county (广德某某科技有限公司, where 广德市 is named) lies in it;
a paper named after its city is not said to. Sentences and names are invented."""

from tests.helpers import extract, relations


def test_a_firm_named_after_its_county_lies_in_it():
    ex = extract("青溪县举行招商引资项目签约仪式,青溪竹昌电子科技有限公司等企业签约。")
    assert ("青溪竹昌电子科技有限公司", "青溪县") in relations(ex, "LOCATED_IN")


def test_a_paper_named_after_its_county_is_not_placed_by_the_name():
    ex = extract("青溪日报记者走访了青溪县竹昌电子科技有限公司。")
    assert ("青溪日报", "青溪县") not in relations(ex, "LOCATED_IN")
