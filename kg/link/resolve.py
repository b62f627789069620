"""Link the entities of many articles: one node per real-world thing.

Entities are keyed by (label, canonical name). Across articles two keys are
one entity when a name of one is the canonical name or an alias of the other
under the same label (利民公司 seen as the short form of 乌海能源利民公司).
People are joined only by their full name, never by surname; places and bodies
only by full names or recorded aliases, so 凤凰岭街道 and 滨河街道 stay apart.
Figures are facts of one article and are never merged. Each merge is kept as
``merged_from`` on the node so that it can be inspected.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kg.records import ArticleExtraction, FigureFacts
from kg.schema import Label


@dataclass
class Entity:
    id: str
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    date: str | None = None  # an event's date
    figure: FigureFacts | None = None  # a figure's facts
    merged_from: set[str] = field(default_factory=set)


def entity_id(label: str, name: str) -> str:
    """Stable id from label and canonical name (readable; hashed when long)."""
    if len(name) > 40:
        name = name[:32] + "~" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return f"{label}:{name}"


def figure_name(article_id: str, text: str, index: int) -> str:
    return f"{text}@{article_id.split(':')[-1]}#{index}"


def resolve(extractions: list[ArticleExtraction]) -> dict[tuple[str, str], Entity]:
    """Map every (label, name) used by mentions and relations to its Entity."""
    surface: dict[tuple[str, str], set[str]] = {}
    dates: dict[tuple[str, str], str] = {}
    for ex in extractions:
        for m in ex.mentions:
            if m.label == Label.FIGURE:
                continue
            if m.date:
                dates.setdefault((m.label, m.name), m.date)
            forms = surface.setdefault((m.label, m.name), set())
            forms.add(m.text)
            if m.short_form:
                forms.add(m.short_form)
    # union by alias: a key whose name is another key's surface form joins it (longest name wins)
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    alias_owner: dict[tuple[str, str], tuple[str, str]] = {}
    for k in sorted(surface, key=lambda k: (-len(k[1]), k)):
        for form in sorted(surface[k]):
            alias_owner.setdefault((k[0], form), k)
    for k in surface:
        owner = alias_owner.get(k, k)
        parent[k] = owner if owner != k and k[0] != Label.PERSON else k

    def root(k):
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    entities: dict[tuple[str, str], Entity] = {}
    for k in sorted(surface):
        r = root(k)
        ent = entities.get(r) or Entity(entity_id(*r), r[0], r[1])
        entities[r] = ent
        ent.aliases |= {f for f in surface[k] if f != ent.name}
        if k in dates:
            ent.date = ent.date or dates[k]
        if k != r:
            ent.aliases.add(k[1])
            ent.merged_from.add(k[1])
        entities[k] = ent
    return entities
