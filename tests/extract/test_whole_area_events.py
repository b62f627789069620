"""An event named from its scope (全县…活动) is held by the place the scope means: the
paper's home city when it is of that level, else the county named (invented sentences)."""

from tests.helpers import extract, relations


def test_a_county_scope_in_a_city_paper_is_the_county_named():
    ex = extract("自1月25日起,青山县陆续组织全县党员干部开展走访慰问活动。", home_city="东岭市")
    assert "东岭市" not in {subj for subj, _ in relations(ex, "HELD")}
    assert not any(m.name == "东岭市" for m in ex.mentions)


def test_a_scope_of_the_papers_level_is_its_home_city():
    ex = extract("1月25日,全县党员干部开展走访慰问活动。", home_city="青山县")
    assert any(m.name == "青山县" and m.text == "全县" for m in ex.mentions)
