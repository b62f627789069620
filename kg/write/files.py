"""GraphML (APOC/Gephi: node key ``labels``, edge key ``label``, lists as JSON strings)
and node-link JSON, written whole or not at all (temporary file, then rename)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import networkx as nx


def atomic_write(path: Path, write) -> None:
    """Write via a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        ordinary_mode(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def ordinary_mode(path: str | Path) -> None:
    """mkstemp makes a file private; outputs are ordinary files (read-write as umask allows)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def graphml_ready(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose property values GraphML can hold: lists and dicts become JSON strings."""

    def flat(d):
        return {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v)
            for k, v in d.items()
            if v is not None
        }

    out = nx.MultiDiGraph()
    out.add_nodes_from((n, flat(d)) for n, d in g.nodes(data=True))
    out.add_edges_from((u, v, k, flat(d)) for u, v, k, d in g.edges(keys=True, data=True))
    return out


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    ready = graphml_ready(g)
    atomic_write(
        Path(path), lambda fh: nx.write_graphml_xml(ready, fh, encoding="utf-8", named_key_ids=True)
    )


def write_node_link(g: nx.MultiDiGraph, path: str | Path) -> None:
    data = nx.node_link_data(g, edges="edges")
    blob = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    atomic_write(Path(path), lambda fh: fh.write(blob))


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """A graph written by kg (GraphML, or the output folder holding graph.graphml); JSON strings of
    lists are turned back into lists."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.graphml"
    g = nx.read_graphml(p, force_multigraph=True)
    for _, d in list(g.nodes(data=True)) + [(None, d) for *_, d in g.edges(data=True)]:
        for k, v in d.items():
            if isinstance(v, str) and v.startswith("[") and v.endswith("]"):
                with contextlib.suppress(ValueError):
                    d[k] = json.loads(v)
    return nx.MultiDiGraph(g)
