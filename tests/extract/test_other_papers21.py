"""Who did what and what figures measure on other papers, round 21 (sentences invented for the
tests)."""

from tests.helpers import extract, names, relations


def test_national_strategies_named_bare_are_programmes():
    ex = extract(
        "青禾县坚持稳中求进工作总基调,全力推进易地扶贫搬迁,巩固脱贫攻坚成果,全面实施乡村振兴战略。",
        home_city="青禾县",
    )
    assert {"稳中求进工作总基调", "易地扶贫搬迁", "脱贫攻坚", "乡村振兴战略"} <= names(
        ex, "Programme"
    )


def test_a_strategy_written_inside_a_documents_title_is_no_name_of_its_own():
    ex = extract(
        "青禾县收到省财政厅下发的《关于下达衔接资金(巩固脱贫攻坚成果任务)预算的通知》。",
        home_city="青禾县",
    )
    assert "脱贫攻坚" not in names(ex, "Programme")


def test_inspecting_a_programme_acts_on_it_and_visits_the_place():
    ex = extract(
        "6月2日,副市长王小军来到青禾县白石乡调研该乡脱贫攻坚相关工作。",
        home_city="青禾县",
    )
    assert ("王小军", "脱贫攻坚") in relations(ex, "ACTED")
    assert not {o for s, o in relations(ex, "VISITED") if o == "脱贫攻坚"}
    assert ("王小军", "白石乡") in relations(ex, "VISITED")
