"""Bodies listed as the subject of a movement and an activity (invented sentences)."""

from tests.helpers import extract


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.subj[1], r.obj[1]) for r in extract(text).relations}


BODIES = ("区市场监管局", "区妇联", "区个私协会")


def test_a_list_of_bodies_going_somewhere_all_act():
    found = relations("1月9日,区市场监管局、区妇联、区个私协会联合赴青山镇开展“暖冬行动”慰问活动。")
    for body in BODIES:
        assert ("HELD", body, "“暖冬行动”慰问活动") in found


def test_a_verbless_clause_of_bodies_closed_by_a_group_noun_is_the_next_subject():
    found = relations(
        "1月9日,区市场监管局、区妇联、区个私协会等部门,联合赴青山镇开展“暖冬行动”慰问活动。"
    )
    for body in BODIES:
        assert ("HELD", body, "“暖冬行动”慰问活动") in found
        assert ("ACTED", body, "青山镇") in found


def test_leaders_named_from_their_level_attend_with_the_post_before_them():
    found = relations(
        "3月6日晚,红山县首届乡村振兴技能大赛在该县人民广场举行。"
        "红山县委副书记、县长张大明,王小林、李志刚、赵春华、孙丽萍等县级领导出席。"
    )
    for person in ("张大明", "王小林", "李志刚", "赵春华", "孙丽萍"):
        assert ("ATTENDED", person, "红山县首届乡村振兴技能大赛") in found
