"""Link the entities of many articles: one node per real-world thing.

Each (label, name) of an article gets a key (label, canonical name, scope) from
kg.link.scope: the scope is where the name is unambiguous (the paper's place, or none
for absolute names such as 乌海市委 or 国务院). Within a scope two keys are one entity
when a name of one is the canonical name or an alias of the other under the same label
(利民公司 seen as the short form of 乌海能源利民公司); absolute keys join absolute keys
this way across papers. People are never joined by an alias, only by their full name
within one scope, or across scopes on evidence (kg.link.evidence), which the node
keeps as ``linked_by``. Figures are facts of one article and are never merged. Each
merge of names is kept as ``merged_from`` on the node so that it can be inspected.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.link.evidence import PersonEvidence
from kg.link.scope import Key, Scoping
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
    scope: str = ""  # where the name is resolved; "" for a name that is the same everywhere
    linked_by: set[str] = field(default_factory=set)  # why people of several scopes are one


def entity_id(label: str, name: str, scope: str = "") -> str:
    """Stable id from label, canonical name and scope (readable; hashed when long):
    ``Person:李春晓@乌海市``, ``Organization:乌海市委``."""
    if len(name) > 40:
        name = name[:32] + "~" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return f"{label}:{name}@{scope}" if scope else f"{label}:{name}"


def figure_name(article_id: str, mention_name: str) -> str:
    """A figure is a fact of one article: 10万元#2 (its second 10万元) of article:ab12 is
    ``10万元@ab12#2``."""
    text, _, index = mention_name.rpartition("#")
    return f"{text}@{article_id.split(':')[-1]}#{index}"


Passes = Callable[[], Iterable[ArticleExtraction]]  # each call reads the extractions again


class Resolution:
    """The entities of a build, and how to find those of one article again."""

    def __init__(self, scoping: Scoping, entities: dict[Key, Entity]):
        self.scoping = scoping
        self.entities = entities

    def of(self, ex: ArticleExtraction) -> dict[tuple[str, str], Entity]:
        """The Entity of every (label, name) the article's mentions and relations use."""
        return {ln: self.entities[k] for ln, k in self.scoping.article_keys(ex).items()}


def resolve(passes: Passes, scoping: Scoping) -> Resolution:
    """The entities of the extractions ``passes`` yields, each article once; ``scoping`` has
    seen every one of them (the places the papers name decide which names are absolute).
    Of each article's names only what is kept per key (forms, papers, a date, evidence)
    stays in memory."""
    forms = SurfaceForms()
    evidence = PersonEvidence()
    for ex in passes():
        keys = scoping.article_keys(ex)
        forms.add(ex, keys, scoping.paper(ex.article))
        evidence.add(ex, keys)
    parent = alias_parents(forms.forms, forms.where)

    def root(k: Key) -> Key:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    groups = PersonGroups(evidence.links(root))
    for k in forms.forms:
        if k[0] == Label.PERSON and not k[2] and k[1] in scoping.declared:
            groups.reasons.setdefault(k, set()).add("gazetteer")
    return Resolution(scoping, make_entities(forms.forms, forms.dates(), root, groups))


class SurfaceForms:
    """Per key: the forms written for it, the papers they were written in, an event's date."""

    def __init__(self) -> None:
        self.forms: dict[Key, set[str]] = {}
        self.where: dict[Key, set[str]] = {}
        self.dated: dict[Key, tuple[str, str]] = {}  # (article id, date)

    def add(self, ex: ArticleExtraction, keys: dict[tuple[str, str], Key], paper: str) -> None:
        for (_, name), k in keys.items():
            self.forms.setdefault(k, {k[1]}).add(name)
            self.where.setdefault(k, set()).add(paper)
        aid = ex.article.id
        for m in ex.mentions:
            k = keys.get((m.label, m.name))
            if k is None:
                continue
            self.forms[k] |= {m.text} | ({m.short_form} if m.short_form else set())
            if m.date and (k not in self.dated or aid < self.dated[k][0]):
                self.dated[k] = (aid, m.date)

    def dates(self) -> dict[Key, str]:
        """An event's date: the first given in the article of the smallest id (whatever order
        the articles come in)."""
        return {k: date for k, (_, date) in self.dated.items()}


def alias_parents(forms: dict[Key, set[str]], where: dict[Key, set[str]]) -> dict[Key, Key]:
    """A key whose name another key was written as, in the same scope, joins that key
    (longest name wins). An absolute key joins only an absolute one; people join none."""
    owner: dict[tuple[str, str, str | None], Key] = {}
    for k in sorted(forms, key=lambda k: (-len(k[1]), k)):
        for form in sorted(forms[k]):
            for paper in sorted(where[k]):
                owner.setdefault((k[0], form, paper), k)
            if not k[2]:
                owner.setdefault((k[0], form, None), k)
    parent = {}
    for k in forms:
        found = owner.get((k[0], k[1], k[2] or None), k)
        parent[k] = found if k[0] != Label.PERSON else k
    return parent


class PersonGroups:
    """People joined across scopes: union-find over person keys, with the reasons."""

    def __init__(self, links):
        self.parent: dict[Key, Key] = {}
        self.reasons: dict[Key, set[str]] = {}
        for a, b, reason in sorted(links):
            ra, rb = self.find(a), self.find(b)
            top, low = min(ra, rb), max(ra, rb)  # the national key ("" scope) sorts first
            joined = self.reasons.setdefault(top, set())
            joined.add(reason)
            if low != top:  # a pair joined again (a second article) keeps its reasons
                self.parent[low] = top
                joined.update(self.reasons.pop(low, set()))

    def find(self, k: Key) -> Key:
        while self.parent.get(k, k) != k:
            k = self.parent[k]
        return k


def person_scope(scopes: set[str]) -> str:
    """A person joined into the national scope has none; one joined across papers by a
    shared post has theirs, listed."""
    return "" if "" in scopes else "、".join(sorted(scopes))


def make_entities(forms, dates, root, groups: PersonGroups) -> dict[Key, Entity]:
    """One Entity per resolved key; every key maps to its entity."""
    members: dict[Key, list[Key]] = {}
    for k in sorted(forms):
        r = groups.find(k) if k[0] == Label.PERSON else root(k)
        members.setdefault(r, []).append(k)
    entities: dict[Key, Entity] = {}
    for r, ks in members.items():
        scope = r[2] if r[0] != Label.PERSON else person_scope({k[2] for k in ks} | {r[2]})
        ent = Entity(entity_id(r[0], r[1], scope), r[0], r[1], scope=scope)
        ent.linked_by = groups.reasons.get(r, set()) if r[0] == Label.PERSON else set()
        for k in ks:
            ent.aliases |= forms[k] - {ent.name}
            ent.date = ent.date or dates.get(k)
            if k[1] != r[1]:
                ent.merged_from.add(k[1])
            entities[k] = ent
    return entities
