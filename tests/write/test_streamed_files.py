"""GraphML and node-link JSON written a node and an edge at a time are the files networkx
and json write from the whole graph: on the seed page's build, on the store tests' small
graph, on every kind of value, and on an empty graph; a value GraphML cannot hold is
refused as networkx refuses it."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

import kg
from kg.write.graphml import flat, write_graphml_stream
from kg.write.nodelink import write_node_link_stream
from tests.conftest import small_graph
from tests.helpers import SEED_PAGE


def networkx_bytes(g: nx.MultiDiGraph) -> bytes:
    """What kg wrote before: networkx's writer on a copy whose lists are JSON strings."""
    ready = nx.MultiDiGraph()
    ready.add_nodes_from((n, flat(d)) for n, d in g.nodes(data=True))
    ready.add_edges_from((u, v, k, flat(d)) for u, v, k, d in g.edges(keys=True, data=True))
    buffer = io.BytesIO()
    nx.write_graphml_xml(ready, buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue()


def streamed_bytes(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml_stream(g, buffer)
    return buffer.getvalue()


def json_text(g: nx.MultiDiGraph) -> str:
    """What kg wrote before: the node-link data made whole, then dumped as one string."""
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def streamed_json(g: nx.MultiDiGraph) -> str:
    text = io.StringIO()
    write_node_link_stream(g, text)
    return text.getvalue()


@pytest.fixture(scope="module")
def seed_graph() -> nx.MultiDiGraph:
    return kg.build([SEED_PAGE])


def odd_values() -> nx.MultiDiGraph:
    """Every kind of value, keys first met on an edge, a node without properties, parallel
    edges, characters XML escapes (in ids, values and property names), empty values, a
    lone surrogate, a value of one name in two types."""
    g = nx.MultiDiGraph()
    g.add_node("a<&>\"'", labels=":Place", name="甲&乙 <丙>", aliases=["甲", "乙"], value=1.5)
    g.add_node("bare")
    g.add_node(
        "c",
        labels=":Figure",
        value=3,
        flag=True,
        missing=None,
        facts={"k": [1, 2], "a": {}, "z": [{"y": None, "x": [[]]}]},
    )
    g.add_edge("bare", "c", label="MEASURES", weight=2, evidence="“引号”\t和\n换行")
    g.add_edge("bare", "c", label="MEASURES", weight=2.0, ratio=float("nan"), sources=[])
    g.add_edge("c", "bare", codes={2: "two", 1: [0.1, -0.0, 1e300]})
    g.add_edge("c", "a<&>\"'", label="LOCATED_IN", title="")
    g.add_node("line\r\n\tbreaks", labels="", note="lone \ud800 surrogate", **{'odd "key" <&>': 1})
    return g


@pytest.mark.parametrize("make", [odd_values, small_graph, nx.MultiDiGraph])
def test_streamed_files_are_the_files_of_the_whole_graph(make):
    g = make()
    assert streamed_bytes(g) == networkx_bytes(g)
    assert streamed_json(g) == json_text(g)


def test_the_seed_build_is_written_as_before(seed_graph):
    assert seed_graph.number_of_edges() > 100
    written = streamed_bytes(seed_graph)
    assert written == networkx_bytes(seed_graph)
    assert json.loads(nx.read_graphml(io.BytesIO(written)).nodes["Place:乌海市"]["aliases"])
    assert streamed_json(seed_graph) == json_text(seed_graph)


def test_a_value_graphml_cannot_hold_is_refused_as_networkx_refuses_it():
    g = nx.MultiDiGraph()
    g.add_node("n", labels=":Person", value=object())
    with pytest.raises(nx.NetworkXError, match="does not support"):
        streamed_bytes(g)
