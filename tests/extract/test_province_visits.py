"""A visit to a province written by its one-character short form (来闽考察): the province,
and not where a city shares the character (来宁考察 may be 南京). Invented sentences."""

from tests.helpers import extract, relations


def test_a_visit_to_a_province_named_by_its_short_form():
    visited = relations(extract("近日,张立国副总理来闽考察调研。", home_city="青石县"), "VISITED")
    assert ("张立国", "福建省") in visited


def test_an_ambiguous_short_form_names_no_province():
    visited = relations(extract("近日,张立国副总理来宁考察调研。", home_city="青石县"), "VISITED")
    assert visited == set()
