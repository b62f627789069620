"""The graph contract of shared/SCHEMA.md as constants: node labels and relationship types.

Every stage names labels and types through these enums (``StrEnum``: a member
is its string, so it compares, hashes, formats and serialises as the name the
contract uses). A label or type outside them is a typo, not a new kind.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """Node labels."""

    ARTICLE = "Article"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROGRAMME = "Programme"
    EVENT = "Event"
    FIGURE = "Figure"


class RelType(StrEnum):
    """Relationship types: the contract's fixed ones, then the who-did-what actions."""

    MENTIONS = "MENTIONS"
    WROTE = "WROTE"
    HOLDS_POSITION = "HOLDS_POSITION"
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    REPORTS = "REPORTS"
    MEASURES = "MEASURES"
    PRESIDED = "PRESIDED"
    ATTENDED = "ATTENDED"
    SPOKE = "SPOKE"
    HELD = "HELD"
    DONATED = "DONATED"
    ISSUED = "ISSUED"
    DISBURSED = "DISBURSED"
    VISITED = "VISITED"
    ACTED = "ACTED"


ENTITY_LABELS = tuple(label.value for label in Label if label is not Label.ARTICLE)
NODE_LABELS = tuple(label.value for label in Label)
ACTION_TYPES = tuple(t.value for t in RelType)[list(RelType).index(RelType.PRESIDED) :]
RELATION_TYPES = tuple(t.value for t in RelType)
