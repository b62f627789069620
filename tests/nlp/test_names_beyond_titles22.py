"""People named where no title stands right before them: a rarer surname in a list of
officials, a name read again as if a body (…所), a dotted name of the 沙比尔·麦合木提 kind
with no title; and what is not such a name (a heading, places, a slogan). Sentences and
names are invented."""

from tests.helpers import extract, names


def test_a_rarer_surname_in_a_list_of_deputies():
    ex = extract("县人大常委会主任钟立平,副主任康金明、牛永芬、苑东海出席会议。")
    assert {"康金明", "牛永芬", "苑东海"} <= names(ex, "Person")
    assert "东海" not in names(ex, "Place")


def test_a_name_read_again_at_a_paragraph_start_is_the_person_not_a_body():
    ex = extract("县人大常委会主任江明所出席会议。\n江明所高度肯定了此次会议。")
    assert "江明所" in names(ex, "Person") and "江明所" not in names(ex, "Organization")


def test_a_dotted_name_without_a_title():
    text = (
        "今年70岁的买买提·吐尔洪是该县的困难户。“今天又领到了羊肉。”买买提·吐尔洪说。"
        "低保户阿依古丽·肉孜也领到了羊肉。"
    )
    assert {"买买提·吐尔洪", "阿依古丽·肉孜"} <= names(extract(text), "Person")


def test_dotted_headings_places_and_slogans_are_no_people():
    text = "活动现场。\n青山·龙舞迎春\n活动以“身在北疆·心向党”为主题,来自新会·台山的游客参加。"
    assert names(extract(text), "Person") == set()


def test_firms_listed_by_short_names_the_segmenter_cut_into_characters():
    ex = extract(
        "县委书记石立、县长李东一行先后到钦鸿智显、蓝驰电器、杏花村、艾拉科技等企业,"
        "详细了解项目建设进展情况。"
    )
    assert {"钦鸿智显", "蓝驰电器", "杏花村", "艾拉科技"} <= names(ex, "Organization")
