"""A body's section named between the body and a title held in it (县检察院 | 民行科 | 科长)
is a body, part of the one before; a word ending in a section's head elsewhere is none; an
official who 作了报告 at a session spoke at it. Invented sentences and names."""

from tests.helpers import extract, names, relations

SESSION = (
    "8月14日,县十六届人大常委会召开第三十一次会议。县法院行政审判庭庭长陈立山、"
    "县检察院民行科科长袁东明分别就本职工作作了报告,代表们进行了民主评议。"
)


def test_a_section_between_its_body_and_a_title_is_part_of_the_body():
    ex = extract(SESSION)
    assert ("县检察院民行科", "县检察院") in relations(ex, "PART_OF")
    assert ("袁东明", "县检察院民行科") in relations(ex, "HOLDS_POSITION")


def test_words_ending_in_a_sections_head_are_no_bodies():
    ex = extract("她考入外科专业,学习本科课程,参观了慈兴科技产业园。")
    assert not any(n.endswith("科") for n in names(ex, "Organization"))


def test_officials_who_made_reports_spoke_at_the_session():
    spoke = relations(extract(SESSION), "SPOKE")
    assert ("陈立山", "第三十一次会议") in spoke and ("袁东明", "第三十一次会议") in spoke


def test_officials_and_a_bodys_delegates_attend_with_others_unnamed():
    text = (
        "8月14日,县十六届人大常委会召开第三十一次会议。"
        "副县长付立明和县政府办负责人、各乡镇人大主席列席会议。"
    )
    attended = relations(extract(text), "ATTENDED")
    assert ("付立明", "第三十一次会议") in attended
