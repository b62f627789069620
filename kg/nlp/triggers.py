"""The trigger-verb table (kg/nlp/data/triggers.tsv plus the user's own): verb -> relation type.

Who-did-what extraction is driven by this table, not by code branches: a user
adds a row ``签约<TAB>ACTED`` (or a new type) to a TSV of their own and points
``KG_TRIGGERS`` at it. A third column may say what the verb acts on
(``任命<TAB>ACTED<TAB>Person``): only names of those labels become its objects,
so that an open-class verb links what it clearly governs and nothing else. A
row without one takes its type's default from kg/nlp/data/trigger_objects.tsv.
A verb may have several rows, one per kind of object (组织 HELD an event, ACTED
on the team it organises).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from kg.nlp.lexicon import DATA, pattern_of, read_lines, table

ANY = frozenset({"Person", "Organization", "Place", "Programme", "Event"})


_SENSES: dict[str, list[tuple[str, frozenset[str]]]] = {}  # verb -> (type, labels) per row
_ACTIONS: dict[str, str] = {}  # every verb -> type: what the clause reader reads
_ACTION_RE: list[re.Pattern] = []  # the pattern of _ACTIONS


@functools.cache
def trigger_table() -> dict[str, str]:
    """verb -> relation type: the verbs that also bound names (组织 ends a name; 成立市
    is no place). Rows marked ``clause`` in a fourth column (代表 of 代表团, 研究 of
    研究院) are left out here: only the clause reader (``action_table``) reads them.
    Beside it are kept the labels each verb's objects may have."""
    rows = read_lines(DATA / "triggers.tsv")
    extra = os.environ.get("KG_TRIGGERS")
    if extra:
        rows += read_lines(Path(extra))
    defaults = {r[0].upper(): labels(r[1]) for r in table("trigger_objects.tsv") if len(r) > 1}
    types: dict[str, str] = {}
    _SENSES.clear()
    _ACTIONS.clear()
    for row in rows:
        cells = [c.strip() for c in row.split("\t")] + ["", ""]
        if not cells[0] or not cells[1]:
            continue
        verb, rel = cells[0], cells[1].upper()
        _ACTIONS.setdefault(verb, rel)
        if cells[3] != "clause":
            types.setdefault(verb, rel)
        objects = labels(cells[2]) if cells[2] else defaults.get(rel, ANY)
        _SENSES.setdefault(verb, []).append((rel, objects))
    _ACTION_RE[:] = [pattern_of(_ACTIONS)]
    return types


def action_table() -> dict[str, str]:
    """verb -> relation type, every row: what the clause reader reads."""
    trigger_table()
    return _ACTIONS


def labels(cell: str) -> frozenset[str]:
    return frozenset(w.strip() for w in cell.split(",") if w.strip())


def object_labels(verb: str) -> frozenset[str]:
    """The labels a verb's objects may have, over all its rows (any, for a verb the table
    lacks)."""
    trigger_table()
    senses = _SENSES.get(verb)
    return frozenset().union(*(ls for _, ls in senses)) if senses else ANY


def sense(verb: str, label: str) -> str:
    """The relation type of a verb for an object of this label: a verb may have several
    rows (组织 HELD an event, ACTED on a body it organises); the first that takes it."""
    trigger_table()
    return next((rel for rel, ls in _SENSES.get(verb, []) if label in ls), _ACTIONS[verb])


@functools.cache
def trigger_pattern() -> re.Pattern:
    return pattern_of(trigger_table())


def action_pattern() -> re.Pattern:
    trigger_table()
    return _ACTION_RE[0]
