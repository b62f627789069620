"""Where each name of an article is resolved: its key (label, canonical name, scope).

An entity's *scope* is the jurisdiction within which its name is one thing. By default
that is the paper's place (``--scope-by home_city``: the article's home city or county;
``source``: its source; ``none``: no scopes, every name links by name alone, as kg did
before). Absolute names (kg.link.names) have the empty scope and link across papers.
A relative body is renamed after the place it belongs to — a place of its level named
just before it in the sentence, else the home place when the levels match (县委 in a
尤溪县 paper -> 尤溪县委) — and is then as absolute as that place. A name that is no
identity (张某, a lone surname) is scoped by its article: it is never linked.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.link.names import (
    PROVINCES,
    is_absolute,
    is_absolute_place,
    is_identity,
    place_level,
    qualify,
    relative_level,
)
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label

SCOPE_BY = ("home_city", "source", "none")
Key = tuple[str, str, str]  # label, canonical name, scope ("" for absolute names)


class Scoping:
    """The scoping rules of one build: its option, the places its papers name, and the
    names the user declared (gazetteer), which are taken as identities everywhere."""

    def __init__(
        self,
        extractions: Iterable[ArticleExtraction] = (),
        scope_by: str = "home_city",
        declared: frozenset[str] = frozenset(),
    ):
        """``extractions`` are read once (a stream will do); more may be added as they come
        (``add``: the build adds each as it is spooled), all before any key is asked for."""
        self.scope_by = scope_by
        self.declared = declared
        self.places: set[str] = set(PROVINCES) | declared
        self.absolutes: dict[tuple[str, str], bool] = {}
        for ex in extractions:
            self.add(ex)

    def add(self, ex: ArticleExtraction) -> None:
        """The places one more article names: its home place, the absolute places it writes."""
        if ex.article.home_city:
            self.places.add(ex.article.home_city)
        self.places.update(
            m.name for m in ex.mentions if m.label == Label.PLACE and is_absolute_place(m.name)
        )

    def paper(self, article: Article) -> str:
        """The scope of the article's paper: its home place or its source."""
        if self.scope_by == "none":
            return ""
        first = article.source if self.scope_by == "source" else article.home_city
        return first or article.home_city or article.source or ""

    def article_keys(self, ex: ArticleExtraction) -> dict[tuple[str, str], Key]:
        """The key of every (label, name) the article's mentions and relations use."""
        keys: dict[tuple[str, str], Key] = {}
        for m in ex.mentions:
            if m.label != Label.FIGURE:
                key = self.key(ex, m.label, m.name, m)
                if (m.label, m.name) not in keys or key[1] != m.name:
                    keys[(m.label, m.name)] = key  # a mention that finds a place wins
        for r in ex.relations:
            for label, name in (r.subj, r.obj):
                if label not in (Label.ARTICLE, Label.FIGURE) and (label, name) not in keys:
                    keys[(label, name)] = self.key(ex, label, name)
        return keys

    def key(self, ex: ArticleExtraction, label: str, name: str, m: Mention | None = None) -> Key:
        label = str(label)
        paper = self.paper(ex.article)
        if self.scope_by == "none" or name in self.declared:
            return (label, name, "")
        if label == Label.PERSON:
            return (label, name, paper if is_identity(name) else ex.article.id)
        level = relative_level(name) if label == Label.ORGANIZATION else None
        place = level and self.place_for(ex, level, m)
        if place:
            return (label, qualify(name, level, place), "" if place in self.places else paper)
        return (label, name, "" if self.absolute(label, name) else paper)

    def absolute(self, label: str, name: str) -> bool:
        """``is_absolute`` with this build's places, remembered per name: linking asks it of
        every mention twice (kg.link.resolve, kg.link.assemble), of few distinct names."""
        known = self.absolutes.get((label, name))
        if known is None:
            known = self.absolutes[(label, name)] = is_absolute(label, name, self.places)
        return known

    def place_for(self, ex: ArticleExtraction, level: str, m: Mention | None) -> str | None:
        """The place a relative body of this level belongs to: the nearest place of that
        level named before it in its sentence, else the home place if of that level."""
        if m is not None and m.start >= 0:
            before = [
                p
                for p in ex.mentions
                if p.label == Label.PLACE
                and p.sentence == m.sentence
                and 0 <= p.end <= m.start
                and place_level(p.name) == level
            ]
            if before:
                return max(before, key=lambda p: p.end).name
        home = ex.article.home_city
        return home if home and place_level(home) == level else None


def declared_names(gazetteer: str | Path | None) -> frozenset[str]:
    """The canonical names of the user's gazetteer: identities wherever they are read."""
    if not gazetteer:
        return frozenset()
    from kg.nlp.gazetteer import read_gazetteer  # spaCy: the build has it loaded already

    return frozenset(name for _, name in read_gazetteer(Path(gazetteer)).values())
