"""Places and bodies honoured in a list: 分别 pairs them with the honours in order, an
address (乙镇丙村) acts by its last name, and a clause of tail words between the list and
the verb (经过考核,) keeps them the subject (invented sentences and names)."""

from tests.helpers import extract, names, relations

HONOURED = (
    "在第三届评选中,青石工业园区、白水镇红岭村经过考核,分别荣获“全省文明单位”和“全省文明村镇”称号。"
)


def test_places_honoured_respectively_each_take_their_own_honour():
    acted = {(s, o.strip("“”")) for s, o in relations(extract(HONOURED), "ACTED")}
    assert ("青石工业园区", "全省文明单位") in acted and ("红岭村", "全省文明村镇") in acted
    assert ("青石工业园区", "全省文明村镇") not in acted and ("红岭村", "全省文明单位") not in acted


def test_the_township_of_an_address_is_no_honoured_place():
    assert not any(s == "白水镇" for s, _ in relations(extract(HONOURED), "ACTED"))


def test_a_place_honoured_after_a_clause_of_assessment():
    acted = relations(extract("红岭村经过考核,荣获“全省文明村镇”称号。"), "ACTED")
    assert ("红岭村", "“全省文明村镇”") in acted


def test_a_village_branch_under_a_township_whose_name_holds_a_count():
    ex = extract("市委宣传部副部长卫春阳向五家站镇红岭村党支部书记石广田授牌。")
    assert any(n.endswith("红岭村党支部") for n in names(ex, "Organization"))
