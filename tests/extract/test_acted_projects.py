"""ACTED for building a project: the builder named in the clause, never a subject carried
from the sentence before (sentences invented)."""

from tests.helpers import extract, relations


def test_a_company_builds_its_project():
    ex = extract("青石新材料有限公司投资8亿元建设高性能纤维产业链项目。")
    assert ("青石新材料有限公司", "高性能纤维产业链项目") in relations(ex, "ACTED")


def test_the_signer_before_does_not_build():
    ex = extract(
        "副县长赵春林代表县人民政府现场签约。本次签约的项目是:投资2亿元建设冷链物流园项目。"
    )
    assert not any(o == "冷链物流园项目" for _, o in relations(ex, "ACTED"))


def test_explaining_and_reading_out_a_meetings_documents():
    ex = extract(
        "会上,县委书记赵春林就十二届县委工作报告起草情况作说明,"
        "县委常委王立宣读县委十二届五次全会决议(草案)。"
    )
    acted = relations(ex, "ACTED")
    assert ("赵春林", "十二届县委工作报告") in acted
    assert ("王立", "县委十二届五次全会决议") in acted


def test_reading_out_needs_a_reader_named_in_its_clause():
    ex = extract("县领导赵春林、王立出席。表彰会上宣读了《关于表彰青石镇先进集体的决定》。")
    assert not [s for s, _ in relations(ex, "ACTED") if s in ("赵春林", "王立")]


def test_a_place_joined_to_the_firms_before_the_verb_signs_with_them():
    ex = extract("青禾区与白石电器有限公司签约智能家电制造项目。在柳湾镇与红山公司签约食品项目。")
    acted = relations(ex, "ACTED")
    assert {("青禾区", "智能家电制造项目"), ("白石电器有限公司", "智能家电制造项目")} <= acted
    assert ("柳湾镇", "食品项目") not in acted  # 在…: where it was signed, not who signed
