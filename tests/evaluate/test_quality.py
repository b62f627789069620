"""The quality ratchet: a build of the seed page (and of the dev articles, when gathered)
scores at least the floors reached so far. Raise a floor when kg improves; never lower
one to let a change pass."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg
from kg.evaluate import format_score, read_gold, score_graph
from tests.helpers import SEED_PAGE

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
DEV = Path(os.environ.get("KG_DEV", ROOT.parent / "kg-dev")) / "dev.jsonl"

# F1 floors, per label ("Person"), per relationship type ("rel:WROTE") and in total.
SEED_FLOORS = {
    "ENTITIES": 0.913,
    "RELATIONS": 0.773,
    "Event": 0.923,
    "Figure": 1.000,
    "Organization": 0.923,
    "Person": 1.000,
    "Place": 0.828,
    "Programme": 0.824,
    "rel:ACTED": 0.765,
    "rel:DISBURSED": 0.600,
    "rel:DONATED": 1.000,
    "rel:HELD": 0.762,
    "rel:HOLDS_POSITION": 1.000,
    "rel:ISSUED": 0.727,
    "rel:LOCATED_IN": 0.842,
    "rel:MEASURES": 0.730,
    "rel:PART_OF": 0.667,
    "rel:PRESIDED": 1.000,
    "rel:SPOKE": 1.000,
    "rel:WROTE": 1.000,
}
DEV_FLOORS = {
    "ENTITIES": 0.943,
    "RELATIONS": 0.832,
    "Event": 0.971,
    "Figure": 0.973,
    "Organization": 0.911,
    "Person": 0.997,
    "Place": 0.915,
    "Programme": 0.888,
    "rel:ACTED": 0.802,
    "rel:ATTENDED": 0.990,
    "rel:DONATED": 1.000,
    "rel:HELD": 0.857,
    "rel:HOLDS_POSITION": 0.953,
    "rel:ISSUED": 1.000,
    "rel:LOCATED_IN": 0.824,
    "rel:MEASURES": 0.660,
    "rel:PART_OF": 0.500,
    "rel:PRESIDED": 1.000,
    "rel:SPOKE": 0.929,
    "rel:VISITED": 0.759,
    "rel:WROTE": 1.000,
}


def f1_table(graph, gold_path: Path) -> tuple[dict[str, float], str]:
    score = score_graph(graph, read_gold(gold_path))
    return {key: prf.fscore for key, prf in score.rows()}, format_score(score)


def below(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {
        k: (round(scores.get(k, 0.0), 3), f)
        for k, f in floors.items()
        if scores.get(k, 0.0) + 5e-4 < f
    }


@pytest.mark.skipif(
    not (SHARED / "gold" / "seed.json").exists(), reason="shared/gold not beside the checkout"
)
def test_seed_page_keeps_its_scores():
    graph = kg.build([SEED_PAGE], cache_dir=None)
    scores, table = f1_table(graph, SHARED / "gold" / "seed.json")
    assert not below(scores, SEED_FLOORS), table


@pytest.mark.skipif(
    not DEV.exists(), reason=f"dev articles not gathered into {DEV} (see shared/dev/README.md)"
)
def test_dev_articles_keep_their_scores():
    graph = kg.build([DEV], cache_dir=None)
    scores, table = f1_table(graph, SHARED / "gold" / "dev.json")
    assert not below(scores, DEV_FLOORS), table
