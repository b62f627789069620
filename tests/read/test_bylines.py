"""Bylines and credits as Chinese papers print them."""

from kg.read.bylines import find_bylines, is_credit_line


def credits(paragraphs, mentions_reporter=False):
    return [(b.name, b.role) for b in find_bylines(paragraphs, mentions_reporter)]


def test_lead_in_reporter():
    para = "本报讯(记者王超)1月4日,市委常委、秘书长李春晓主持召开述职评议会。"
    assert credits([para]) == [("王超", "reporter")]
    assert find_bylines([para])[0].evidence == "(记者王超)"


def test_reporter_with_a_space():
    assert credits(["本报讯(记者 周迎)近日,我市召开全市民政工作会议。"]) == [("周迎", "reporter")]


def test_full_width_brackets_from_peoples_daily():
    para = "新华社贵阳１２月３１日电（记者刘子富）中共中央政治局常委、中央书记处书记在贵州考察扶贫工作。"
    assert credits([para]) == [("刘子富", "reporter")]


def test_photo_credit_is_photographer_only():
    paras = ["近日,我市全面启动春节景观亮化工作,为节日增添浓浓喜庆氛围。", "(苏如娜 摄)"]
    assert credits(paras) == [("苏如娜", "photographer")]
    assert credits(paras, mentions_reporter=True) == [("苏如娜", "photographer")]


def test_photo_credit_without_space():
    para = "我国最大的棉产区新疆去年棉花再获丰收。在塔里木盆地，维吾尔族儿童都乐了。（武斌摄）"
    assert credits([para]) == [("武斌", "photographer")]


def test_trailing_names_are_the_author():
    paras = ["该公司热心公益事业,用实际行动践行企业社会责任和担当。", "(孟荣)"]
    assert credits(paras) == [("孟荣", "author")]


def test_trailing_names_are_reporters_when_the_item_speaks_of_the_reporter():
    paras = [
        "1月4日上午9时,记者来到市民服务中心。",
        "“元旦前,我们就提前部署工作。”凤凰岭街道党工委副书记郭振艾告诉记者。",
        "(王超 贺雅君)",
    ]
    assert credits(paras, mentions_reporter=True) == [("王超", "reporter"), ("贺雅君", "reporter")]


def test_three_trailing_authors():
    paras = ["2022年,累计入洗原煤226万吨,为企业创造了良好的经济效益。", "(孟荣 付兰伟 闫玉森)"]
    assert credits(paras) == [("孟荣", "author"), ("付兰伟", "author"), ("闫玉森", "author")]


def test_text_and_photo_by_one_person():
    paras = ["文/图 苏如娜", "近日,我市全面启动春节景观亮化工作。"]
    assert credits(paras) == [("苏如娜", "author")]


def test_reporter_and_correspondent():
    para = "本报讯(记者 周迎 通讯员 李明)近日,我市召开全市民政工作会议。"
    assert credits([para]) == [("周迎", "reporter"), ("李明", "correspondent")]


def test_reporter_and_correspondent_without_spaces_inside():
    para = "本报讯(记者王超 通讯员李明)1月4日,全市民政工作会议召开。"
    assert credits([para]) == [("王超", "reporter"), ("李明", "correspondent")]


def test_closing_correspondent_credit_is_not_also_an_author():
    paras = ["近日,我市召开全市民政工作会议。", "(通讯员 李明)"]
    assert credits(paras) == [("李明", "correspondent")]


def test_closing_reporter_credit_is_not_also_an_author():
    paras = ["近日,我市召开全市民政工作会议。", "(记者 王超 贺雅君)"]
    assert credits(paras) == [("王超", "reporter"), ("贺雅君", "reporter")]


def test_continuation_marker_is_not_a_credit():
    assert (
        credits(["(上接第一版)作为内蒙古地区最大的焦煤生产基地,乌海能源全力抓好煤炭增产稳供。"])
        == []
    )


def test_credit_lines():
    assert is_credit_line("(孟荣)")
    assert is_credit_line("(苏如娜 摄)")
    assert is_credit_line("（记者 周迎）")
    assert not is_credit_line("该公司热心公益事业。")
    assert not is_credit_line("### 办事:服务提升 办事舒心")
