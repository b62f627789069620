"""Readers given broken input: one line or file is reported (or mended, with a note), the rest
is read. Every text here is written for the test."""

from __future__ import annotations

import json
import os

import pytest

from kg.read import iter_articles
from kg.read.decode import CUT_SHORT, readable_name

GOOD = {
    "id": "g1",
    "title": "市民服务中心延时服务",
    "text": "3月2日起，市民服务中心便民窗口每天延时两小时。",
}
OTHER = {
    "id": "g2",
    "title": "路灯亮化",
    "text": "近日，我市启动春节景观亮化工作，悬挂灯笼1300余个。",
}


def read(paths):
    errors, notes = [], []
    articles = list(iter_articles(paths, on_error=errors.append, on_note=notes.append))
    return articles, errors, notes


def jsonl(tmp_path, *lines: str):
    f = tmp_path / "news.jsonl"
    f.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return f


def line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_a_lone_surrogate_escape_is_mended_with_a_note(tmp_path):
    broken = '{"id": "s1", "title": "坏\\ud800字", "text": "窗口负责人介绍\\udfff，延时服务将持续到年底。"}'
    f = jsonl(tmp_path, line(GOOD), broken, line(OTHER))
    articles, errors, notes = read([f])
    assert errors == []
    assert [a.id for a in articles] == ["g1", "s1", "g2"]
    mended = articles[1]
    assert mended.title == "坏\ufffd字" and "介绍\ufffd，" in mended.text
    mended.text.encode("utf-8")  # what failed before: hashing and writing it
    assert [(n.path, n.message.split(" escapes")[0]) for n in notes] == [
        (f"{f}:2", '"title"'),
        (f"{f}:2", '"text"'),
    ]
    assert "read as U+FFFD" in notes[0].message


def test_control_characters_are_removed_with_a_note(tmp_path):
    """An escape sequence pasted from a terminal: XML (GraphML) cannot hold ESC or NUL. (A
    NUL in a text file makes it binary; in JSON it is an escape.)"""
    f = tmp_path / "item.txt"
    f.write_text("延时服务\n\n\x1b[31m窗口每天延时\x0c两小时。\x7f\x9b\n", encoding="utf-8")
    record = line({**GOOD, "title": "延时\x1b服务", "text": "窗口\u0000每天\r\n延时。"})
    g = jsonl(tmp_path, record)
    articles, errors, notes = read([f, g])
    assert errors == []
    assert [(a.title, a.text) for a in articles] == [
        ("延时服务", "[31m窗口每天延时\n两小时。"),
        ("延时服务", "窗口每天\n延时。"),
    ]
    removed = "control character(s) (U+0000-U+001F, U+007F-U+009F) it holds"
    assert [str(n) for n in notes] == [
        f"{f}: removed 3 {removed}",
        f'{g}:1: "title": removed 1 {removed}',
        f'{g}:1: "text": removed 1 {removed}',
    ]


def test_a_surrogate_pair_escape_is_one_character_and_no_note(tmp_path):
    f = jsonl(tmp_path, '{"id": "e1", "text": "表情\\ud83d\\ude00收到。"}')
    [a], errors, notes = read([f])
    assert (a.text, errors, notes) == ("表情😀收到。", [], [])


def test_a_line_separator_inside_a_json_string_does_not_cut_the_line(tmp_path):
    """JSON allows a raw U+2028 inside a string; str.splitlines would cut the line there."""
    f = jsonl(tmp_path, line({**GOOD, "text": "第一段。\u2028第二段，延时两小时。"}), line(OTHER))
    articles, errors, _ = read([f])
    assert errors == []
    assert [a.id for a in articles] == ["g1", "g2"]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("[" * 100_000 + "]" * 100_000, "malformed JSON (nested too deeply)"),
        (line({"title": ["a", "b"], "text": "正文。"}), '"title" must be a string, not list'),
        (line({"text": "正文。", "date": "2023-02-30"}), "unreadable \"date\" '2023-02-30'"),
        ('{"id": "t1", "text": "只写了一半', "malformed JSON (Unterminated string"),
        (line({"text": "\u200b\u3000"}), '"text" holds no words'),
        (line({"text": "“”，。\u202e"}), '"text" holds no words'),
    ],
)
def test_a_bad_line_is_reported_and_the_others_are_read(tmp_path, bad, reason):
    f = jsonl(tmp_path, line(GOOD), bad, line(OTHER))
    articles, errors, _ = read([f])
    assert [a.id for a in articles] == ["g1", "g2"]
    assert [e.path for e in errors] == [f"{f}:2"]
    assert errors[0].reason.startswith(reason)


def test_a_file_cut_inside_a_character_is_read_up_to_there(tmp_path):
    f = tmp_path / "cut.jsonl"
    whole = line(GOOD) + "\n" + line(OTHER)
    f.write_bytes(whole.encode("utf-8")[:-25])  # ends inside a character, as a full disk leaves it
    articles, errors, notes = read([f])
    assert [a.id for a in articles] == ["g1"]
    assert [e.path for e in errors] == [f"{f}:2"] and "malformed JSON" in errors[0].reason
    assert [str(n) for n in notes] == [f"{f}: {CUT_SHORT}"]


def test_a_utf16_file_from_notepad_is_read(tmp_path):
    """Notepad's "Unicode" is UTF-16 with a byte-order mark: NUL bytes everywhere, no binary."""
    f = tmp_path / "item.txt"
    f.write_bytes("便民窗口延时服务\r\n\r\n3月2日起，窗口每天延时两小时。\r\n".encode("utf-16"))
    [a], errors, _ = read([f])
    assert errors == [] and (a.title, a.text) == (
        "便民窗口延时服务",
        "3月2日起，窗口每天延时两小时。",
    )


@pytest.mark.parametrize("body", ["\u200b\u3000\n", "。。。——\n", "\u202e\u200f \n"])
def test_a_file_without_words_is_reported(tmp_path, body):
    f = tmp_path / "blank.txt"
    f.write_text(body, encoding="utf-8")
    articles, errors, _ = read([f])
    assert articles == [] and [str(e) for e in errors] == [
        f"{f}: no words in it (no letter or digit)"
    ]


def test_an_impossible_front_matter_date_is_ignored_with_a_note(tmp_path):
    f = tmp_path / "item.txt"
    f.write_text(
        "---\ndate: 2023-02-30\n---\n标题在此\n\n正文说明，延时两小时。\n", encoding="utf-8"
    )
    [a], errors, notes = read([f])
    assert a.date is None and errors == []
    assert [str(n) for n in notes] == [
        f"{f}: front matter date '2023-02-30' is no date (YYYY-MM-DD); ignored"
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_every_line_break_splits_paragraphs(tmp_path, newline):
    f = tmp_path / "item.txt"
    text = newline.join(["便民窗口延时服务", "", "3月2日起，窗口每天延时两小时。", "", "（王超）"])
    f.write_text(text, encoding="utf-8", newline="")
    [a], errors, _ = read([f])
    assert errors == []
    assert a.title == "便民窗口延时服务"
    assert a.text == "3月2日起，窗口每天延时两小时。\n（王超）"


def test_a_file_name_that_is_not_utf8_names_the_article_readably(tmp_path):
    """A GBK file name from a Windows archive: Python holds its bytes as lone surrogates."""
    raw = os.fsencode(tmp_path) + b"/" + "新闻".encode("gbk") + b".txt"
    with open(raw, "w", encoding="utf-8") as fh:
        fh.write("3月2日起，市民服务中心便民窗口每天延时两小时。\n")
    [a], errors, _ = read([tmp_path])
    assert errors == []
    assert a.path == str(tmp_path / "新闻.txt") and a.title == "新闻" and a.source == "新闻.txt"
    assert readable_name(os.fsdecode(b"/x/\xff.txt")) == "/x/\ufffd.txt"


@pytest.mark.parametrize("partial", ["2017-06", "2017年6月", "2017"])
def test_a_date_without_its_day_keeps_the_article_without_a_date(tmp_path, partial):
    """A month or a year alone is a date some sites print: the article is read, the date is
    noted as unknown rather than the line dropped."""
    f = jsonl(tmp_path, line({**GOOD, "date": partial}), line(OTHER))
    articles, errors, notes = read([f])
    assert [(a.id, a.date) for a in articles] == [("g1", None), ("g2", None)]
    assert not errors
    assert [n.path for n in notes] == [f"{f}:1"] and "has no day" in notes[0].message
