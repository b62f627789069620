"""Names by kind, round 10: a body after its role's noun, a person that ends in a body's
head, kinds of school and station, a kind of housing (sentences invented for the tests)."""

from tests.helpers import extract, names


def test_body_after_role_noun_from_its_level():
    ex = extract("仪式上,县医养联合体牵头医院县人民医院负责人作了表态发言。")
    orgs = names(ex, "Organization")
    assert "县人民医院" in orgs
    assert not any(o.startswith("医院") for o in orgs)


def test_person_ending_in_body_head_is_none():
    ex = extract(
        "县公共服务办与县慈善会联合青禾市城市管理和综合执法局长乐分局,依托品牌项目开展中秋节慰问活动。"
    )
    assert not any(p.endswith("分局") for p in names(ex, "Person"))


def test_kinds_of_school_and_station_are_no_bodies():
    ex = extract("全县各中心小学、单设初中、局直学校以及基层公路养护站负责人共300余人参加。")
    orgs = names(ex, "Organization")
    assert not orgs & {"中心小学", "单设初中", "局直学校", "基层公路养护站"}


def test_named_school_stays():
    ex = extract("11月1日上午,在青禾乡中心小学举行了捐赠仪式。")
    assert "青禾乡中心小学" in names(ex, "Organization")
    ex = extract("青禾县教育系统在该县第三中学阶梯教室召开表彰会。")
    assert "青禾县第三中学" in names(ex, "Organization")  # 该县 points back to 青禾县


def test_kind_of_housing_is_no_place():
    ex = extract("今年,区里全力推进棚户区改造,群众居住条件明显改善。")
    assert "棚户区" not in names(ex, "Place")
