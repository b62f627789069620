"""Bare names listed before their kind: townships before 等乡镇 are places, firms before
等重点企业 bodies, first and last members included, and the leaders going there visit
each, with those who join the visit (invented sentences)."""

from tests.helpers import extract, names


def visits(text: str) -> set[tuple[str, str]]:
    return {(r.subj[1], r.obj[1]) for r in extract(text).relations if r.type == "VISITED"}


def test_every_member_of_a_list_of_townships_is_visited():
    found = visits(
        "2月2日,县委常委、组织部长刘大剑,县委常委、统战部长李新明分别深入"
        "青河、辛安、侯集、保和等乡镇看望慰问困难群众。"
    )
    for leader in ("刘大剑", "李新明"):
        for town in ("辛安", "保和"):
            assert (leader, town) in found


def test_a_list_of_trees_gets_no_first_member():
    mentions = extract("村里复垦土地,种上了国槐、白蜡、法桐等绿化树苗。").mentions
    assert "国槐" not in {m.name for m in mentions}


def test_firms_short_names_before_their_kind_are_bodies_visited_by_all():
    ex = extract(
        "3月9日,市委书记林望舒一行走访青禾盐化、天河电化、北辰宝钢一期、东岳重科等重点企业。"
        "市政府副市长丁可欣参加调研。"
    )
    bodies = names(ex, "Organization")
    assert {"青禾盐化", "天河电化", "东岳重科"} <= bodies
    assert not {b for b in bodies if "一期" in b}
    found = {(r.subj[1], r.obj[1]) for r in ex.relations if r.type == "VISITED"}
    for who in ("林望舒", "丁可欣"):
        assert {(who, "青禾盐化"), (who, "东岳重科")} <= found


def test_trades_listed_before_a_kind_of_firm_are_no_bodies():
    ex = extract("我县引进了电子信息、新材料、食品加工等企业20余家。")
    assert not names(ex, "Organization") & {"电子信息", "新材料", "食品加工"}
