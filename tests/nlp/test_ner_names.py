"""The statistical model's names, completed and vetted (kg.nlp.ner_names): each case puts a
span where the model cuts or mistakes a name on a real Doc of the pipeline, and checks what
becomes of it. Sentences and names are invented."""

from __future__ import annotations

from kg.nlp import load_pipeline
from kg.nlp.candidates import NER_SOURCE, Candidate
from kg.nlp.ner_names import plausible, whole_name, whole_person
from kg.nlp.organizations import after_opener
from kg.schema import Label


def model_span(text: str, label: Label, part: str, occurrence: int = 0):
    """A real Doc of ``text`` and a statistical candidate on ``part`` (its n-th occurrence)."""
    doc = load_pipeline()(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return doc, Candidate(start, start + len(part), label, NER_SOURCE)


def shown(doc, c: Candidate) -> str:
    return doc.text[c.start : c.end]


def test_a_body_cut_before_its_head_is_completed():
    doc, c = model_span("牧民们成立了青格勒刺绣合作社。", Label.ORGANIZATION, "青格勒")
    assert shown(doc, whole_name(doc, c)) == "青格勒刺绣合作社"


def test_a_village_cut_before_its_suffix_is_completed():
    doc, c = model_span("调研组在苏木巴彦图日合嘎查实地调研。", Label.PLACE, "巴彦图")
    assert shown(doc, whole_name(doc, c)) == "巴彦图日合嘎查"  # 合嘎 | 查实: by characters


def test_no_completion_across_a_count_or_another_name():
    doc, c = model_span("利用沈阳和抚顺两市的产业基础。", Label.PLACE, "抚顺")
    assert shown(doc, whole_name(doc, c)) == "抚顺"
    doc, c = model_span("在青州临港开发区调研。", Label.PLACE, "青州")
    assert shown(doc, whole_name(doc, c)) == "青州"


def test_a_person_cut_at_the_dot_is_completed():
    doc, c = model_span("专员吐尔洪·买买提调研合作社。", Label.PERSON, "吐尔洪")
    assert shown(doc, whole_person(doc, c)) == "吐尔洪·买买提"


def test_a_dateline_is_no_person():
    doc, c = model_span("本报青禾10月2日电 记者报道。", Label.PERSON, "青禾")
    assert not plausible(doc, c)


def test_the_first_characters_of_a_named_person_are_no_person():
    text = "村党支部副书记李会平说,如今李会平家盖起了新楼。"
    doc, c = model_span(text, Label.PERSON, "李会", occurrence=1)
    assert not plausible(doc, c)
    doc, whole = model_span(text, Label.PERSON, "李会平", occurrence=1)
    assert plausible(doc, whole)


def test_a_body_after_a_word_of_its_own_is_a_fragment():
    doc, c = model_span("周明还来到新知青艺社座谈。", Label.ORGANIZATION, "青艺社")
    assert not plausible(doc, c)


def test_part_of_a_quoted_name_is_no_name():
    doc, c = model_span("在“七星伴月”景区内游客很多。", Label.PLACE, "七星")
    assert not plausible(doc, c)


def test_a_verb_the_walk_took_in_opens_no_body():
    text = "既有收购和青格勒刺绣合作社"
    start = after_opener(text, text.index("收购"), len(text))
    assert text[start:] == "青格勒刺绣合作社"


def test_a_word_is_no_person():
    doc, c = model_span("几名被告人盗采砂石后卖给他人牟利。", Label.PERSON, "牟利")
    assert not plausible(doc, c)
    doc, c = model_span("村民张德旺卖了砂石。", Label.PERSON, "张德旺")
    assert plausible(doc, c)


def test_a_statistical_place_after_the_adverbial_particle_is_a_verb():
    doc = load_pipeline()("使新政策真正地惠泽全区居民。")
    assert "惠泽" not in {doc.text[c.start : c.end] for c in doc._.mentions}


def test_a_statistical_place_a_quote_holds_alone_is_a_figure_of_speech():
    doc, c = model_span("工作站成了企业与部门之间的“暖心桥”。", Label.PLACE, "暖心桥")
    assert not plausible(doc, c)
    doc, c = model_span("代表团到访“成都”。", Label.PLACE, "成都")
    assert plausible(doc, c)  # a listed place stays one in quotes


def test_a_word_after_a_title_is_a_person():
    doc, c = model_span("市委书记林海率代表团来访。", Label.PERSON, "林海")
    assert plausible(doc, c)
