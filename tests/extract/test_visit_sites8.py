"""A programme between a movement and its purpose is a visited site only when it names a
project by its head (甲工程); a quoted label (玉米“百亩/千亩”示范点) is no site."""

from tests.helpers import extract, relations

LABELLED = (
    "5月6日,调研组随青川县副县长王小明一同前往长安镇、玉米“百亩/千亩”示范点等地,检查玉米长势。"
)


def test_a_quoted_label_is_no_visited_site() -> None:
    visited = relations(extract(LABELLED), "VISITED")
    assert ("王小明", "长安镇") in visited
    assert not {site for _, site in visited if "亩" in site}
