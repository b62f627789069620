"""Names precision, round nine: places of a kind by status, outlets' words, projects, 我院."""

from kg.schema import Label
from tests.helpers import extract


def names(text: str, label: Label) -> set[str]:
    return {m.name for m in extract(text).mentions if m.label == label}


def test_a_place_by_its_status_is_no_place():
    text = "青禾县曾是国家级贫困县,如今已有12个贫困村脱贫出列,贫困镇也摘了帽。"
    places = names(text, Label.PLACE)
    assert not places & {"国家级贫困县", "贫困县", "贫困村", "贫困镇"}
    assert "青禾县" in places


def test_a_kind_of_area_is_no_place():
    text = "各属地村要落实责任,青禾县将打造全省文旅产业重要承载区,清扫背街小巷。"
    places = names(text, Label.PLACE)
    assert not places & {"属地村", "承载区", "重要承载区", "背街小巷"}


def test_a_slogan_or_a_request_is_no_body():
    text = "会上,青禾县委书记要求,促进区政府进一步转变职能,以项目统揽全局工作。"
    bodies = names(text, Label.ORGANIZATION)
    assert not bodies & {"促进区政府", "项目统揽全局"}
    assert "青禾县委" in bodies


def test_our_court_is_the_article_court():
    text = "青禾县法院院长李平出席。我院执行局干警随后前往白沙镇开展执行工作。"
    bodies = names(text, Label.ORGANIZATION)
    assert "我院执行局" not in bodies
    assert "青禾县法院执行局" in bodies
