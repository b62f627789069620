"""A community's or street's name whose first piece the segmenter cut off (老 | 某某 | 社区,
五号 | 某某 | 社区) is read whole (kg.nlp.places). Sentences and names are invented."""

from __future__ import annotations

from tests.helpers import extract, names


def test_a_one_character_or_numbered_first_piece_belongs_to_the_name():
    places = names(extract("工作组来到柳湾街道老槐园社区走访。"), "Place")
    assert "老槐园社区" in places and "槐园社区" not in places
    places = names(extract("9月5日上午,三号青禾社区联合区团委开展活动。"), "Place")
    assert places == {"三号青禾社区"}


def test_a_former_name_or_a_place_before_is_no_piece_of_it():
    assert names(extract("工作组在原柳湾村调研。"), "Place") == {"柳湾村"}
    assert "柳湾街道" in names(extract("督导组到青禾区柳湾街道调研。"), "Place")
