"""Things handed over at a ceremony: letters of appointment (主任甲向乙颁发任命书, 甲向新任命人员
颁发了任命书), certificates, medals and plaques (部长甲向村党支部书记乙颁发证书, 甲向乙授牌):
ACTED from the giver to each receiver, the verb naming what was handed (颁发任命书, 颁发证书, 授牌).

The receivers are written after 向 (or 为) before the verb: the people named there, else
the bodies and places. Letters written to the newly appointed (新任命人员, 被任命的同志) go
to the people the article says were appointed: the objects of its 任命 acts, else the
holders of posts read from an appointment. The giver is the person or body named last
before 向 in the clause.
"""

from __future__ import annotations

import re

from kg.extract.evidence import Span, evidence
from kg.nlp.candidates import clause_opening
from kg.records import Mention, Relation
from kg.schema import Label, RelType

HANDED = re.compile(
    r"[向为]([^，。,；;！？!?\n]{1,40}?)"
    r"(颁发了?(?:任命书|荣誉证书|证书|奖牌|奖杯|聘书|牌匾|奖状)|授牌|授旗|授匾)"
)
LETTER = "任命书"
RECEIVERS = (Label.ORGANIZATION, Label.PLACE)  # when no person is named
APPOINTEES = re.compile(  # 新任命人员, 被任命的同志, 两名同志: all those appointed
    r"新任命|被任命|^(?:[两二三四五六七八九十\d]+名|上述|以上)同志"
)
GIVERS = (Label.PERSON, Label.ORGANIZATION)


def handovers(
    text: str, mentions: list[Mention], sentences: list[Span], relations: list[Relation]
) -> list[Relation]:
    """An ACTED relation from the giver to each receiver of what was handed over."""
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
        inside = [p for p in mentions if m.start(1) <= p.start < p.end <= m.end(1)]
        receivers = [(p.label, p.name) for p in inside if p.label == Label.PERSON] or [
            (p.label, p.name) for p in inside if p.label in RECEIVERS
        ]
        verb = re.sub("了", "", m.group(2))
        if LETTER in verb and not receivers and APPOINTEES.search(m.group(1)):
            receivers = appointed(relations)
        said = evidence(text, sentences, m.start())
        out += [
            Relation(RelType.ACTED, (giver.label, giver.name), r, said, verb=verb)
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
