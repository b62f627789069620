"""Measuring extraction: a built graph scored against hand-made answers (``kg eval``)."""

from kg.evaluate.gold import GoldError, read_gold
from kg.evaluate.score import Score, format_score, score_graph

__all__ = ["GoldError", "Score", "format_score", "read_gold", "score_graph"]
