"""The graph contract (shared/SCHEMA.md) and the typed records handed between stages.

Data flows one way: ``Article`` (readers) -> ``ArticleExtraction`` holding
``Mention`` and ``Relation`` records (nlp/extract) -> resolved entities
(resolve) -> ``networkx.MultiDiGraph`` (graph) -> writers (readwrite, store).
Every record is plain data so that extractions can be cached and sent between
processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_LABELS = ("Person", "Organization", "Place", "Programme", "Event", "Figure")
NODE_LABELS = ("Article",) + ENTITY_LABELS

ACTION_TYPES = (
    "PRESIDED",
    "ATTENDED",
    "SPOKE",
    "HELD",
    "DONATED",
    "ISSUED",
    "DISBURSED",
    "VISITED",
    "ACTED",
)
RELATION_TYPES = (
    "MENTIONS",
    "WROTE",
    "HOLDS_POSITION",
    "PART_OF",
    "LOCATED_IN",
    "REPORTS",
    "MEASURES",
) + ACTION_TYPES


@dataclass
class Byline:
    """A credited person: reporter, photographer or author of an article."""

    name: str
    role: str  # reporter | photographer | author | correspondent
    evidence: str  # the credit as written, e.g. "(记者王超)"


@dataclass
class Article:
    """One news item, as read from a page, a file, an HTML page or a JSONL line."""

    id: str
    title: str
    text: str
    source: str | None = None
    date: str | None = None  # ISO date when known
    section: str | None = None  # column name above the headline (保障和改善民生)
    home_city: str | None = None  # what 我市/本市 mean
    path: str | None = None  # file the article came from
    bylines: list[Byline] = field(default_factory=list)


@dataclass
class Mention:
    """One entity mention in an article.

    ``name`` is the canonical surface form chosen for it within the article
    (after 我市 -> home city, 该公司 -> last company, short -> full form);
    ``text`` is what was written; ``props`` carries label-specific properties
    (Figure value/unit/metric/hedge, Event date, ...).
    """

    label: str
    name: str
    text: str
    start: int = -1  # char offsets into Article.text, -1 if implicit
    end: int = -1
    sentence: int = -1  # index into ArticleExtraction.sentences
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relation:
    """A relation between two entities of one article, with its evidence sentence.

    Endpoints are (label, canonical name) pairs resolved to node ids later;
    ``obj`` is ("Article", article id) for WROTE.
    """

    type: str
    subj: tuple[str, str]
    obj: tuple[str, str]
    evidence: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class ArticleExtraction:
    """Everything extracted from one article: the unit cached and merged."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
