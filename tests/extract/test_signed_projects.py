"""A project named after what was done with it (与某公司签约的某某项目,总投资…): the
project is a programme and the clauses after it measure it; a firm's name keeps a
character the segmenter cut from it (中核汇 | 能 | 有限公司), not a particle (居民点 | 的
| 村委会). Invented sentences and names."""

from tests.helpers import extract, names, relations

SIGNED = "与青核汇能有限公司签约的白岭风电场项目,总投资11亿元,规划装机规模13.5万千瓦。"


def test_the_project_after_de_is_measured_by_its_clauses():
    ex = extract(SIGNED)
    assert "白岭风电场项目" in names(ex, "Programme")
    measured = relations(ex, "MEASURES")
    assert ("11亿元", "白岭风电场项目") in measured and ("13.5万千瓦", "白岭风电场项目") in measured


def test_a_firm_keeps_the_character_cut_from_its_name():
    assert "青核汇能有限公司" in names(extract(SIGNED), "Organization")


def test_a_particle_ends_the_name_before_a_body():
    ex = extract("村民们坐进了位于颈子居民点的村委会会议室。")
    assert not any("的" in n for n in names(ex, "Organization"))
