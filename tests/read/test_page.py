"""Splitting a newspaper page into items, and rejoining paragraphs cut by page breaks."""

import pytest

from kg.read.bylines import find_bylines
from kg.read.page import paragraphs_of, split_page
from tests.helpers import SEED_PAGE as SEED

SEED_TITLES = [
    "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行",
    "我市爱心企业向困难群众捐赠爱心包",
    "春节景观亮化工作启动",
    "“送苗”上门",
    "各行各业新年展现新气象",
    "多措并举畅渠道 落实政策暖民心",
    "乌海乌兰牧骑:扎根生活沃土 文艺服务群众",
    "利民公司洗煤厂科学配煤 年增效益近2000万元",
    "党旗飘扬风帆劲 踔厉奋发新征程",
]


@pytest.fixture(scope="module")
def seed_items():
    return split_page(SEED.read_text(encoding="utf-8"))


def test_seed_page_has_nine_items_with_exact_titles(seed_items):
    assert [it.title for it in seed_items] == SEED_TITLES


def test_seed_column_name_and_subtitle(seed_items):
    item = seed_items[5]
    assert item.section == "保障和改善民生"
    assert item.subtitles[0].startswith("我市牢牢兜住")
    assert all(it.section is None for k, it in enumerate(seed_items) if k != 5)


def test_continuation_marker_is_removed(seed_items):
    item = seed_items[4]
    assert item.paragraphs[0].startswith("作为内蒙古地区最大的焦煤生产基地")
    assert not any("上接" in p for it in seed_items for p in it.paragraphs)


def test_subsection_heading_stays_inside_its_item(seed_items):
    item = seed_items[4]
    assert "办事:服务提升 办事舒心" in item.paragraphs
    assert item.paragraphs[-1] == "(王超 贺雅君)"
    assert all(it.title != "办事:服务提升 办事舒心" for it in seed_items)


def test_every_seed_item_has_body_text(seed_items):
    assert all(it.paragraphs for it in seed_items)


def test_seed_page_breaks_are_repaired(seed_items):
    text = "\n".join(p for it in seed_items for p in it.paragraphs)
    assert "现场评选出一二三等等奖和优秀奖。" in text
    assert "按时足额发放救助资金。" in text
    assert "乌海乌兰牧骑持续为基层群众提供艺术培训服务" in text
    assert "及时了解具体情况" in text


def test_cut_mid_word_is_rejoined():
    text = (
        "同时,机关党建大比武活动围绕精神面貌、工作思路、经验特色、工作成效等内容,现场评\n\n"
        "选出一二三等等奖和优秀奖。"
    )
    assert paragraphs_of(text) == [
        "同时,机关党建大比武活动围绕精神面貌、工作思路、经验特色、工作成效等内容,现场评选出一二三等等奖和优秀奖。"
    ]


def test_short_cut_clause_is_rejoined():
    text = (
        "合理提高救助标准,按时足额发\n\n放救助资金。我市低保标准提高50元达到860元,列自治区第三位。"
    )
    assert paragraphs_of(text) == [
        "合理提高救助标准,按时足额发放救助资金。我市低保标准提高50元达到860元,列自治区第三位。"
    ]


def test_heading_like_line_is_not_joined():
    text = (
        "办事:服务提升 办事舒心\n\n"
        "1月4日上午9时,记者来到市民服务中心。办事大厅内整洁明亮,等候座椅摆放整齐。"
    )
    assert paragraphs_of(text) == [
        "办事:服务提升 办事舒心",
        "1月4日上午9时,记者来到市民服务中心。办事大厅内整洁明亮,等候座椅摆放整齐。",
    ]


def test_long_plain_headline_is_not_joined_to_its_body():
    title = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行"
    body = "本报讯(记者王超)1月4日,市委常委、秘书长李春晓主持召开述职评议会。"
    assert paragraphs_of(f"{title}\n\n{body}") == [title, body]


def test_finished_sentence_is_not_joined():
    text = (
        "该公司热心公益事业,用实际行动践行企业社会责任和担当。\n\n"
        "“主动承担社会责任不仅是为了响应党和政府的号召。”公司负责人贾斌说。"
    )
    assert len(paragraphs_of(text)) == 2


def test_a_bare_caption_is_not_joined_to_a_paragraph_left_open():
    text = (
        "今日,以“迎丰收”为主题的青石县丰收节庆祝活动在县农业园区举行\n"
        "开幕式现场\n"
        "县委副书记孙立舟在开幕式上致辞。"
    )
    assert paragraphs_of(text)[1:] == ["开幕式现场", "县委副书记孙立舟在开幕式上致辞。"]


def test_credit_line_is_not_joined_to_a_cut_paragraph():
    text = "近日,我市全面启动春节景观亮化工作,陆续悬挂大红灯笼1300余个\n\n(苏如娜 摄)"
    assert paragraphs_of(text)[-1] == "(苏如娜 摄)"


def test_caption_closed_by_its_credit_is_not_joined_to_the_next():
    """A photo page's captions each end with 记者 X 摄, not a full stop: still one per line."""
    text = (
        "石桥乡柳岸村,村民忙着晾晒稻谷。记者 汪明远 摄\n"
        "青禾镇果园里,果农正在采摘脆梨。 记者 付晓岚 摄\n"
        "晨光镇稻田一片金黄。 邵卫东 摄"
    )
    paragraphs = paragraphs_of(text)
    assert [p[-3:] for p in paragraphs] == ["远 摄", "岚 摄", "东 摄"]
    assert [(b.name, b.role) for b in find_bylines(paragraphs)] == [
        ("汪明远", "photographer"),
        ("付晓岚", "photographer"),
        ("邵卫东", "photographer"),
    ]


def test_page_without_headings_is_one_untitled_item():
    text = "１２月３１日，县长周启明在县广播电视台发表新年致辞。\n\n今天是二〇二二年的最后一天。"
    items = split_page(text)
    assert len(items) == 1
    assert items[0].title == ""
    assert len(items[0].paragraphs) == 2
