"""Projects listed as the sites of a visit: 先后来到甲改造、乙公园…等项目现场,察看…
(sentences invented)."""

from tests.helpers import extract, relations

SITES = (
    "5月6日上午,市长王立新调研重点项目建设情况。王立新一行先后来到东环路改造、"
    "青山文化公园、华宇电子二期、白水河防洪治理等项目现场,察看工程建设进展。"
)


def test_each_listed_site_is_a_project():
    ex = extract(SITES)
    names = {m.name for m in ex.mentions if m.label == "Programme"}
    assert {"东环路改造", "青山文化公园", "华宇电子二期", "白水河防洪治理"} <= names


def test_each_listed_site_is_visited():
    visited = relations(extract(SITES), "VISITED")
    for site in ("东环路改造", "青山文化公园", "华宇电子二期", "白水河防洪治理"):
        assert ("王立新", site) in visited


def test_a_place_inside_a_project_is_not_visited_alone():
    visited = relations(extract(SITES), "VISITED")
    assert ("王立新", "白水河") not in visited
