"""People appointed in turn: 任命甲同志为某职,乙同志为某职 — the clauses after an appointment
written the same way (a name, perhaps 同志, then 为 and a post) name more people the same
body appoints (ACTED, the appointment's verb), though no verb is written again.
"""

from __future__ import annotations

import re

from kg.extract.evidence import Span, evidence
from kg.records import Mention, Relation
from kg.schema import Label, RelType

COMMA = re.compile(r"[,，]")
NAME_THEN_WEI = re.compile(r"(?:同志|先生|女士)?为")
APPOINTING = "任命"


def appointed_in_turn(
    text: str, mentions: list[Mention], sentences: list[Span], relations: list[Relation]
) -> list[Relation]:
    """ACTED from the appointing body to each person appointed in the clauses after."""
    people = sorted((m for m in mentions if m.label == Label.PERSON), key=lambda m: m.start)
    out: list[Relation] = []
    for r in relations:
        if r.type != RelType.ACTED or APPOINTING not in (r.verb or "") or r.obj[0] != Label.PERSON:
            continue
        first = next((p for p in people if p.name == r.obj[1] and p.start >= 0), None)
        if first is None:
            continue
        here = next(((s, e) for s, e in sentences if s <= first.start < e), None)
        pos = first.end
        for p in (p for p in people if here and first.end < p.start < here[1]):
            comma = COMMA.search(text, pos, p.start)
            if comma is None or comma.end() != p.start or not NAME_THEN_WEI.match(text, p.end):
                break
            said = evidence(text, sentences, p.start)
            out.append(Relation(RelType.ACTED, r.subj, (Label.PERSON, p.name), said, verb=r.verb))
            pos = p.end
    return out
