"""``kg report``: one self-contained HTML page with a build's overview.

Why one file with everything inline: it is mailed, archived and printed;
it must open offline years later without a server or a network. The page
holds its CSS (with the CJK font stack of kg.fonts and print rules) and its
charts as inline SVG (kg.report.charts); it references nothing else.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from kg.cli.steps import read_built_graph
from kg.fonts import css_font_stack
from kg.report.charts import bar_chart, timeline_chart
from kg.report.facts import Facts, facts_of, read_build_log
from kg.write.files import atomic_write
from kg.write.view import colour

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=True,
)


def number(value: float | None) -> str:
    """A figure's value as people write it: 660,600 rather than 660600.0."""
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


TEMPLATES.filters["number"] = number
TIMELINE_COLOUR = "#A5ABB6"  # the Article colour of kg.grass: mentions are counted per article


def charts_of(facts: Facts) -> dict[str, str]:
    """The SVG charts by name: one bar chart per ranked label, and the timeline."""
    charts = {
        label: bar_chart(
            [r.name for r in ranked],
            [r.mentions for r in ranked],
            colour(label),
            f"most-mentioned {label}",
        )
        for label, ranked in facts.top.items()
        if ranked
    }
    if facts.timeline:
        charts["timeline"] = timeline_chart(
            facts.timeline, TIMELINE_COLOUR, "mentions by article date"
        )
    return charts


def render_report(out_dir: str | Path, title: str | None = None) -> str:
    """The report page of the build in ``out_dir`` (its graph.graphml and build.json)."""
    graph = read_built_graph(str(out_dir))
    facts = facts_of(graph, read_build_log(out_dir))
    return TEMPLATES.get_template("report.html").render(
        title=title or f"kg report: {Path(out_dir).resolve().name}",
        fonts=css_font_stack(),
        facts=facts,
        charts=charts_of(facts),
        colours={label: colour(label) for label in facts.labels},
    )


def write_report(out_dir: str | Path, target: str | Path | None = None) -> Path:
    """Write the report of ``out_dir`` to ``target`` (default OUT/report.html), whole or not at
    all."""
    path = Path(target) if target else Path(out_dir) / "report.html"
    html = render_report(out_dir).encode("utf-8")
    atomic_write(path, lambda fh: fh.write(html))
    return path
