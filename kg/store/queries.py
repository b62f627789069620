"""Stored Cypher queries: one ``queries/NAME.cypher`` each, run read-only with parameters.

Why stored: the questions people ask of the graph (who did what, who holds
posts where) are written once, reviewed, tested against both stores, and
run by name. The header comment of each file is its documentation:

    // What the query answers, in as many lines as it takes.
    //
    // @param name (string, example 李春晓): what the parameter is
    // @param limit (integer, default 10, example 5): ...
    // @param label (string, optional, example Person): ...   (optional: null when not given)

Values given on the command line are typed from the header and sent as
parameters, never pasted into the text. A query that writes data or schema
(CREATE, MERGE, SET, DELETE, REMOVE, DROP, procedure CALLs…) is refused when it
is read, before anything is sent: ArcadeDB does not enforce read access over
Bolt and a schema change is not undone by a rollback. The rest run in a READ
transaction, and one whose summary still shows an update is rolled back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j.exceptions import DriverError, Neo4jError

from kg.errors import UsageError
from kg.shipped import QUERIES_DIR
from kg.store.connection import StoreError, describe_failure
from kg.store.session import Store

TYPES = {"string": str, "integer": int, "float": float}
PARAM = re.compile(r"@param\s+(\w+)\s*\(([^)]*)\)\s*:\s*(.*)")
CYPHER_NOISE = re.compile(
    r"//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", re.S
)
WRITES = re.compile(
    r"\b(?:CREATE|MERGE|DELETE|DETACH\s+DELETE|SET|REMOVE|DROP|ALTER|FOREACH|LOAD\s+CSV"
    r"|GRANT|DENY|REVOKE|CALL\s+(?!\{)[\w.]+)\b",
    re.I,
)


class QueryError(UsageError):
    """A stored query that is unknown, badly called, malformed, failing or trying to write."""


@dataclass
class Param:
    name: str
    type: str
    help: str
    example: str | None = None
    default: str | None = None
    optional: bool = False

    def convert(self, text: str) -> Any:
        try:
            return TYPES[self.type](text)
        except ValueError:
            raise QueryError(f"parameter {self.name} takes {self.type}, not {text!r}") from None


@dataclass
class StoredQuery:
    name: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameters from text values: defaults filled in, unknown or missing refused."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(
                f"{self.name} takes no parameter {', '.join(unknown)} "
                f"(it takes: {', '.join(known) or 'none'})"
            )
        bound = {}
        for p in self.params:
            if p.name in given:
                bound[p.name] = p.convert(given[p.name])
            elif p.default is not None:
                bound[p.name] = p.convert(p.default)
            elif p.optional:
                bound[p.name] = None
            else:
                raise QueryError(
                    f"{self.name} needs --param {p.name}=… ({p.help}; e.g. {p.example})"
                )
        return bound

    def example_params(self) -> dict[str, str]:
        return {p.name: p.example for p in self.params if p.example is not None}


def parse_query(path: Path) -> StoredQuery:
    """Read a .cypher file: leading ``//`` lines are the header, the rest the query."""
    header, body = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not body and line.startswith("//"):
            header.append(line[2:].strip())
        elif body or line.strip():
            body.append(line)
    description, params = [], []
    for line in header:
        if line.startswith("@param"):
            params.append(parse_param(line, path))
        elif line:
            description.append(line)
    if not body or not description:
        raise QueryError(f"{path}: needs a header comment describing it and a query")
    text = "\n".join(body).strip()
    clauses = writing_clauses(text)
    if clauses:
        raise QueryError(
            f"{path}: stored queries may only read, and this one has {', '.join(clauses)}; "
            "it was not run"
        )
    return StoredQuery(path.stem, " ".join(description), text, params)


def writing_clauses(text: str) -> list[str]:
    """The clauses of a Cypher text that write data or schema or call procedures (which may
    write), outside comments and string literals: refused before anything is sent, since
    ArcadeDB does not enforce read-only transactions over Bolt and schema changes are not
    rolled back."""
    code = CYPHER_NOISE.sub(" ", text)
    return sorted({" ".join(m.group(0).upper().split()) for m in WRITES.finditer(code)})


def parse_param(line: str, path: Path) -> Param:
    match = PARAM.match(line)
    if not match:
        raise QueryError(f"{path}: cannot read {line!r}; write @param NAME (TYPE, example X): help")
    name, spec, help_text = match.groups()
    kind, *attrs = [part.strip() for part in spec.split(",")]
    if kind not in TYPES:
        raise QueryError(
            f"{path}: parameter {name} has type {kind!r}; use one of {', '.join(TYPES)}"
        )
    param = Param(name, kind, help_text.strip())
    for attr in attrs:
        key, _, value = attr.partition(" ")
        if key == "example":
            param.example = value.strip()
        elif key == "default":
            param.default = value.strip()
        elif key == "optional" and not value:
            param.optional = True
        else:
            raise QueryError(
                f"{path}: parameter {name}: unknown {attr!r} (example, default, optional)"
            )
    return param


def load_queries(directory: str | Path = QUERIES_DIR) -> dict[str, StoredQuery]:
    """All stored queries by name (the file name without .cypher)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise QueryError(f"no stored queries: {directory} is not a folder")
    return {path.stem: parse_query(path) for path in sorted(directory.glob("*.cypher"))}


def run_query(
    store: Store, query: StoredQuery, params: dict[str, Any]
) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows of a stored query, run read-only with ``params``."""
    try:
        with store.driver.session(database=store.database) as session:
            return session.execute_read(read_only, query, params)
    except Neo4jError as exc:
        first_line = (str(exc.message or exc).strip().splitlines() or ["error"])[0]
        raise QueryError(f"{query.name} failed on {store.where}: {first_line}") from None
    except DriverError as exc:
        raise StoreError(f"{query.name}: {describe_failure(exc, store.endpoint)}") from None


def read_only(tx, query: StoredQuery, params: dict[str, Any]):
    result = tx.run(query.text, params)
    keys = list(result.keys())
    rows = [list(record.values()) for record in result]
    counters = result.consume().counters
    if counters.contains_updates or counters.contains_system_updates:
        raise QueryError(
            f"{query.name} tried to change the graph; stored queries may only read "
            "(its changes were rolled back)"
        )
    return keys, rows
