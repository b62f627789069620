"""CSV files for ``neo4j-admin database import full``: loads far beyond what Bolt can take.

Why these rows: they are the store writer's own (``kg.store.rows``), so a node
is (first label, ``id``), a relationship carries the same ``edge_key`` and
property values, and an import holds what ``kg load`` would have merged.
Repeated identities are merged first (later values win), as MERGE would. Each
label set gets a node file and each (type, start label, end label) a
relationship file; ``id`` is the ID column in the ID space of the node's first
label, and property columns carry their type (``long``, ``double``,
``boolean``, ``string`` and their ``[]`` arrays, which are what Bolt stores
for Python ints, floats, bools and strings). Empty fields mean "no value" to
neo4j-admin, so empty strings and empty lists are left out. ``import.sh``
holds the command with every file and the array delimiter.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.store.rows import graph_rows, merged
from kg.write.files import atomic_write

DELIMITERS = (";", "|", "\x1f")


class ExportError(KgError):
    """The graph cannot be written in the format asked for."""


TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


@dataclass
class ImportFiles:
    """What an export wrote: file names (relative to the folder) and row counts."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    array_delimiter: str
    command: str


def column_type(values: list) -> str:
    """The one neo4j-admin type that holds every value of a column (arrays end in ``[]``)."""
    arrays = any(isinstance(v, list) for v in values)
    items = [x for v in values for x in (v if isinstance(v, list) else [v])]
    kinds = {next(name for kind, name in TYPES if isinstance(x, kind)) for x in items}
    kind = "double" if kinds == {"long", "double"} else kinds.pop() if len(kinds) == 1 else "string"
    return kind + ("[]" if arrays else "")


def cell(value, delimiter: str) -> str | None:
    if isinstance(value, list):
        return delimiter.join(cell(x, delimiter) for x in value) or None
    if isinstance(value, bool):
        return "true" if value else "false"
    return None if value is None or value == "" else str(value)


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    atomic_write(path, lambda fh: fh.write(text.getvalue().encode("utf-8")))


def property_columns(rows: list[dict], skip: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, "name:type") for every property of ``rows`` but ``skip``, in first-seen order."""
    names = [k for k in dict.fromkeys(k for row in rows for k in row["props"]) if k not in skip]
    return [
        (n, f"{n}:{column_type([r['props'][n] for r in rows if n in r['props']])}") for n in names
    ]


def table(rows: list[dict], fixed: list[str], fields, delimiter: str, skip=()) -> tuple:
    """Header and cells: the ``fixed`` columns from ``fields(row)``, then the typed properties."""
    columns = property_columns(rows, skip)
    header = fixed + [typed for _, typed in columns]
    body = [
        fields(row) + [cell(row["props"].get(name), delimiter) for name, _ in columns]
        for row in rows
    ]
    return header, body


def node_rows(graph: nx.MultiDiGraph) -> dict[tuple[str, ...], list[dict]]:
    """Rows by label set, one per (first label, id): labels and properties merged in order."""
    nodes, edges = graph_rows(graph)
    by_id: dict[tuple[str, str], dict] = {}
    for batch in nodes:
        for row in batch.rows:
            seen = by_id.setdefault((batch.labels[0], row["id"]), {**row, "labels": ()})
            seen["labels"] = tuple(dict.fromkeys(seen["labels"] + batch.labels))
            seen["props"] = {**seen["props"], **row["props"]}
    grouped: dict[tuple[str, ...], list[dict]] = {}
    for row in by_id.values():
        grouped.setdefault(row["labels"], []).append(row)
    return grouped


def array_delimiter(rows: list[dict]) -> str:
    """The first delimiter no array item contains."""
    items = [str(x) for r in rows for v in r["props"].values() if isinstance(v, list) for x in v]
    for delimiter in DELIMITERS:
        if not any(delimiter in x for x in items):
            return delimiter
    raise ExportError(
        "cannot export for neo4j-admin: list values hold every array delimiter (;|\\x1f)"
    )


def export_neo4j_import(graph: nx.MultiDiGraph, out: str | Path) -> ImportFiles:
    """Write node and relationship CSV files and ``import.sh`` into ``out``."""
    out = Path(out)
    nodes = node_rows(graph)
    edges = [(b, merged(b.rows, "key")) for b in graph_rows(graph)[1]]
    every = [r for rows in nodes.values() for r in rows] + [r for _, rows in edges for r in rows]
    delimiter = array_delimiter(every)
    files = ImportFiles({}, {}, delimiter, "")
    for labels, rows in sorted(nodes.items()):
        name = f"nodes/{'_'.join(labels)}.csv"
        header, body = table(
            rows,
            [f"id:ID({labels[0]})", ":LABEL"],
            lambda r: [r["id"], delimiter.join(r["labels"])],
            delimiter,
            skip=("id",),  # the ID column, named id, is the property
        )
        write_csv(out / name, header, body)
        files.nodes[name] = len(rows)
    for batch, rows in edges:
        name = f"relationships/{batch.type}_{batch.start_label}_{batch.end_label}.csv"
        fixed = [
            f":START_ID({batch.start_label})",
            f":END_ID({batch.end_label})",
            ":TYPE",
            "edge_key",
        ]
        header, body = table(
            rows,
            fixed,
            lambda r, kind=batch.type: [r["start"], r["end"], kind, r["key"]],
            delimiter,
        )
        write_csv(out / name, header, body)
        files.relationships[name] = len(rows)
    files.command = import_command(files)
    atomic_write(out / "import.sh", lambda fh: fh.write(files.command.encode("utf-8")))
    return files


def import_command(files: ImportFiles) -> str:
    """The neo4j-admin line, run from the export folder, into database ``neo4j``."""
    args = [f"--nodes={name}" for name in files.nodes] + [
        f"--relationships={name}" for name in files.relationships
    ]
    return (
        "#!/bin/sh\n# Run in this folder with the database stopped (neo4j-admin 5).\n"
        "neo4j-admin database import full neo4j --overwrite-destination "
        f"--array-delimiter=U+{ord(files.array_delimiter):04X} \\\n  " + " \\\n  ".join(args) + "\n"
    )
