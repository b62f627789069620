"""Honours listed with their counts after a verb of honouring (表彰奖励了12个甲单位、30名乙…):
each is a Programme, and the counts are the occasion's, not the honours'."""

from tests.helpers import extract, names, relations

HONOURED = (
    "9月10日,青川县第20个教师节表彰大会召开。今年,青川县委、县政府表彰奖励了"
    "12个先进办学单位、30名我身边的好校长、88名优秀班主任和15名尊师重教先进个人,"
    "这是历年来表彰最多的一年。"
)
HONOURS = {"先进办学单位", "我身边的好校长", "优秀班主任", "尊师重教先进个人"}


def test_each_counted_item_is_an_honour() -> None:
    assert names(extract(HONOURED), "Programme") >= HONOURS


def test_the_counts_measure_the_occasion_not_the_honours() -> None:
    measured = relations(extract(HONOURED), "MEASURES")
    assert ("88名", "青川县第20个教师节表彰大会") in measured
    assert not {(f, h) for f, h in measured if h in HONOURS}


def test_a_quoted_honour_counted_by_its_holders_is_a_programme_the_count_measures():
    ex = extract(
        "今年全市评选出“青禾市最美家庭”获得者5个、“青禾工匠”10名,"
        "以及“白石省劳动模范”3名、“柳湾市五一劳动奖章”4名。",
        home_city="青禾市",
    )
    honours = {"青禾市最美家庭", "青禾工匠", "白石省劳动模范", "柳湾市五一劳动奖章"}
    assert honours <= {n.strip("“”") for n in names(ex, "Programme")}
    assert not {"白石省", "柳湾市"} & names(ex, "Place")  # inside the honours' names
    measures = {(f, o.strip("“”")) for f, o in relations(ex, "MEASURES")}
    assert {("3名", "白石省劳动模范"), ("4名", "柳湾市五一劳动奖章")} <= measures
