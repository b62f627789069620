"""Node-link JSON written a node and an edge at a time, byte for byte as
``json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1, sort_keys=True)``.

Why: node_link_data copies every node's and edge's properties into a new dict, and
``json.dumps`` makes the whole file one string before a byte is written: a build's
graph.json is as large as its GraphML, and both sat in memory beside the graph. Here each
node and edge is encoded alone and indented to its depth (an encoded JSON string holds
no line break, so indenting is adding spaces after each one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import TextIO

import networkx as nx

ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=True)  # json.dumps's, once
LEAF = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # no indent: json's C encoder


def write_node_link_stream(g: nx.MultiDiGraph, text: TextIO) -> None:
    """``g`` as node-link JSON (edges under "edges") to the text file ``text``."""
    edges = g.edges(keys=True, data=True)
    sections = {
        "directed": g.is_directed(),
        "edges": ({**d, "source": u, "target": v, "key": k} for u, v, k, d in edges),
        "graph": g.graph,
        "multigraph": g.is_multigraph(),
        "nodes": ({**d, "id": n} for n, d in g.nodes(data=True)),
    }
    text.write("{")
    for n, (name, value) in enumerate(sections.items()):
        text.write(("," if n else "") + f"\n {json.dumps(name)}: ")
        if isinstance(value, Iterator):
            listed(value, text)
        else:
            text.write(encoded(value))
    text.write("\n}")


def listed(items: Iterator[dict], text: TextIO) -> None:
    """A list at depth 1, one item at a time."""
    first = True
    for item in items:
        text.write(("[" if first else ",") + "\n  " + encoded(item, depth=2))
        first = False
    text.write("[]" if first else "\n ]")


def encoded(value, depth: int = 1) -> str:
    """``value`` as json.dumps writes it at ``depth`` inside the indented document.

    json's indenting encoder is pure Python; here dicts and lists are laid out as it lays
    them out, and everything else (strings, numbers, dicts with keys that are not strings)
    is left to the C encoder, which writes them as json.dumps does.
    """
    if type(value) is str:
        return encode_basestring(value)  # what both encoders call for a string
    if isinstance(value, dict) and all(type(k) is str for k in value):
        if not value:
            return "{}"
        inner = "\n" + " " * (depth + 1)
        items = (
            f"{encode_basestring(k)}: {encoded(v, depth + 1)}" for k, v in sorted(value.items())
        )
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * depth + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        items = (encoded(v, depth + 1) for v in value)
        return "[" + inner + ("," + inner).join(items) + "\n" + " " * depth + "]"
    if isinstance(value, dict):
        return ENCODER.encode(value).replace("\n", "\n" + " " * depth)
    return LEAF.encode(value)
