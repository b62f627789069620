"""``kg export --format neo4j-import``: headers as neo4j-admin documents them, rows as kg loads."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.cli.main import main as kg_main
from kg.store import write_graph
from kg.store.rows import edge_key
from kg.write import write_graphml
from tests.conftest import empty, entity, small_graph

# The header fields of neo4j-admin database import (Neo4j 5 operations manual, "CSV header
# format"): ID, LABEL, START_ID, END_ID and TYPE fields, and name:type property fields.
TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time"
FIELD = re.compile(
    r"^(?:(?P<name>[^:]*):(?P<kind>ID|START_ID|END_ID)(?:\((?P<space>[^)]+)\))?"
    r"|:(?P<meta>LABEL|TYPE)"
    rf"|(?P<prop>[^:]+)(?::(?P<type>{TYPES})(?P<array>\[\])?)?)$"
)
CAST = {"long": int, "int": int, "double": float, "float": float, "string": str}


def exported_graph() -> nx.MultiDiGraph:
    g = small_graph()
    paper = entity(g, "Organization", "乌海日报社", aliases=["日报社"], verified=True)
    person = next(n for n, d in g.nodes(data=True) if d["labels"] == ":Person")
    for count in (1, 2):  # one fact twice: one relationship
        g.add_edge(person, paper, label="HOLDS_POSITION", article="a1", title="记者", count=count)
    return g


def value(text: str, kind: str, array: bool, delimiter: str):
    if text == "":
        return None
    cast = (lambda t: t == "true") if kind == "boolean" else CAST[kind or "string"]
    return [cast(x) for x in text.split(delimiter)] if array else cast(text)


def read_back(out: Path, delimiter: str) -> nx.MultiDiGraph:
    """The export read as neo4j-admin would: typed by its header, checked field by field."""
    g = nx.MultiDiGraph()
    for path in sorted(out.glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        fields = [FIELD.match(h) for h in header]
        assert all(fields), f"{path.name}: {header}"
        for row in rows:
            ids, props, meta = {}, {}, {}
            for field, text in zip(fields, row, strict=True):
                if field["kind"]:
                    ids[field["kind"]] = (field["space"], text)
                    if field["name"]:
                        props[field["name"]] = text
                elif field["meta"]:
                    meta[field["meta"]] = text
                elif (v := value(text, field["type"], bool(field["array"]), delimiter)) is not None:
                    props[field["prop"]] = v
            if "ID" in ids:
                labels = meta["LABEL"].split(delimiter)
                assert ids["ID"][0] == labels[0]
                g.add_node(ids["ID"], labels=":" + ":".join(labels), **props)
            else:
                key = props.pop("edge_key")
                start, end = ids["START_ID"], ids["END_ID"]
                assert key == edge_key(meta["TYPE"], start[1], end[1], props)
                g.add_edge(start, end, label=meta["TYPE"], **props)
    return g


def counts(store) -> tuple[Counter, Counter]:
    run = store.driver.execute_query
    nodes, _, _ = run("MATCH (n) RETURN labels(n) AS l", database_=store.database)
    rels, _, _ = run("MATCH ()-[r]->() RETURN type(r) AS t", database_=store.database)
    return Counter(tuple(sorted(r["l"])) for r in nodes), Counter(r["t"] for r in rels)


def test_export_headers_parse_and_load_the_same_graph(embedded, tmp_path, capsys):
    g = exported_graph()
    write_graphml(g, tmp_path / "build" / "graph.graphml")
    status = kg_main(["export", str(tmp_path / "imp"), "--graph", str(tmp_path / "build")])
    assert status == 0 and "wrote 18 nodes" in capsys.readouterr().out
    script = (tmp_path / "imp" / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--array-delimiter=U+003B" in script
    assert script.count("--nodes=") == 7 and "--relationships=" in script  # one file a label
    back = read_back(tmp_path / "imp", ";")
    paper = back.nodes[("Organization", "Organization:乌海日报社")]
    assert paper["aliases"] == ["日报社"] and paper["verified"] is True
    assert paper["labels"] == ":Organization"
    empty(embedded)
    write_graph(embedded, g)
    direct = counts(embedded)
    empty(embedded)
    write_graph(embedded, back)
    assert counts(embedded) == direct
    assert sum(direct[0].values()) == 18 and sum(direct[1].values()) == g.number_of_edges() - 1
