"""kg.read.iter_articles: every input format, every encoding, and bad input that never stops a
batch."""

import json
import shutil

import pytest

from kg.read import iter_articles
from kg.read.discover import Defaults
from kg.read.html import extract_html
from tests.helpers import SEED_PAGE as SEED

LIGHTS = (
    "近日,我市全面启动春节景观亮化工作。市公共事业发展中心滨河路灯亮化所工作人员在海勃湾区棋盘井街、"
    "世纪大道等主要街道,陆续悬挂大红灯笼1300余个,为节日增添浓浓喜庆氛围。"
)
DONATION = (
    "本报讯 近日,我市爱心企业——思正工程管理咨询有限公司"
    "向400户困难户捐赠了价值10万元的“抗疫爱心包”。"
    "“爱心包”包括米、面、油在内的基本生活物资。"
)
NEW_YEAR = (  # written for these tests in the style of another paper (full-width digits)
    "本报杭州１２月３１日讯 新年将至，省外事办公室主任沈立群发表新年贺词，"
    "向在外乡亲和归国侨胞致以新春的问候和美好的祝愿。"
)


def read(paths, defaults=None):
    """(articles, errors) of one batch."""
    errors = []
    articles = list(iter_articles(paths, defaults, on_error=errors.append))
    return articles, errors


# --- formats ---------------------------------------------------------------


def test_txt_single_article_takes_its_title_from_the_first_short_line(tmp_path):
    f = tmp_path / "lights.txt"
    f.write_text(f"春节景观亮化工作启动\n\n{LIGHTS}\n\n(苏如娜 摄)\n", encoding="utf-8")
    articles, errors = read([f])
    assert errors == []
    [a] = articles
    assert a.title == "春节景观亮化工作启动"
    assert a.text == f"{LIGHTS}\n(苏如娜 摄)"
    assert a.path == str(f)
    assert a.source == "lights.txt"
    assert [(b.name, b.role) for b in a.bylines] == [("苏如娜", "photographer")]


def test_txt_with_a_long_headline(tmp_path):
    title = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行"
    body = "本报讯(记者王超)1月4日,市委常委、秘书长李春晓主持召开述职评议会。"
    f = tmp_path / "meeting.txt"
    f.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    [a] = read([f])[0]
    assert (a.title, a.text) == (title, body)


def test_txt_without_a_title_line_is_named_after_the_file(tmp_path):
    f = tmp_path / "捐赠.txt"
    f.write_text(DONATION, encoding="utf-8")
    [a] = read([f])[0]
    assert a.title == "捐赠"
    assert a.text == DONATION


def test_md_page_gives_one_article_per_item(tmp_path):
    f = tmp_path / "page2.md"
    f.write_text(
        f"## 我市爱心企业向困难群众捐赠爱心包\n\n{DONATION}\n\n(贺雅君)\n\n"
        f"### 春节景观亮化工作启动\n\n{LIGHTS}\n\n(苏如娜 摄)\n",
        encoding="utf-8",
    )
    articles, errors = read([f])
    assert errors == []
    assert [a.title for a in articles] == [
        "我市爱心企业向困难群众捐赠爱心包",
        "春节景观亮化工作启动",
    ]
    assert articles[0].text == f"{DONATION}\n(贺雅君)"
    assert [(b.name, b.role) for b in articles[0].bylines] == [("贺雅君", "author")]
    assert [(b.name, b.role) for b in articles[1].bylines] == [("苏如娜", "photographer")]


GOV_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>春节景观亮化工作启动_乌海市人民政府</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li { float: left; }</style>
</head>
<body>
<div class="header">
  <h1 class="logo"><a href="/">乌海市人民政府</a></h1>
  <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/hdjl/">互动交流</a></li></ul></div>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt;
  <a href="/zwdt/">政务动态</a> &gt; 乌海要闻</div>
<div class="article">
  <h1>春节景观亮化工作启动</h1>
  <div class="info">来源：乌海日报 发布时间：2023-01-05 09:12</div>
  <div id="zoom">
    <p>近日，我市全面启动春节景观亮化工作。市公共事业发展中心滨河路灯亮化所工作人员在海勃湾区棋盘井街、世纪大道等主要街道，陆续悬挂大红灯笼1300余个，为节日增添浓浓喜庆氛围。</p>
    <p>（苏如娜&nbsp;摄）</p>
  </div>
</div>
<footer><p>主办单位：乌海市人民政府办公室 蒙ICP备05000001号</p></footer>
<script>console.log("页脚脚本");</script>
</body>
</html>
"""


def test_html_gov_page_main_text_and_title(tmp_path):
    f = tmp_path / "t20230105_1.html"
    f.write_text(GOV_PAGE, encoding="utf-8")
    articles, errors = read([f])
    assert errors == []
    [a] = articles
    assert a.title == "春节景观亮化工作启动"
    assert "近日，我市全面启动春节景观亮化工作。" in a.text
    for noise in (
        "首页",
        "政务公开",
        "当前位置",
        "统计代码",
        "float",
        "主办单位",
        "页脚脚本",
        "乌海市人民政府",
    ):
        assert noise not in a.text
    assert [(b.name, b.role) for b in a.bylines] == [("苏如娜", "photographer")]


def test_html_title_is_the_article_h1_not_the_site_logo():
    title, body = extract_html(GOV_PAGE)
    assert title == "春节景观亮化工作启动"
    assert not body.startswith("春节景观亮化工作启动")


def test_html_title_from_title_tag_without_h1(tmp_path):
    f = tmp_path / "news.htm"
    f.write_text(
        "<html><head><title>我市爱心企业向困难群众捐赠爱心包</title></head>"
        f"<body><nav><ul><li>首页</li></ul></nav><p>{DONATION}</p><p>(贺雅君)</p>"
        "<script>alert('统计')</script></body></html>",
        encoding="utf-8",
    )
    [a] = read([f])[0]
    assert a.title == "我市爱心企业向困难群众捐赠爱心包"
    assert a.text == f"{DONATION}\n(贺雅君)"


def test_jsonl_lines_carry_their_metadata(tmp_path):
    f = tmp_path / "feed.jsonl"
    rows = [
        {
            "id": "wuhai-2023-0105-03",
            "title": "春节景观亮化工作启动",
            "text": LIGHTS,
            "date": "2023年1月5日",
            "source": "乌海日报",
            "home_city": "乌海市",
        },
        {
            "id": 7,
            "title": "外事办主任发表新年贺词",
            "text": NEW_YEAR,
            "date": "1997/12/31",
            "source": "人民日报",
        },
    ]
    f.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    articles, errors = read([f])
    assert errors == []
    a, b = articles
    assert (a.id, a.title, a.text, a.date, a.source, a.home_city) == (
        "wuhai-2023-0105-03",
        "春节景观亮化工作启动",
        LIGHTS,
        "2023-01-05",
        "乌海日报",
        "乌海市",
    )
    assert (b.id, b.date, b.source, b.home_city) == ("7", "1997-12-31", "人民日报", None)


def test_jsonl_without_id_gets_a_content_id(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        json.dumps({"title": "春节景观亮化工作启动", "text": LIGHTS}, ensure_ascii=False),
        encoding="utf-8",
    )
    [a] = read([f])[0]
    assert a.id.startswith("article:")


def test_jsonl_text_opening_with_its_title_reads_the_headline_once(tmp_path):
    f = tmp_path / "feed.jsonl"
    rows = [
        {
            "title": "柳川县 138个项目开工",
            "text": "柳川县138个项目开工\n10日,柳川县138个项目开工。",
        },
        {"title": "柳川县项目开工", "text": "柳川县项目开工仪式举行\n10日,柳川县项目开工。"},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    [repeated, other] = read([f])[0]
    assert repeated.text == "10日,柳川县138个项目开工。"
    assert other.text.startswith("柳川县项目开工仪式举行\n")


def test_front_matter_sets_metadata(tmp_path):
    f = tmp_path / "item.txt"
    f.write_text(
        "---\ntitle: 春节景观亮化工作启动\nsource: 乌海日报\ndate: 2023/1/5\n"
        f"home_city: 乌海市\nsection: 城市建设\n---\n{LIGHTS}\n",
        encoding="utf-8",
    )
    articles, errors = read([f])
    assert errors == []
    [a] = articles
    assert (a.title, a.text, a.source, a.date, a.home_city, a.section) == (
        "春节景观亮化工作启动",
        LIGHTS,
        "乌海日报",
        "2023-01-05",
        "乌海市",
        "城市建设",
    )


def test_command_line_defaults_fill_what_the_file_lacks(tmp_path):
    f = tmp_path / "item.txt"
    f.write_text(
        f"---\nsource: 乌海日报\n---\n春节景观亮化工作启动\n\n{LIGHTS}\n", encoding="utf-8"
    )
    [a] = read([f], Defaults(source="默认来源", date="2023-01-05", home_city="乌海市"))[0]
    assert (a.source, a.date, a.home_city) == ("乌海日报", "2023-01-05", "乌海市")


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "lights.txt").write_text(
        f"春节景观亮化工作启动\n\n{LIGHTS}\n", encoding="utf-8"
    )
    (tmp_path / "a.md").write_text(
        f"## 我市爱心企业向困难群众捐赠爱心包\n\n{DONATION}\n", encoding="utf-8"
    )
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    articles, errors = read([tmp_path])
    assert errors == []
    assert [a.title for a in articles] == [
        "我市爱心企业向困难群众捐赠爱心包",
        "春节景观亮化工作启动",
    ]


# --- encodings -------------------------------------------------------------

ENCODED = (
    f"“送苗”上门\n\n{LIGHTS}\n\n"
    "乌海乌兰牧骑·文艺轻骑兵持续为基层群众提供艺术培训服务。\n\n(高瑞鹏 摄)\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk"])
def test_encodings_give_the_same_article(tmp_path, encoding):
    (tmp_path / "utf-8").mkdir()
    (tmp_path / encoding).mkdir()
    (tmp_path / "utf-8" / "item.txt").write_bytes(ENCODED.encode("utf-8"))
    (tmp_path / encoding / "item.txt").write_bytes(ENCODED.encode(encoding))
    [plain], errors1 = read([tmp_path / "utf-8" / "item.txt"])
    [other], errors2 = read([tmp_path / encoding / "item.txt"])
    assert errors1 == errors2 == []
    assert plain.title == "“送苗”上门"
    assert (other.id, other.title, other.text, other.source, other.bylines) == (
        plain.id,
        plain.title,
        plain.text,
        plain.source,
        plain.bylines,
    )


def test_gbk_html_page(tmp_path):
    f = tmp_path / "gbk.html"
    f.write_bytes(GOV_PAGE.replace('charset="utf-8"', 'charset="gbk"').encode("gbk"))
    [a] = read([f])[0]
    assert a.title == "春节景观亮化工作启动"
    assert "近日，我市全面启动春节景观亮化工作。" in a.text


def test_bom_before_front_matter(tmp_path):
    f = tmp_path / "item.txt"
    f.write_bytes(
        f"---\nsource: 乌海日报\n---\n春节景观亮化工作启动\n\n{LIGHTS}\n".encode("utf-8-sig")
    )
    [a] = read([f])[0]
    assert (a.source, a.title) == ("乌海日报", "春节景观亮化工作启动")


# --- bad input -------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(0, 40)) + b"word/document.xml"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"\n  \r\n\n", "empty file"),
        ("scan.txt", PNG, "binary file"),
        ("archive.md", ZIP, "binary file"),
        (
            "broken.txt",
            LIGHTS.encode("utf-8")[:40] + b"\xff\xfe\xff\x80" + LIGHTS.encode("utf-8")[40:],
            "cannot decode",
        ),
        ("broken.jsonl", b"\xff\xfe\xff\x80{}", "cannot decode"),
        ("page.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
        ("report.pdf", b"%PDF-1.7\n", "unsupported file type .pdf"),
    ],
)
def test_bad_file_gives_one_error_and_the_batch_goes_on(tmp_path, name, data, reason):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(f"春节景观亮化工作启动\n\n{LIGHTS}\n", encoding="utf-8")
    articles, errors = read([bad, good])
    assert [a.title for a in articles] == ["春节景观亮化工作启动"]
    assert len(errors) == 1
    assert errors[0].path == str(bad)
    assert reason in errors[0].reason
    assert str(bad) in str(errors[0])


def test_missing_path(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(f"春节景观亮化工作启动\n\n{LIGHTS}\n", encoding="utf-8")
    missing = tmp_path / "no-such-page.txt"
    articles, errors = read([missing, good])
    assert len(articles) == 1
    assert [(e.path, e.reason) for e in errors] == [(str(missing), "no such file or folder")]


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"title": "春节景观亮化工作启动", "text": "近日,我市全面启动', "malformed JSON"),
        ('{"id": "wuhai-9", "title": "春节景观亮化工作启动"}', 'missing or empty "text"'),
        ('{"id": "wuhai-9", "text": "   "}', 'missing or empty "text"'),
        ('["春节景观亮化工作启动"]', "expected a JSON object"),
        (json.dumps({"text": LIGHTS, "date": "去年腊月"}, ensure_ascii=False), 'unreadable "date"'),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path, line, reason):
    f = tmp_path / "feed.jsonl"
    good1 = json.dumps({"id": "a", "text": LIGHTS}, ensure_ascii=False)
    good3 = json.dumps({"id": "c", "text": DONATION}, ensure_ascii=False)
    f.write_text(f"{good1}\n{line}\n\n{good3}\n", encoding="utf-8")
    articles, errors = read([f])
    assert [a.id for a in articles] == ["a", "c"]
    assert len(errors) == 1
    assert errors[0].path == f"{f}:2"
    assert reason in errors[0].reason


def test_many_bad_inputs_in_one_batch(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.txt").write_bytes(PNG)
    (tmp_path / "feed.jsonl").write_text('{"text": "近日\n{"id": 1}\n', encoding="utf-8")
    (tmp_path / "z.txt").write_text(f"春节景观亮化工作启动\n\n{LIGHTS}\n", encoding="utf-8")
    articles, errors = read([tmp_path, tmp_path / "gone.md"])
    assert [a.title for a in articles] == ["春节景观亮化工作启动"]
    assert sorted(e.path for e in errors) == sorted(
        [
            str(tmp_path / "empty.txt"),
            str(tmp_path / "scan.txt"),
            f"{tmp_path / 'feed.jsonl'}:1",
            f"{tmp_path / 'feed.jsonl'}:2",
            str(tmp_path / "gone.md"),
        ]
    )


# --- ids -------------------------------------------------------------------


def test_seed_ids_are_stable_unique_and_independent_of_location(tmp_path):
    first = [a.id for a in read([SEED])[0]]
    second = [a.id for a in read([SEED])[0]]
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(SEED, copy)
    moved = [a.id for a in read([copy])[0]]
    assert len(first) == 9
    assert len(set(first)) == 9
    assert first == second == moved


def test_seed_articles_via_iter_articles():
    articles, errors = read([SEED])
    assert errors == []
    assert [a.title for a in articles][5] == "多措并举畅渠道 落实政策暖民心"
    assert articles[5].section == "保障和改善民生"
    assert [(b.name, b.role) for b in articles[0].bylines] == [("王超", "reporter")]
    assert [(b.name, b.role) for b in articles[4].bylines] == [
        ("王超", "reporter"),
        ("贺雅君", "reporter"),
    ]
    assert [(b.name, b.role) for b in articles[7].bylines] == [
        ("孟荣", "author"),
        ("付兰伟", "author"),
        ("闫玉森", "author"),
    ]
    assert "办事:服务提升 办事舒心" in articles[4].text


def test_home_city_is_the_city_a_page_names_most():
    from kg.read.home_city import infer_home_city

    assert infer_home_city(SEED.read_text(encoding="utf-8")) == "乌海市"
    assert infer_home_city("近日,我市召开全市经济工作会议。包头市市长出席。") == "包头市"
    assert infer_home_city("包头市召开全市经济工作会议。") is None  # no 我市 to resolve
    assert infer_home_city("我市召开市委常委会会议。") is None  # 市委 names no city
