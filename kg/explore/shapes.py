"""What the page draws, as JSON: nodes and relationships from the store, and back to GraphML.

Why its own module: the driver's ``Node`` and ``Relationship`` objects know
element ids, the page knows kg ids, colours and articles; the GraphML export
must come out in kg's own shape (node key ``labels`` as ``:Person``, edge key
``label``) so that ``kg view --graph`` and Gephi read it like a build's. None
of that is about routing requests or querying.
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from kg.cli.output import plain
from kg.errors import UsageError
from kg.schema import NODE_LABELS
from kg.store.delta import HASH
from kg.write.graphml import write_graphml_stream
from kg.write.view import colour

# an article's text is read on its own page, not carried with every node; kg_hash is the
# loader's bookkeeping (kg.store.delta), nothing a reader needs
HIDDEN = ("text", HASH)


def first_label(labels) -> str:
    labels = sorted(labels)
    return next((x for x in labels if x in NODE_LABELS), labels[0] if labels else "Node")


def node_json(node) -> dict[str, Any]:
    """A node for the page: kg id, label, name, colour and its other properties."""
    props = {k: plain(v) for k, v in node.items() if k not in HIDDEN}
    label = first_label(node.labels)
    node_id = str(props.get("id") or node.element_id)
    name = props.get("name") or props.get("title") or node_id
    return {"id": node_id, "label": label, "name": name, "colour": colour(label), "props": props}


def edge_json(row: dict[str, Any], kg_ids: dict[str, str]) -> dict[str, Any]:
    """A relationship for the page, with the article it was read from (a neighbourhood row)."""
    rel = row["r"]
    props = {k: plain(v) for k, v in rel.items() if k not in HIDDEN}
    return {
        "id": rel.element_id,
        "type": rel.type,
        "from": kg_ids[rel.start_node.element_id],
        "to": kg_ids[rel.end_node.element_id],
        "date": row.get("date"),
        "props": props,
        "article": {
            "id": props.get("article"),
            "title": row.get("article_title"),
            "date": row.get("article_date"),
            "source": row.get("article_source"),
        },
    }


def view_json(centres: list, rows: list[dict[str, Any]]) -> dict[str, list]:
    """Nodes and relationships of neighbourhood rows, each once, the ``centres`` included."""
    nodes: dict[str, dict] = {}
    kg_ids: dict[str, str] = {}
    for node in centres + [row[k] for row in rows for k in ("n", "m")]:
        if node.element_id not in kg_ids:
            shaped = node_json(node)
            kg_ids[node.element_id] = shaped["id"]
            nodes.setdefault(shaped["id"], shaped)
    edges = {}
    for row in rows:
        edges.setdefault(row["r"].element_id, edge_json(row, kg_ids))
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def graphml_bytes(view: Any) -> bytes:
    """The view the page holds (``{"nodes": [...], "edges": [...]}`` as ``view_json`` made
    them) as GraphML in kg's shape."""
    if not isinstance(view, dict):
        raise UsageError("the export takes {nodes: [...], edges: [...]}")
    graph = nx.MultiDiGraph()
    try:
        for node in view.get("nodes") or []:
            props = dict(node.get("props") or {})
            graph.add_node(node["id"], **{**props, "labels": f":{node['label']}"})
        for edge in view.get("edges") or []:
            if edge["from"] in graph and edge["to"] in graph:
                graph.add_edge(edge["from"], edge["to"], **{**edge["props"], "label": edge["type"]})
    except (KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"the export cannot read the view it was sent ({exc!r} missing)") from None
    buffer = io.BytesIO()
    write_graphml_stream(graph, buffer)
    return buffer.getvalue()
