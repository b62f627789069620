"""People settled across an article (kg.extract.people)."""

from __future__ import annotations

from kg.extract.people import is_called_by, is_person_name, name_people_in_full
from kg.records import Mention
from kg.schema import Label
from tests.helpers import extract, names


def test_a_place_written_with_its_suffix_is_no_person():
    text = "用镜头记录沈丘的发展,为沈丘县实现新跨越助威。"
    assert not is_person_name("沈丘", text)


def test_a_name_before_a_government_title_stays_a_person():
    assert is_person_name("万勇", "主持人:万勇市长")


def test_a_title_with_a_prefix_is_no_person():
    assert not is_person_name("副苏木达", "政府副苏木达包杨")
    assert is_person_name("闫主任", "闫主任说")


def test_surname_and_title_forms():
    assert is_called_by("阳师傅") and is_called_by("石书记")
    assert not is_called_by("王立新") and not is_called_by("副主任")


def test_a_form_is_renamed_only_when_one_full_name_fits():
    people = [Mention(Label.PERSON, n, n) for n in ("王书记", "王立新", "李主任", "李强", "李明")]
    name_people_in_full(people)
    assert [m.name for m in people] == ["王立新", "王立新", "李主任", "李强", "李明"]
    assert people[0].short_form == "王书记"


def test_a_name_read_with_the_first_character_of_the_next_word_is_the_name():
    ex = extract("县委书记柳宋玉深入乡村调研。柳宋玉察看了茶厂。")
    assert names(ex, "Person") == {"柳宋玉"}


def test_a_speaker_name_stops_before_the_speech_and_runs_to_the_verb_after_it():
    ex = extract("县委书记林勇作动员讲话,县委副书记、县长蒋章中主持大会。")
    assert {"林勇", "蒋章中"} <= names(ex, "Person")
    assert not {"林勇作", "蒋章"} & names(ex, "Person")
