"""GraphML (APOC/Gephi: node key ``labels``, edge key ``label``, lists as JSON strings)
and node-link JSON, written whole or not at all (temporary file, then rename), as they are
made rather than made whole in memory first."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from kg.write.graphml import write_graphml_stream
from kg.write.nodelink import write_node_link_stream


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


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Lists and dicts as JSON strings; written a node and an edge at a time (kg.write.graphml)."""
    atomic_write(Path(path), lambda fh: write_graphml_stream(g, fh))


def write_node_link(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Written a node and an edge at a time (kg.write.nodelink)."""

    def write(fh) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
        write_node_link_stream(g, text)
        text.flush()
        text.detach()

    atomic_write(Path(path), write)


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
