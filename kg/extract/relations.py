"""All relations between the mentions of one article: bylines, posts, containment,
who did what to whom, people appointed in turn, things handed over and what each figure
measures (one module each)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actions import ActionReader
from kg.extract.appointed_in_turn import appointed_in_turn
from kg.extract.containment import part_of_and_located_in
from kg.extract.evidence import Span
from kg.extract.handovers import handovers
from kg.extract.posts import credited_posts, holds_position
from kg.nlp.levels import WHOLE_AREA
from kg.records import WRITING_ROLES, Article, Mention, Relation
from kg.schema import Label, RelType


def extract_relations(
    article: Article, mentions: list[Mention], sentences: list[Span], word_starts: set[int]
) -> list[Relation]:
    """All relations of one article; ``word_starts`` are the offsets where pkuseg words begin,
    so that a trigger is a word (组织) and not part of one (党组织)."""
    placed = [m for m in mentions if m.start >= 0]
    out: list[Relation] = []
    out += wrote(article)
    out += holds_position(article.text, placed, sentences)
    out += credited_posts(article, placed)
    out += part_of_and_located_in(article, placed, sentences)
    out += ActionReader(article, sentences, word_starts).read(placed)
    out += appointed_in_turn(article.text, placed, sentences, out)
    out += handovers(article.text, placed, sentences, out)
    return organisers_over_places(dedupe(out))


def wrote(article: Article) -> list[Relation]:
    return [
        Relation(
            RelType.WROTE,
            (Label.PERSON, b.name),
            (Label.ARTICLE, article.id),
            b.evidence,
            role=b.role,
        )
        for b in article.bylines
        if b.role in WRITING_ROLES  # an editor is named, no writer
    ]


def dedupe(relations: list[Relation]) -> list[Relation]:
    """The first relation of each subject, type and object; a sum stated with a later one
    is kept (携手捐款捐物,捐款5万元: the gift's amount is in the second clause)."""
    seen: dict[tuple, int] = {}
    out: list[Relation] = []
    for r in relations:
        k = (r.type, r.subj, r.obj)
        if k in seen and r.amount and not out[seen[k]].amount:
            out[seen[k]] = replace(out[seen[k]], amount=r.amount)
        elif k not in seen and r.subj != r.obj:
            seen[k] = len(out)
            out.append(r)
    return out


def organisers_over_places(relations: list[Relation]) -> list[Relation]:
    """A place holds the event its name opens with (某县2023年…签约仪式) unless bodies are
    named as holding it (市政府主办的某市2023年…招聘会 is the body's, not the city's)."""
    by_bodies = {
        r.obj for r in relations if r.type == RelType.HELD and r.subj[0] == Label.ORGANIZATION
    }
    return [
        r
        for r in relations
        if not (
            r.type == RelType.HELD
            and r.subj[0] == Label.PLACE
            and r.obj in by_bodies
            and not WHOLE_AREA.match(r.obj[1])  # 全县…大会 is the county's, as dev reads it
        )
    ]
