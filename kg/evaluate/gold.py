"""Hand-made answers for a few articles: what a user writes to see how kg does on their paper.

The format (the one shared/gold uses; documented in README.md, "Measuring kg on
your paper"):

    {"articles": [{"key": "a1", "title": "…",
                   "entities": {"Person": ["李春晓", {"name": "乌海市", "aliases": ["我市"]}],
                                "Figure": [{"text": "400户", "value": 400, "unit": "户"}]},
                   "relations": [["王超", "WROTE", "@article", {"role": "reporter"}],
                                 ["李春晓", "PRESIDED", "…活动", {}]]}]}

Names are compared without quotes, book-title marks and spaces (“最强党支部” and
最强党支部 are one name), so annotators need not copy punctuation exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

QUOTES = re.compile(r"[“”\"'‘’《》「」『』\s]")
ARTICLE = "@article"


class GoldError(KgError, ValueError):
    """A gold file that cannot be read; the message names the file and the problem."""


def norm(name: object) -> str:
    """A name as compared: no quotes, book-title marks or spaces."""
    return QUOTES.sub("", str(name or ""))


def name_set(*names: object) -> frozenset[str]:
    return frozenset(n for n in map(norm, names) if n)


@dataclass(frozen=True)
class GoldEntity:
    label: str
    names: frozenset[str]  # the canonical name and its aliases, normalised


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    type: str
    object: str  # a name, or "@article"


@dataclass
class GoldArticle:
    key: str
    title: str
    labels: tuple[str, ...] = ()  # the labels annotated (an empty list still counts extras)
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)


def entity_names(entry: str | dict) -> frozenset[str]:
    if isinstance(entry, str):
        return name_set(entry)
    return name_set(
        entry.get("name") or entry.get("text"), entry.get("text"), *entry.get("aliases", [])
    )


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The gold articles of a file, or a GoldError naming what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        return [gold_article(a) for a in data["articles"]]
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{path}: not a gold file ({type(exc).__name__}: {exc})") from None


def gold_article(a: dict) -> GoldArticle:
    entities = [
        GoldEntity(label, entity_names(e)) for label, ents in a["entities"].items() for e in ents
    ]
    relations = [GoldRelation(str(r[0]), str(r[1]), str(r[2])) for r in a.get("relations", [])]
    labels = tuple(a["entities"])
    return GoldArticle(str(a.get("key", "")), str(a.get("title", "")), labels, entities, relations)
