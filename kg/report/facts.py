"""What the report says about a build, computed from its graph and its build log.

Why apart from the page: the numbers (who is mentioned most, how mentions
move by date, which pairs act together most, what figures were reported) are
facts about the graph that tests can check without rendering HTML or charts.
Mentions are MENTIONS ``count``s (an article naming someone three times counts
three), the way the stored query ``top-mentioned`` counts them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.schema import ACTION_TYPES, Label, RelType

TOP_LABELS = (Label.PERSON, Label.ORGANIZATION, Label.PROGRAMME)
TOP_N = 10
PAIRS_N = 15
BUILD_LOG = "build.json"


@dataclass
class Ranked:
    name: str
    mentions: int
    articles: int


@dataclass
class Pair:
    who: str
    what: str
    times: int
    types: list[str]


@dataclass
class Figure:
    text: str
    value: float | None
    unit: str
    about: list[str]
    article: str
    date: str


@dataclass
class Facts:
    """Everything the report shows."""

    labels: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    top: dict[str, list[Ranked]] = field(default_factory=dict)
    timeline: list[tuple[str, int, int]] = field(default_factory=list)  # date, mentions, articles
    undated_articles: int = 0
    pairs: list[Pair] = field(default_factory=list)
    figures: dict[str, list[Figure]] = field(default_factory=dict)
    build: dict = field(default_factory=dict)


def label_of(data: dict) -> str:
    return next((p for p in str(data.get("labels", "")).split(":") if p), "Node")


def name_of(graph: nx.MultiDiGraph, node) -> str:
    data = graph.nodes[node]
    return str(data.get("name") or data.get("title") or node)


def facts_of(graph: nx.MultiDiGraph, build: dict | None = None) -> Facts:
    """The report's facts about ``graph`` (and the build log, when there is one)."""
    facts = Facts(build=build or {})
    facts.labels = Counter(label_of(d) for _, d in graph.nodes(data=True))
    facts.types = Counter(d.get("label") for *_, d in graph.edges(data=True))
    facts.top = {label.value: top_mentioned(graph, label) for label in TOP_LABELS}
    facts.timeline, facts.undated_articles = timeline(graph)
    facts.pairs = busiest_pairs(graph)
    facts.figures = figures_by_metric(graph)
    return facts


def top_mentioned(graph: nx.MultiDiGraph, label: str, n: int = TOP_N) -> list[Ranked]:
    mentions, articles = Counter(), defaultdict(set)
    for u, v, d in graph.edges(data=True):
        if d.get("label") == RelType.MENTIONS and label_of(graph.nodes[v]) == label:
            mentions[v] += int(d.get("count") or 1)
            articles[v].add(u)
    ranked = sorted(mentions, key=lambda v: (-mentions[v], -len(articles[v]), name_of(graph, v)))
    return [Ranked(name_of(graph, v), mentions[v], len(articles[v])) for v in ranked[:n]]


def timeline(graph: nx.MultiDiGraph) -> tuple[list[tuple[str, int, int]], int]:
    """Mentions and articles per article date, in date order; and how many articles have no
    date."""
    mentions, articles = Counter(), Counter()
    undated = 0
    for node, data in graph.nodes(data=True):
        if label_of(data) != Label.ARTICLE:
            continue
        date = str(data.get("date") or "")[:10]
        if not date:
            undated += 1
            continue
        articles[date] += 1
        mentions[date] += sum(
            int(d.get("count") or 1)
            for _, _, d in graph.out_edges(node, data=True)
            if d.get("label") == RelType.MENTIONS
        )
    return [(day, mentions[day], articles[day]) for day in sorted(articles)], undated


def busiest_pairs(graph: nx.MultiDiGraph, n: int = PAIRS_N) -> list[Pair]:
    """Who did what to whom most often: one pair per (subject, object), its action types."""
    times, types = Counter(), defaultdict(set)
    for u, v, d in graph.edges(data=True):
        if d.get("label") in ACTION_TYPES:
            times[u, v] += 1
            types[u, v].add(d["label"])
    ranked = sorted(times, key=lambda k: (-times[k], name_of(graph, k[0]), name_of(graph, k[1])))
    return [
        Pair(name_of(graph, u), name_of(graph, v), times[u, v], sorted(types[u, v]))
        for u, v in ranked[:n]
    ]


def figures_by_metric(graph: nx.MultiDiGraph) -> dict[str, list[Figure]]:
    """Every figure, grouped by what it counts (the most figures first), with what it
    measures and the article reporting it."""
    grouped: dict[str, list[Figure]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        if label_of(data) == Label.FIGURE:
            grouped[str(data.get("metric") or "—")].append(figure_of(graph, node))
    order = sorted(grouped, key=lambda metric: (-len(grouped[metric]), metric))
    return {metric: grouped[metric] for metric in order}


def figure_of(graph: nx.MultiDiGraph, node) -> Figure:
    data = graph.nodes[node]
    about = {
        name_of(graph, v)
        for _, v, d in graph.out_edges(node, data=True)
        if d.get("label") == RelType.MEASURES
    }
    sources = [
        u for u, _, d in graph.in_edges(node, data=True) if d.get("label") == RelType.REPORTS
    ]
    article = graph.nodes[sources[0]] if sources else {}
    return Figure(
        text=str(data.get("text") or data.get("name") or node),
        value=data.get("value"),
        unit=str(data.get("unit") or ""),
        about=sorted(about),
        article=str(article.get("title") or ""),
        date=str(data.get("as_of") or article.get("date") or ""),
    )


def read_build_log(out_dir: str | Path) -> dict:
    """OUT/build.json written by ``kg build`` (articles, seconds, errors); {} for older builds."""
    path = Path(out_dir) / BUILD_LOG
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReportError(f"{path}: cannot read the build log ({exc})") from None


class ReportError(KgError):
    """A build folder the report cannot read."""
