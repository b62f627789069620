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
    "ENTITIES": 0.877,
    "RELATIONS": 0.697,
    "Person": 1.0,
    "Figure": 1.0,
    "Organization": 0.818,
    "Place": 0.800,
    "rel:WROTE": 1.0,
    "rel:HOLDS_POSITION": 1.0,
    "rel:MEASURES": 0.606,
}
DEV_FLOORS = {
    "ENTITIES": 0.728,
    "RELATIONS": 0.284,
    "Person": 0.897,
    "Organization": 0.643,
    "Place": 0.661,
    "Programme": 0.384,
    "Figure": 0.904,
    "rel:WROTE": 0.412,
    "rel:HOLDS_POSITION": 0.413,
    "rel:ATTENDED": 0.738,
    "rel:MEASURES": 0.127,
    "rel:LOCATED_IN": 0.381,
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
