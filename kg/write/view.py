"""A picture of the graph as one self-contained HTML file that opens offline.

Why pyvis with a page of our own: pyvis turns nodes and edges into the data
vis-network draws and ships vis-network itself, but its page template links
Bootstrap from a CDN whatever is asked. So pyvis renders through the template
below, which inlines vis-network's script and style from pyvis's package and
references nothing outside the file. Labels are coloured as in ``kg.grass``
(Neo4j Browser), relationships are named on the edges, and hovering shows
properties and evidence.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

from kg.errors import KgError
from kg.write.files import atomic_write

COLOURS = {
    "Article": "#A5ABB6",
    "Person": "#4C8EDA",
    "Organization": "#F79767",
    "Place": "#57C7E3",
    "Programme": "#8DCC93",
    "Event": "#F16667",
    "Figure": "#FFC454",
}
OTHER_COLOUR = "#C990C0"
MAX_NODES = 1500
LABEL_CHARS = 14
TIP_CHARS = 240
SKIP_PROPS = ("labels", "label", "text", "path", "id", "name")

TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{ heading|e }}</title>
<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>
<style>
  html, body { margin: 0; height: 100%; font-family: sans-serif; }
  header { padding: 6px 12px; border-bottom: 1px solid #ddd; }
  h1 { font-size: 16px; margin: 0 0 4px 0; }
  .legend { margin: 0; padding: 0; list-style: none; font-size: 13px; }
  .legend li { display: inline-block; margin-right: 14px; }
  .legend span { display: inline-block; width: 12px; height: 12px; border-radius: 6px;
                 margin-right: 4px; vertical-align: middle; }
  #graph { position: absolute; top: 56px; bottom: 0; left: 0; right: 0; }
</style>
</head>
<body>
<header>
  <h1>{{ heading|e }}</h1>
  <ul class="legend">{% for label, colour, count in legend %}
    <li><span style="background: {{ colour }}"></span>{{ label|e }} ({{ count }})</li>{% endfor %}
  </ul>
</header>
<div id="graph"></div>
<script>
  const nodes = new vis.DataSet({{ nodes|tojson }});
  const edges = new vis.DataSet({{ edges|tojson }});
  const network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges},
                                  {{ options }});
  network.once("stabilizationIterationsDone",
               function () { network.setOptions({physics: false}); });
</script>
</body>
</html>
"""

OPTIONS = {
    "nodes": {"shape": "dot", "size": 12, "font": {"size": 13}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 9, "align": "middle"},
        "color": {"color": "#9AA1AC", "highlight": "#555555"},
        "smooth": {"type": "continuous"},
    },
    "physics": {
        "solver": "barnesHut",
        "stabilization": {"iterations": 300},
        "barnesHut": {"gravitationalConstant": -6000, "springLength": 120},
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
}


class ViewError(KgError):
    """Nothing to draw: the name asked for is not in the graph."""


def first_label(data: dict) -> str:
    return next((part for part in str(data.get("labels", "")).split(":") if part), "Node")


def colour(label: str) -> str:
    return COLOURS.get(label, OTHER_COLOUR)


def clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def named(graph: nx.MultiDiGraph, name: str) -> list:
    """Nodes called ``name`` (name or alias); failing that, nodes whose name contains it."""
    exact = [
        n
        for n, d in graph.nodes(data=True)
        if d.get("name") == name or name in (d.get("aliases") or [])
    ]
    return exact or [n for n, d in graph.nodes(data=True) if name in str(d.get("name", ""))]


def neighbourhood(graph: nx.MultiDiGraph, around: str | None, depth: int) -> nx.MultiDiGraph:
    """The part of the graph within ``depth`` steps (either direction) of the nodes named
    ``around``."""
    if not around:
        return graph
    centres = named(graph, around)
    if not centres:
        raise ViewError(f"no node is named {around!r} in the graph")
    undirected = graph.to_undirected(as_view=True)
    keep = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    return graph.subgraph(keep)


def busiest(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """At most ``limit`` nodes, the most connected first: a browser cannot lay out everything."""
    if graph.number_of_nodes() <= limit:
        return graph
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))
    return graph.subgraph(ranked[:limit])


def shown_name(data: dict, node) -> str:
    """The name, and its scope when it has one: two papers' 王伟 are told apart on sight."""
    name = str(data.get("name", node))
    return f"{name} @{data['scope']}" if data.get("scope") else name


def node_tip(data: dict) -> str:
    lines = [f"{first_label(data)}: {data.get('name', data.get('id', ''))}"]
    for key, value in sorted(data.items()):
        if key not in SKIP_PROPS and value not in (None, "", []):
            text = ", ".join(map(str, value)) if isinstance(value, list) else value
            lines.append(f"{key}: {clip(text, TIP_CHARS)}")
    return "\n".join(lines)


def edge_tip(data: dict) -> str:
    lines = [str(data.get("label", ""))]
    for key, value in sorted(data.items()):
        if key not in SKIP_PROPS and value not in (None, ""):
            lines.append(f"{key}: {clip(value, TIP_CHARS)}")
    return "\n".join(lines)


def render_html(
    graph: nx.MultiDiGraph,
    around: str | None = None,
    depth: int = 1,
    max_nodes: int = MAX_NODES,
    title: str = "kg",
) -> str:
    """The HTML page of ``graph`` (or of the neighbourhood of ``around``)."""
    from pyvis.network import (
        Network,
    )  # imported here: it brings IPython, which other commands never need

    part = busiest(neighbourhood(graph, around, depth), max_nodes)
    heading = f"{title}: " + (
        f"around {around} ({depth} step{'s' if depth != 1 else ''}), " if around else ""
    )
    heading += f"{part.number_of_nodes()} nodes, {part.number_of_edges()} relationships"
    if part.number_of_nodes() < graph.number_of_nodes() and not around:
        heading += f" (the {max_nodes} most connected of {graph.number_of_nodes()})"
    net = Network(directed=True, cdn_resources="in_line", heading=heading)
    counts: dict[str, int] = {}
    for node, data in sorted(part.nodes(data=True), key=lambda item: str(item[0])):
        label = first_label(data)
        counts[label] = counts.get(label, 0) + 1
        net.add_node(
            str(node),
            label=clip(shown_name(data, node), LABEL_CHARS),
            title=node_tip(data),
            color=colour(label),
            shape="square" if label == "Article" else "dot",
        )
    parallel: dict[frozenset, int] = {}
    for u, v, data in part.edges(data=True):
        # Edges between the same two nodes bend apart, or their names print over each other.
        nth = parallel[frozenset((u, v))] = parallel.get(frozenset((u, v)), -1) + 1
        bend = {"smooth": {"type": "curvedCW", "roundness": 0.2 * nth}} if nth else {}
        net.add_edge(str(u), str(v), label=str(data.get("label", "")), title=edge_tip(data), **bend)
    net.options = OPTIONS
    net.templateEnv = Environment(
        loader=ChoiceLoader(
            [DictLoader({"kg-view.html": TEMPLATE}), FileSystemLoader(net.template_dir)]
        )
    )
    net.templateEnv.globals["legend"] = [
        (label, colour(label), counts[label]) for label in sorted(counts)
    ]
    net.path = "kg-view.html"
    return net.generate_html()


def write_view(
    graph: nx.MultiDiGraph,
    out: str | Path,
    around: str | None = None,
    depth: int = 1,
    max_nodes: int = MAX_NODES,
) -> Path:
    html = render_html(graph, around, depth, max_nodes)
    path = Path(out)
    atomic_write(path, lambda fh: fh.write(html.encode("utf-8")))
    return path
