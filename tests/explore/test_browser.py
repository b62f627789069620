"""The explorer and the report in a real headless Chromium, as a user would use them.

On the seed build: search 李春晓, see the PRESIDED edge, click it on the canvas and read
its evidence, open its article, run who-did-what from its form, export the view; open
the report, find the top person and the timeline. Every request the pages make is
recorded: none may leave 127.0.0.1 (the report, a file, may make none at all).
Screenshots go to out/screenshots/ (or KG_SCREENSHOTS).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.cli.main import main as kg_main
from kg.write import read_graph

expect = pytest.importorskip("playwright.sync_api").expect
LI = "Person:李春晓@乌海市"
EVIDENCE = "市委常委、秘书长李春晓主持召开"

# The first point along the edge (from its middle outwards) where the canvas's own hit test
# finds that edge and no node: a click there is a click on the edge.
EDGE_POINT = """(type) => {
  const edge = kg.edges.get().find((e) => e.kg.type === type);
  const canvas = document.querySelector("#graph canvas").getBoundingClientRect();
  for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.3, 0.7]) {
    const dom = kg.network.canvasToDOM(kg.network.body.edges[edge.id].edgeType.getPoint(t));
    if (kg.network.getEdgeAt(dom) === edge.id && kg.network.getNodeAt(dom) === undefined)
      return [canvas.left + dom.x, canvas.top + dom.y];
  }
  return null;
}"""


@pytest.fixture
def context(browser):
    """A fresh browser context that records the URL of every request its pages make."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    context.requested = []
    context.on("request", lambda request: context.requested.append(request.url))
    yield context
    context.close()


def test_explorer_search_evidence_query_and_export(context, explorer, screenshots, tmp_path):
    page = context.new_page()
    page.goto(explorer)
    page.fill("#search", "李春晓")
    page.click(f"#results li[data-id='{LI}']")
    page.wait_for_function("kg.edges.get().some((e) => e.kg.type === 'PRESIDED')")
    expect(page.locator("#edge-list")).to_contain_text("李春晓 —PRESIDED→")
    page.wait_for_function("kg.stable", timeout=30_000)

    point = page.evaluate(EDGE_POINT, "PRESIDED")
    assert point, "the PRESIDED edge is not drawn where it can be clicked"
    page.mouse.click(*point)
    expect(page.locator("#selection h3")).to_contain_text("PRESIDED")
    expect(page.locator("#evidence")).to_contain_text(EVIDENCE)
    expect(page.locator("#selection")).to_contain_text("2023-01-05")
    page.screenshot(path=screenshots / "explorer-evidence.png")

    with context.expect_page() as opened:
        page.click("#article-link")
    article = opened.value
    expect(article.locator("mark#evidence")).to_contain_text(EVIDENCE)
    article.close()

    export_view(page, tmp_path)
    filter_by_type(page)
    run_who_did_what(page)
    corner = page.locator("#graph").bounding_box()  # an empty spot: vis hides its tooltip
    page.mouse.move(corner["x"] + 8, corner["y"] + 8)
    page.wait_for_selector("div.vis-tooltip", state="hidden")
    page.screenshot(path=screenshots / "explorer-query.png")
    assert_local(context.requested, explorer)


def export_view(page, tmp_path: Path) -> None:
    with page.expect_download() as png:
        page.click("#export-png")
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as graphml:
        page.click("#export-graphml")
    target = tmp_path / "view.graphml"
    graphml.value.save_as(target)
    graph = read_graph(target)
    assert graph.nodes[LI]["name"] == "李春晓"
    assert "PRESIDED" in {d["label"] for *_, d in graph.edges(data=True)}


def filter_by_type(page) -> None:
    """Unticking a relationship type redraws the view without it; ticking brings it back."""
    drawn = "kg.edges.get().some((e) => e.kg.type === 'SPOKE')"
    page.uncheck("input[name=type][value=SPOKE]")
    page.wait_for_function(f"!({drawn}) && kg.edges.get().some((e) => e.kg.type === 'PRESIDED')")
    page.check("input[name=type][value=SPOKE]")
    page.wait_for_function(drawn)


def run_who_did_what(page) -> None:
    page.select_option("#query-name", "who-did-what")
    page.fill("#query-params input[name=name]", "李春晓")
    page.click("#query-form button[type=submit]")
    table = page.locator("#query-table")
    expect(table).to_contain_text("PRESIDED")
    expect(table).to_contain_text("主持召开")
    expect(page.locator("#caption")).to_contain_text("who-did-what")
    page.wait_for_function("kg.edges.get().some((e) => e.kg.type === 'PRESIDED')")
    page.wait_for_function("kg.stable", timeout=30_000)


def test_report_shows_the_top_person_and_the_timeline(context, seed_out, screenshots, tmp_path):
    target = tmp_path / "report.html"
    assert kg_main(["report", str(seed_out), "--out", str(target)]) == 0
    page = context.new_page()
    page.goto(target.as_uri())
    top = page.locator("#top-person tr.rank").first
    expect(top).to_contain_text(most_mentioned_person(read_graph(seed_out)))
    expect(page.locator("#top-person svg")).to_be_visible()
    timeline = page.locator("#timeline svg")
    expect(timeline).to_be_visible()
    expect(timeline).to_contain_text("2023-01-05")
    page.screenshot(path=screenshots / "report.png", full_page=True)
    assert context.requested == [target.as_uri()]


def most_mentioned_person(graph) -> str:
    """Counted here from the graph itself: the person with the most MENTIONS counts (ties go
    to more articles, then the name, as the report orders them)."""
    mentions, articles = Counter(), Counter()
    for _, v, d in graph.edges(data=True):
        if d["label"] == "MENTIONS" and graph.nodes[v]["labels"] == ":Person":
            mentions[v] += int(d.get("count", 1))
            articles[v] += 1
    best = min(mentions, key=lambda v: (-mentions[v], -articles[v], graph.nodes[v]["name"]))
    return graph.nodes[best]["name"]


def assert_local(requested: list[str], base: str) -> None:
    leaving = [url for url in requested if not url.startswith((base, "data:", "blob:"))]
    assert not leaving, f"requests left 127.0.0.1: {leaving}"
    assert any(url.startswith(base + "api/around") for url in requested)
