"""Names of the sixth precision round, through the real pipeline, on invented sentences."""

from kg.schema import Label
from tests.helpers import extract


def names(text: str, label: Label) -> list[str]:
    return [m.name for m in extract(text).mentions if m.label == label]


def test_kind_of_body_after_ordinary_words_is_no_body():
    orgs = names("青禾县代表实地查看了门卫室，走访了草莓种植合作社。", Label.ORGANIZATION)
    assert "门卫室" not in orgs
    assert "草莓种植合作社" not in orgs


def test_area_kind_glued_to_place_is_the_place():
    places = names("云杉经济开发区园区内企业复工。柳河镇圩镇环境整治有序推进。", Label.PLACE)
    assert "云杉经济开发区" in places and "柳河镇" in places
    assert not any(p.endswith(("园区", "圩镇")) for p in places)


def test_numbered_unit_joins_its_place():
    text = "今年，青禾区柳岸街道第三社区推进惠民食堂建设。第三社区居民踊跃参与。"
    places = names(text, Label.PLACE)
    assert "柳岸街道第三社区" in places
    assert "第三社区" not in places


def test_firm_short_name_is_no_place():
    text = "各地企业代表来到禾诺尔，参观禾诺尔公司的生产车间。"
    assert "禾诺尔" not in names(text, Label.PLACE) + names(text, Label.PERSON)


def test_sales_region_is_no_place():
    assert "西北区" not in names("华禾集团西北区生产总监出席仪式。", Label.PLACE)


def test_person_before_jun_keeps_third_character():
    people = names("县人大教科文卫委主任委员孟凡均主持会议。", Label.PERSON)
    assert "孟凡均" in people and "孟凡" not in people


def test_surname_with_courtesy_title_is_a_person():
    people = names("从事焊工的李先生带着妻子来到招聘会。王女士说，岗位很多。", Label.PERSON)
    assert "李先生" in people and "王女士" in people
