"""Where a build writes: checked before it starts, and never a worse graph over a good one.

Why: a read-only ``--out`` (or one naming a file) used to fail only after all
extraction was done, and a typo in the inputs (``kg build seedz``) replaced a
good ``graph.graphml`` with an empty one. Folders are probed by writing a
file, not by permission bits, so that read-only mounts and ACLs count. The
graph already in ``--out`` is replaced by this build's unless this build has no
article, or some inputs failed and it has fewer articles than that graph:
then the old files stay, and ``--force`` (``force=True``) replaces them anyway.
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from kg.builder.options import OptionError

GRAPH_FILES = ("graph.graphml", "graph.json")


def check_writable_folder(folder: str | os.PathLike, option: str) -> None:
    """``folder`` is, or can be made, a folder this process can write in."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise OptionError(option, f"{str(path)!r} is a file, not a folder")
    existing = next(p for p in (path, *path.absolute().parents) if p.exists())
    if not existing.is_dir():
        raise OptionError(option, f"{str(path)!r} cannot be made: {existing} is a file")
    try:
        fd, probe = tempfile.mkstemp(dir=existing, prefix=".kg-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OptionError(
            option, f"{str(path)!r} cannot be written ({exc.strerror or exc})"
        ) from None


def check_out_folder(out: str | os.PathLike) -> None:
    """``--out`` can take graph.graphml and graph.json."""
    check_writable_folder(out, "out")
    for name in GRAPH_FILES:
        if (Path(out) / name).is_dir():
            raise OptionError("out", f"{Path(out) / name} is a folder; kg writes a file there")


def worse_than_existing(out: str | os.PathLike, graph: nx.MultiDiGraph, failures: int) -> str:
    """Why this build's graph must not replace the one in ``out`` ('' when it may)."""
    old = article_count(Path(out) / GRAPH_FILES[0])
    if not old:
        return ""
    new = sum(1 for _, d in graph.nodes(data=True) if d.get("labels") == ":Article")
    if new == 0:
        return f"kept the graph of an earlier build ({old} articles): this build has none"
    if failures and new < old:
        return (
            f"kept the graph of an earlier build ({old} articles): {failures} input(s) of this "
            f"build failed and it has {new}"
        )
    return ""


def article_count(path: Path) -> int:
    """Articles in a GraphML file kg wrote, read as a stream (0 when there is none to read)."""
    count = 0
    try:
        for _, element in ET.iterparse(path):
            if element.tag.endswith("}data") and element.get("key") == "labels":
                count += element.text == ":Article"
            element.clear()
    except (OSError, ET.ParseError):
        return 0
    return count
