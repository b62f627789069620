"""Letters of appointment handed over at a session: 主任甲向乙颁发任命书, 甲向新任命人员
颁发了任命书 (ACTED, verb 颁发任命书).

The receivers are written before the verb, after 向; when they are written as the
newly appointed (新任命人员, 被任命的同志), they are the people the article says were
appointed: the objects of its 任命 acts, else the holders of posts read from an
appointment. The giver is the person or body named last before 向 in the clause.
"""

from __future__ import annotations

import re

from kg.extract.evidence import Span, evidence
from kg.nlp.candidates import clause_opening
from kg.records import Mention, Relation
from kg.schema import Label, RelType

VERB = "颁发任命书"
HANDED = re.compile(r"向([^，。,；;！？!?\n]{1,40}?)颁发了?任命书")
APPOINTEES = re.compile(r"新任命|被任命")  # 新任命人员, 被任命的同志: all those appointed
GIVERS = (Label.PERSON, Label.ORGANIZATION)


def appointment_letters(
    text: str, mentions: list[Mention], sentences: list[Span], relations: list[Relation]
) -> list[Relation]:
    """An ACTED relation from the giver to each receiver of a letter of appointment."""
    out: list[Relation] = []
    for m in HANDED.finditer(text):
        opening = clause_opening(text, m.start())
        giver = next(
            (
                g
                for g in reversed(mentions)
                if g.label in GIVERS and opening <= g.start < g.end <= m.start()
            ),
            None,
        )
        if giver is None:
            continue
        named = [
            p for p in mentions if p.label == Label.PERSON and m.start(1) <= p.start < m.end(1)
        ]
        receivers = [(Label.PERSON, p.name) for p in named]
        if not receivers and APPOINTEES.search(m.group(1)):
            receivers = appointed(relations)
        said = evidence(text, sentences, m.start())
        out += [
            Relation(RelType.ACTED, (giver.label, giver.name), r, said, verb=VERB)
            for r in receivers
            if r != (giver.label, giver.name)
        ]
    return out


def appointed(relations: list[Relation]) -> list[tuple[str, str]]:
    """The people the article says were appointed: the objects of its 任命 acts, else the
    holders of posts read from a sentence that appoints."""
    acts = [r.obj for r in relations if r.type == RelType.ACTED and r.verb and "任命" in r.verb]
    posts = [r.subj for r in relations if r.type == RelType.HOLDS_POSITION and "任命" in r.evidence]
    return list(dict.fromkeys(acts or posts))
