"""Query results as a terminal table, JSON or CSV.

Why its own module: results hold Chinese text (two terminal columns per
character), lists, maps and possibly graph objects; each format needs them
flattened its own way, and none of that concerns running queries.

Why the table is written by hand rather than with rich's ``Table``: tables
are read in pipes (``kg query … | grep``) as often as on a terminal. rich sizes
a table to the terminal and, outside one, to 80 columns, cutting cells down
(乌海市 became 乌…); getting plain output back means forcing a width, wrapping
every cell in ``Text`` (or ``[...]`` in a JSON cell is read as markup) and
stripping the padding, which is more code than the formatter below.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from neo4j.graph import Node, Path, Relationship

FORMATS = ("table", "json", "csv")
MAX_CELL = 60


def plain(value: Any) -> Any:
    """JSON-ready values: graph objects as maps of their properties, temporal values as ISO text."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def cell(value: Any) -> str:
    """One value for the table: scalars as they are, lists of scalars comma-joined, the rest
    JSON."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        return ", ".join("" if v is None else str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int = MAX_CELL) -> str:
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        used += width(ch)
        if used > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def format_table(columns: list[str], rows: list[list[Any]]) -> str:
    cells = [[clip(cell(v)) for v in row] for row in rows]
    widths = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(
            v + " " * (w - width(v)) for v, w in zip(values, widths, strict=False)
        ).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_json(columns: list[str], rows: list[list[Any]]) -> str:
    return json.dumps(
        [{c: plain(v) for c, v in zip(columns, row, strict=False)} for row in rows],
        ensure_ascii=False,
        indent=2,
    )


def format_csv(columns: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue().rstrip("\n")


def csv_cell(value: Any) -> Any:
    """Lists and maps as JSON, so that a CSV reader gets them back whole."""
    value = plain(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def format_rows(columns: list[str], rows: list[list[Any]], fmt: str = "table") -> str:
    formatters = {"table": format_table, "json": format_json, "csv": format_csv}
    if fmt not in formatters:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return formatters[fmt](columns, rows)
