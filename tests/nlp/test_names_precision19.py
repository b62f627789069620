"""Names by kind, round 19: no name is cut from the front of a longer name or a phrase,
and a figure of speech in quotes is no place (sentences invented for the tests)."""

from tests.helpers import extract, names


def test_a_name_that_opens_a_firm_or_a_project_is_no_name_of_its_own():
    ex = extract("王建军前往张福科技产业园。在黄太太厂房改造项目现场,他察看了车间。")
    assert not {"张福", "黄太太"} & (names(ex, "Person") | names(ex, "Place"))
    assert "王建军" in names(ex, "Person")


def test_a_neighbourhood_is_named_with_its_head():
    ex = extract("镇长李四走访慰问了泾川居民区和东旺居民区两户困难家庭。")
    places = names(ex, "Place")
    assert {"泾川居民区", "东旺居民区"} <= places
    assert not {"泾川", "东旺", "居民区"} & places


def test_a_place_word_a_quote_holds_alone_is_a_figure_of_speech():
    ex = extract(
        "作为全县唯一的“直选村”,青禾村从“走街串巷”延至“神经末梢”,做好地质灾害易发区的巡查。"
    )
    places = names(ex, "Place")
    assert "青禾村" in places
    assert not {"直选村", "走街串巷", "易发区"} & places


def test_a_place_after_a_word_of_its_own_ends_a_description():
    ex = extract("该村打造小木屋民宿、高山蓝莓园等产业。")
    assert "蓝莓园" not in names(ex, "Place")
