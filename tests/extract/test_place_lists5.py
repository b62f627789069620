"""Bare townships listed before 等乡镇 are places, first and last members included, and the
leaders going there visit each (invented sentences)."""

from tests.helpers import extract


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
