"""``kg report OUT/``: one HTML file that holds everything it shows (no script, no link, no
request), names a CJK font stack, draws its charts as SVG with the names as text, and says
which inputs the build skipped."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.cli.main import main as kg_main
from kg.fonts import CJK_FONTS
from kg.write import write_graphml
from tests.conftest import second_graph, small_graph


@pytest.fixture
def built(tmp_path):
    """A build folder as kg build leaves it: the graph and its build log."""
    out = tmp_path / "out"
    write_graphml(nx.compose(small_graph(), second_graph()), out / "graph.graphml")
    log = {"articles": 3, "seconds": 0.5, "cache_hits": 0, "errors": []}
    (out / "build.json").write_text(json.dumps(log), encoding="utf-8")
    return out


def test_report_is_one_self_contained_page(built, capsys):
    assert kg_main(["report", str(built)]) == 0
    path = built / "report.html"
    assert capsys.readouterr().out.strip() == f"wrote {path}"
    html = path.read_text(encoding="utf-8")
    # url(#…) is a chart's clip path inside the page; any other url( would be fetched
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\((?!#)", html)
    assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", html)
    assert all(f'"{font}"' in html for font in CJK_FONTS[:4])
    assert "svg.fonttype" not in html and "<?xml" not in html


def test_charts_keep_chinese_names_as_text(built):
    kg_main(["report", str(built), "--out", str(built / "r.html")])
    html = (built / "r.html").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert len(svgs) == 4  # people, bodies, programmes, timeline
    person = svgs[0]
    assert re.search(r"<text[^>]*>李春晓</text>", person)
    assert "Noto Sans CJK SC" in person  # the SVG's own labels name the stack too
    assert re.search(r"<text[^>]*>2023-02-01</text>", svgs[3])


def test_report_sections(built):
    kg_main(["report", str(built)])
    html = (built / "report.html").read_text(encoding="utf-8")
    first_person = re.search(r'id="top-person".*?<tr class="rank">(.*?)</tr>', html, re.S)
    assert "李春晓" in first_person.group(1) and ">6<" in first_person.group(1)
    assert "built from 3 articles" in html
    assert "PRESIDED, SPOKE" in html  # the busiest pair
    assert "4461户" in html and "低保对象" in html
    assert 'id="errors"' not in html


def test_a_build_with_a_bad_input_reports_what_was_skipped(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(
        "市里召开会议\n\n本报讯 1月4日,市委书记张明主持召开会议。\n", encoding="utf-8"
    )
    (pages / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    out = tmp_path / "out"
    argv = ["build", str(pages), "--out", str(out), "--no-store", "--no-cache", "--quiet"]
    assert kg_main(argv) == 1
    log = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert log["articles"] == 1
    assert [e["path"] for e in log["errors"]] == [str(pages / "broken.txt")]
    assert kg_main(["report", str(out)]) == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    skipped = re.search(r'<section id="errors">.*?</section>', html, re.S).group(0)
    assert "broken.txt" in skipped and log["errors"][0]["reason"] in skipped


def test_a_folder_without_a_graph_is_one_line(tmp_path, capsys):
    assert kg_main(["report", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: ") and str(tmp_path) in err and "\n" not in err
