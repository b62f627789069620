"""The report's charts as inline SVG, drawn by matplotlib.

Why matplotlib SVG: the report must open offline, print well and show
Chinese. SVG is vector (sharp on paper), needs no script, and with
``svg.fonttype = none`` every label stays text that the browser draws with
the page's CJK font stack (kg.fonts) rather than as glyph outlines of
whatever font the machine that wrote the report had. A JavaScript chart
library would put megabytes of script into every report for charts that
do not need to move.
"""

from __future__ import annotations

import io
import re
import warnings

from kg.fonts import CJK_FONTS

BAR_HEIGHT = 0.32  # inches per bar
WIDTH = 6.4  # inches
MIN_SLOTS = 8  # the timeline is at least this many dates wide


def pyplot():
    """matplotlib's pyplot, set to draw without a display and to keep text as text."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "kg",  # the same chart gives the same SVG
            "font.family": "sans-serif",
            "font.sans-serif": [*CJK_FONTS, "DejaVu Sans"],
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


def svg_of(fig, title: str) -> str:
    """The figure as an ``<svg>`` element for an HTML page: no XML prolog, no metadata."""
    plt = pyplot()
    buffer = io.StringIO()
    with warnings.catch_warnings():
        # Without a CJK font here, matplotlib warns of missing glyphs; the reader's
        # browser draws the text with its own fonts anyway.
        warnings.simplefilter("ignore", UserWarning)
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def bar_chart(names: list[str], values: list[int], colour: str, title: str) -> str:
    """Horizontal bars, the largest on top, each labelled with its value; ``title`` is what
    a screen reader says (the page's heading names the chart)."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH * 0.75, 0.5 + BAR_HEIGHT * max(1, len(names))))
    positions = list(range(len(names)))[::-1]
    bars = ax.barh(positions, values, color=colour, height=0.7)
    ax.set_yticks(positions, [shorten(n) for n in names])
    ax.bar_label(bars, padding=3)
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return svg_of(fig, title)


def timeline_chart(points: list[tuple[str, int, int]], colour: str, title: str) -> str:
    """Mentions per article date as bars, one per date (dates in order, gaps not drawn)."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH, 2.6))
    dates = [day for day, _, _ in points]
    bars = ax.bar(range(len(points)), [m for _, m, _ in points], color=colour, width=0.6)
    ax.bar_label(bars, labels=[f"{m} ({a} art.)" for _, m, a in points], padding=2, fontsize=7)
    tilt = len(points) > 6
    ax.set_xticks(
        range(len(points)), dates, rotation=45 if tilt else 0, ha="right" if tilt else "center"
    )
    ax.set_xlim(-0.6, max(len(points), MIN_SLOTS) - 0.4)  # one date is one bar, not a wall
    ax.set_ylabel("mentions")
    ax.yaxis.get_major_locator().set_params(integer=True)
    return svg_of(fig, title)


def shorten(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
