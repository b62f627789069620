"""``kg view``: one HTML file that needs nothing from the network, coloured like kg.grass."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.cli.main import main as kg_main
from kg.write import write_graphml
from kg.write.view import COLOURS, ViewError, neighbourhood, render_html
from tests.conftest import EVENT, small_graph

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|cdnjs|jsdelivr|unpkg""", re.I
)
CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def test_a_scoped_name_shows_its_scope():
    g = small_graph()
    g.nodes["Person:王超"]["scope"] = "乌海市"
    nodes, _ = (
        json.loads(data) for data in re.findall(r"new vis\.DataSet\((.*?)\);\n", render_html(g))
    )
    labels = {n["label"] for n in nodes}
    assert "王超 @乌海市" in labels and "李春晓" in labels


def test_page_is_self_contained_and_names_everything():
    html = render_html(small_graph())
    assert not EXTERNAL.search(html), EXTERNAL.search(html).group(0)
    assert "new vis.Network" in html and "vis-network" in html
    nodes, edges = (json.loads(data) for data in re.findall(r"new vis\.DataSet\((.*?)\);\n", html))
    assert (
        len(nodes) == small_graph().number_of_nodes()
        and len(edges) == small_graph().number_of_edges()
    )
    by_label = {n["label"]: n for n in nodes}
    assert (
        by_label["李春晓"]["color"] == COLOURS["Person"]
        and "春晓同志" in by_label["李春晓"]["title"]
    )
    assert by_label["66.06万元"]["color"] == COLOURS["Figure"]
    assert {e["label"] for e in edges} == {d["label"] for *_, d in small_graph().edges(data=True)}
    presided = next(e for e in edges if e["label"] == "PRESIDED")
    assert "主持召开" in presided["title"] and "evidence:" in presided["title"]
    for label in COLOURS:
        assert f"{label} (" in html  # in the legend


def test_around_keeps_the_neighbourhood_only():
    g = small_graph()
    part = neighbourhood(g, "李春晓", 1)
    names = {d["name"] for _, d in part.nodes(data=True)}
    assert {"李春晓", "市委", EVENT} <= names and "思正工程管理咨询有限公司" not in names
    assert set(neighbourhood(g, "春晓同志", 1)) == set(part)  # an alias finds the same node
    assert "around 李春晓" in render_html(g, around="李春晓")
    with pytest.raises(ViewError):
        render_html(g, around="不存在的人")


def test_grass_style_colours_labels_as_the_view_does():
    grass = (ROOT / "kg.grass").read_text(encoding="utf-8")
    styled = dict(re.findall(r"node\.(\w+)\s*\{[^}]*?\bcolor:\s*(#[0-9A-Fa-f]{6})", grass))
    assert styled == COLOURS
    assert grass.count('caption: "{name}"') >= len(COLOURS)


def test_kg_view_command(tmp_path, capsys):
    write_graphml(small_graph(), tmp_path / "out" / "graph.graphml")
    out = tmp_path / "view.html"
    assert (
        kg_main(["view", "--graph", str(tmp_path / "out"), "--around", "市委", "--out", str(out)])
        == 0
    )
    assert "around 市委" in out.read_text(encoding="utf-8")
    assert (
        kg_main(["view", "--graph", str(tmp_path / "out"), "--around", "nobody", "--out", str(out)])
        == 1
    )
    assert "nobody" in capsys.readouterr().err


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_page_draws_in_headless_chromium_offline(tmp_path):
    page = tmp_path / "view.html"
    page.write_text(render_html(small_graph()), encoding="utf-8")
    shot = tmp_path / "view.png"
    run = subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            "--virtual-time-budget=5000",
            "--window-size=1000,700",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 10_000, run.stderr.decode(errors="replace")[
        -2000:
    ]
    dom = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        text=True,
    ).stdout
    assert '<div class="vis-network"' in dom and "<canvas" in dom  # vis-network ran and drew
