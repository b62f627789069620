"""Who did what to whom, and what each figure measures, clause by clause.

Driven by the trigger table (kg.nlp.triggers): in each clause, a trigger verb's
subject is the person, body or home city named before it (A、B、C出席 gives
three; 由X主持 gives X), else the subject carried over from the clauses before;
its objects are the events, programmes, bodies, places and people named after
it. The evidence is the sentence, with the sentence that names a carried-over
subject put in front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.dates import resolve_date
from kg.extract.evidence import CLAUSE, Span, clauses, evidence, key
from kg.extract.measures import ACTORS, TARGETED, Topic, clause_measures
from kg.nlp.triggers import trigger_pattern, trigger_table
from kg.records import Article, Mention, Relation
from kg.schema import Label, RelType

OBJECTS = (Label.EVENT, Label.PROGRAMME, Label.ORGANIZATION, Label.PLACE, Label.PERSON)
NO_OBJECT_FALLBACK = {"SPOKE", "PRESIDED", "ATTENDED"}
# 会议指出: nobody in particular
NON_ACTOR_SUBJECTS = {"会议", "会上", "大会", "会议要求", "文件", "通知", "意见", "方案"}


@dataclass
class ActionReader:
    """Reads one article's clauses in order, carrying the subject and the last held event."""

    article: Article
    sentences: list[Span]
    word_starts: set[int]
    subject: list[Mention] = field(default_factory=list)
    last_event: Mention | None = None
    topic: Topic = field(default_factory=Topic)  # what figures measure (kg.extract.measures)

    @property
    def text(self) -> str:
        return self.article.text

    def read(self, placed: list[Mention]) -> list[Relation]:
        out: list[Relation] = []
        for s, e in self.sentences:
            in_sentence = [m for m in placed if s <= m.start < e]
            for cs, ce in clauses(self.text, s, e):
                here = [m for m in in_sentence if cs <= m.start < ce and not nested(m, in_sentence)]
                for m in here:
                    if m.label == Label.EVENT and (m.trigger or m.in_title):
                        self.last_event = (
                            m  # a held event, not one only referred to (党的二十大精神)
                        )
                out += self.clause_actions((s, e), (cs, ce), here)
                out += clause_measures(self, here, in_sentence)
        return out

    def clause_actions(self, sentence: Span, clause: Span, here: list[Mention]) -> list[Relation]:
        found = triggers_in(self.text, clause[0], clause[1], self.word_starts)
        out: list[Relation] = []
        for n, trig in enumerate(found):
            before = [m for m in here if m.end <= trig.start()]
            actors = subjects(self.text, before, trig.start())
            if actors:
                self.subject = actors
            if not actors and self.text[clause[0] : trig.start()].strip() in NON_ACTOR_SUBJECTS:
                self.subject = []  # the meeting speaks; what follows is its call, nobody's act
            if not self.subject:
                continue
            stop = found[n + 1].start() if n + 1 < len(found) else None
            objs = self.objects(trig, clause[0], here, before, stop)
            out += self.relations(trig, sentence, here, objs)
        return out

    def objects(
        self, trig: re.Match, clause_start: int, here: list[Mention], before, stop: int | None
    ) -> list[Mention]:
        """What the verb acts on: names after it (up to the next verb); 由X…主持 the
        programme or event before; else the meeting being reported on."""
        objs = [
            m
            for m in here
            if m.start >= trig.end()
            and m.label in OBJECTS
            and all(m.name != a.name for a in self.subject)
        ]
        if stop is not None:
            objs = [m for m in objs if m.start < stop]
        passive = self.text.find("由", clause_start, trig.start())
        if passive >= 0:
            objs += [m for m in before if m.end <= passive and m.label in TARGETED]
        if not objs and trigger_table()[trig.group(0)] in NO_OBJECT_FALLBACK and self.last_event:
            objs = [self.last_event]
        return objs

    def relations(
        self, trig: re.Match, sentence: Span, here: list[Mention], objs: list[Mention]
    ) -> list[Relation]:
        rel_type = trigger_table()[trig.group(0)]
        amount = next((m for m in here if m.figure and m.figure.unit == "元"), None)
        paid = amount.text if rel_type == RelType.DONATED and amount else None
        when = resolve_date(self.text[sentence[0] : sentence[1]], self.article.date)
        return [
            Relation(
                rel_type,
                key(a),
                key(o),
                evidence(self.text, self.sentences, a.start, o.start, trig.start()),
                verb=trig.group(0),
                date=when or o.date,
                amount=paid,
            )
            for a in self.subject
            for o in objs
        ]


def triggers_in(text: str, start: int, end: int, word_starts: set[int]) -> list[re.Match]:
    """Trigger verbs in text[start:end] that begin a word."""
    return [t for t in trigger_pattern().finditer(text, start, end) if t.start() in word_starts]


def nested(m: Mention, others: list[Mention]) -> bool:
    return any(
        o is not m
        and o.start <= m.start
        and m.end <= o.end
        and (o.end - o.start) > (m.end - m.start)
        for o in others
    )


def subjects(text: str, before: list[Mention], trig_start: int) -> list[Mention]:
    """The actor(s) of a trigger: 由X主持 → X; A、B、C出席 → A, B, C; else the clause's
    first actor."""
    actors = [m for m in before if m.label in ACTORS or m.home_city]
    actors = [m for m in actors if not modifies_body(text, m, actors)]
    people = [m for m in actors if m.label == Label.PERSON]
    actors = people or actors  # 市委书记林青…讲话: the body in a title is not the actor
    if not actors:
        return []
    last = actors[-1]
    if (
        text[last.end : trig_start].strip() in ("", "等", "一行")
        or text.find("由", 0, last.start) >= last.start - 1
    ):
        group = [last]
        for m in reversed(actors[:-1]):
            if text[m.end : group[0].start] in ("、", "和", "及", "与"):
                group.insert(0, m)
            else:
                break
        return group
    return [actors[0]]


def modifies_body(text: str, m: Mention, actors: list[Mention]) -> bool:
    """我市 in 我市爱心企业——思正…公司 says where the body is; the body is the actor."""
    return m.home_city and any(
        o.label == Label.ORGANIZATION
        and 0 <= o.start - m.end <= 10
        and not CLAUSE.search(text, m.end, o.start)
        for o in actors
    )
