"""GB18030 files are read as GB18030, not as GBK: characters GBK lacks come through.

GBK covers the common CJK block only. GB18030 adds CJK Extension A (䶮, two bytes
FE 9F), Extension B (𫖯, four bytes) and symbols such as the bullet •; a GBK decoder
rejects those bytes (or misreads them), so a file that holds one is lost. The text
below is written for this test.
"""

from __future__ import annotations

import pytest

from kg.read import iter_articles

RARE = "䶮𫖯•"
ITEM = (
    "市民服务中心•便民窗口延时服务\n\n"
    "3月2日起，市民服务中心便民窗口每天延时两小时。来办事的市民李䶮说，下班后也能办好业务。"
    "窗口负责人王𫖯介绍，延时服务将持续到年底。\n"
)


def read(path):
    errors = []
    articles = list(iter_articles([path], on_error=errors.append))
    return articles, errors


@pytest.mark.parametrize("char", list(RARE))
def test_the_characters_are_outside_gbk(char):
    with pytest.raises(UnicodeEncodeError):
        char.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        char.encode("gb18030").decode("gbk")


def test_a_gb18030_file_reads_like_its_utf8_twin(tmp_path):
    (tmp_path / "gb").mkdir()
    (tmp_path / "utf8").mkdir()
    (tmp_path / "gb" / "item.txt").write_bytes(ITEM.encode("gb18030"))
    (tmp_path / "utf8" / "item.txt").write_bytes(ITEM.encode("utf-8"))
    [plain], errors = read(tmp_path / "utf8" / "item.txt")
    assert errors == []
    [other], errors = read(tmp_path / "gb" / "item.txt")
    assert errors == []
    assert other.title == plain.title == "市民服务中心•便民窗口延时服务"
    assert "市民李䶮说" in other.text and "负责人王𫖯介绍" in other.text
    assert (other.id, other.text) == (plain.id, plain.text)


def test_a_gb18030_jsonl_line_is_read(tmp_path):
    line = '{"id": "g1", "title": "便民窗口延时服务", "text": "市民李䶮说，下班后也能办好业务。"}\n'
    f = tmp_path / "news.jsonl"
    f.write_bytes(line.encode("gb18030"))
    [a], errors = read(f)
    assert errors == [] and a.text == "市民李䶮说，下班后也能办好业务。"
