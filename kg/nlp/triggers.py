"""The trigger-verb table (kg/nlp/data/triggers.tsv plus the user's own): verb -> relation type.

Who-did-what extraction is driven by this table, not by code branches: a user
adds a row ``签约<TAB>ACTED`` (or a new type) to a TSV of their own and points
``KG_TRIGGERS`` at it.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from kg.nlp.lexicon import DATA, read_lines


@functools.cache
def trigger_table() -> dict[str, str]:
    rows = read_lines(DATA / "triggers.tsv")
    extra = os.environ.get("KG_TRIGGERS")
    if extra:
        rows += read_lines(Path(extra))
    table = {}
    for row in rows:
        verb, _, rel = row.partition("\t")
        if verb.strip() and rel.strip():
            table[verb.strip()] = rel.strip().upper()
    return table


@functools.cache
def trigger_pattern() -> re.Pattern:
    verbs = sorted(trigger_table(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, verbs)))
