"""Names precision, round seven: shops in a list, residential compounds, ideals built,
ordinary words after a title. Sentences invented in the genre's style."""

from tests.helpers import extract, names


def test_list_closed_by_a_kind_of_shop_names_shops():
    ex = extract("春节前，杜尔康、禾丰源等大卖场纷纷推出促销活动。")
    assert "杜尔康" not in names(ex, "Person")
    assert "杜尔康" in names(ex, "Organization")


def test_compound_named_after_a_body_is_a_place():
    ex = extract("志愿者走进青禾县水务局家属院，为居民义诊。")
    assert "青禾县水务局家属院" not in names(ex, "Organization")
    assert any(n.endswith("家属院") for n in names(ex, "Place"))


def test_ideal_built_is_no_community():
    ex = extract("为构建和谐社区、推动社会文明进步贡献力量。")
    assert "和谐社区" not in names(ex, "Place")


def test_community_of_the_same_words_alone_is_kept():
    ex = extract("青禾街道和谐社区组织居民开展垃圾分类活动。")
    assert "和谐社区" in names(ex, "Place")


def test_ordinary_word_after_a_title_is_no_person():
    ex = extract("全市十几家供暖公司经理齐聚在青禾，考察交流经验。")
    assert "齐聚" not in names(ex, "Person")
