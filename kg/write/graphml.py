"""GraphML written one node and one edge at a time, byte for byte as networkx writes it.

Why: networkx's writer builds an ElementTree of the whole document (an element per node,
edge and property) before writing a byte, on a copy of the graph whose lists are made
JSON strings: for a build of 10,000 articles that was 0.9 GB above the graph itself,
most of the build's peak memory. Here the keys are gathered in a first pass over the
properties (networkx declares a key when it first meets a property, each new one ahead
of the others), then each node and edge is made an element, indented and written with
networkx's own writer methods, so that the file is the one ``nx.write_graphml_xml`` writes
(``tests/write/test_graphml.py`` checks it).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import BinaryIO

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

# ElementTree's escaping, so that each element is escaped exactly as ET.tostring escapes it
escape_attrib = ET._escape_attrib
escape_cdata = ET._escape_cdata

MARK = "\x00kg-elements\x00"  # where the nodes and edges go in the document's frame


def flat(d: dict) -> dict:
    """Property values GraphML can hold: lists and dicts become JSON strings, None is left out."""
    return {
        k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v)
        for k, v in d.items()
        if v is not None
    }


def elements(g: nx.MultiDiGraph) -> Iterator[tuple[str, dict, dict]]:
    """(tag, XML attributes, properties) of each node, then each edge, in the graph's order."""
    for n, d in g.nodes(data=True):
        yield "node", {"id": str(n)}, d
    for u, v, k, d in g.edges(keys=True, data=True):
        yield "edge", {"source": str(u), "target": str(v), "id": str(k)}, d


def write_graphml_stream(g: nx.MultiDiGraph, fh: BinaryIO) -> None:
    """``g`` as GraphML (named key ids, UTF-8, indented) to the binary file ``fh``."""
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True)
    left = g.number_of_nodes() + g.number_of_edges()
    if not left:  # networkx writes an empty graph element in a form of its own
        writer.add_graph_element(g)
        writer.dump(fh)
        return
    for tag, _, data in elements(g):
        for k, v in data.items():
            if v is not None:  # flat's JSON strings are str: their type is all a key needs
                key_of(writer, k, "" if isinstance(v, (list, dict, tuple)) else v, tag)
    head, tail = frame(writer, "directed" if g.is_directed() else "undirected")
    fh.write(head)
    for tag, attributes, data in elements(g):
        left -= 1
        text = element_xml(writer, tag, attributes, flat(data))
        fh.write((text + ("\n    " if left else "\n  ")).encode("utf-8", "xmlcharrefreplace"))
    fh.write(tail)


def element_xml(writer: GraphMLWriter, tag: str, attributes: dict, data: dict) -> str:
    """One node or edge as ``ET.tostring`` writes it once networkx's ``indent(element, 2)`` has
    indented it (its tail aside), made as a string: building and serialising an ElementTree
    per element was most of the writing time. Escaped by ElementTree's own functions."""
    head = f"<{tag}" + "".join(f' {k}="{escape_attrib(v)}"' for k, v in attributes.items())
    if not data:
        return head + " />"
    rows = []
    for k, v in data.items():
        key = escape_attrib(key_of(writer, k, v, tag))
        value = str(v)
        rows.append(
            f'<data key="{key}">{escape_cdata(value)}</data>' if value else f'<data key="{key}" />'
        )
    return f"{head}>\n      " + "\n      ".join(rows) + f"\n    </{tag}>"


def key_of(writer: GraphMLWriter, name, value, scope: str) -> str:
    """The id of the key of this property, declared when first met (as networkx's add_data)."""
    if type(value) not in writer.xml_type:
        raise nx.NetworkXError(f"GraphML writer does not support {type(value)} as data values.")
    return writer.get_key(str(name), writer.get_xml_type(type(value)), scope, None)


def frame(writer: GraphMLWriter, edgedefault: str) -> tuple[bytes, bytes]:
    """The document up to its first node and from after its last edge: the declaration, the
    keys and the graph element, as networkx indents and writes them."""
    graph = ET.SubElement(writer.xml, "graph", edgedefault=edgedefault)
    ET.SubElement(graph, "node").text = MARK
    writer.indent(writer.xml)
    whole = b"<?xml version='1.0' encoding='utf-8'?>\n" + serialized(writer.xml)
    head, _, tail = whole.partition(f"<node>{MARK}</node>".encode())
    return head, tail.removeprefix(b"\n  ")


def serialized(element: ET.Element) -> bytes:
    """As ``ElementTree.write`` writes it in UTF-8 (a character UTF-8 cannot hold, a lone
    surrogate, as a character reference)."""
    return ET.tostring(element, encoding="unicode").encode("utf-8", "xmlcharrefreplace")
