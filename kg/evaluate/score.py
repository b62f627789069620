"""Score a built graph against gold answers: P/R/F1 per label and per relationship type.

An entity counts as found when a node of its label that the article MENTIONS
(REPORTS, for figures) has one of its names among the node's name, aliases and
text. A relation counts when an edge of its type from that article (any
article, for WROTE) joins a matching subject and object. Each predicted node
or edge matches at most one gold item. These are the rules of the project's
reference scorer (shared/tools/kgscore.py), so the numbers agree with it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from spacy.scorer import PRFScore

from kg.evaluate.gold import ARTICLE, GoldArticle, name_set, norm

ENTITIES, RELATIONS = "ENTITIES", "RELATIONS"


@dataclass
class Score:
    """Counts per key (a label, or ``rel:TYPE``), and what was missed or extra per article."""

    counts: dict[str, PRFScore] = field(default_factory=lambda: defaultdict(PRFScore))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    extra: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    missing_articles: list[str] = field(default_factory=list)

    def total(self, relations: bool) -> PRFScore:
        out = PRFScore()
        for key, prf in self.counts.items():
            if key.startswith("rel:") == relations:
                out += prf
        return out

    def rows(self) -> list[tuple[str, PRFScore]]:
        keys = sorted(self.counts)
        return [(k, self.counts[k]) for k in keys] + [
            (ENTITIES, self.total(False)),
            (RELATIONS, self.total(True)),
        ]


def node_names(attrs: dict) -> frozenset[str]:
    aliases = attrs.get("aliases") or []
    if isinstance(aliases, str):
        try:
            aliases = json.loads(aliases)
        except ValueError:
            aliases = [aliases]
    return name_set(attrs.get("name"), attrs.get("text"), *aliases)


def labels_of(attrs: dict) -> set[str]:
    return {label for label in str(attrs.get("labels") or "").split(":") if label}


def score_graph(graph: nx.MultiDiGraph, gold: list[GoldArticle]) -> Score:
    score = Score()
    articles = {n: a for n, a in graph.nodes(data=True) if "Article" in labels_of(a)}
    by_key = {str(a[k]): n for n, a in articles.items() for k in ("id", "key") if a.get(k)}
    by_title = {norm(a.get("title")): n for n, a in articles.items()}
    for art in gold:
        node = by_key.get(art.key) or by_title.get(norm(art.title))
        if node is None:
            score.missing_articles.append(art.key)
        known = score_entities(graph, node, art, score)
        score_relations(graph, node, art, known, score)
    return score


def mentioned(graph: nx.MultiDiGraph, node: str | None) -> dict[str, list[str]]:
    """The nodes an article mentions (or reports), by label, in edge order."""
    out: dict[str, list[str]] = defaultdict(list)
    if node is None:
        return out
    for _, m, d in graph.out_edges(node, data=True):
        if d.get("label") in ("MENTIONS", "REPORTS"):
            for label in labels_of(graph.nodes[m]):
                if m not in out[label]:
                    out[label].append(m)
    return out


def score_entities(graph, node, art: GoldArticle, score: Score) -> dict[str, frozenset[str]]:
    """Count the article's entities; return every gold name with the names it stands for."""
    found_by_label = mentioned(graph, node)
    known: dict[str, frozenset[str]] = {}
    matched: set[str] = set()
    for ent in art.entities:
        known.update(dict.fromkeys(ent.names, ent.names))
        candidates = found_by_label.get(ent.label, [])
        hit = next(
            (m for m in candidates if m not in matched and node_names(graph.nodes[m]) & ent.names),
            None,
        )
        if hit is None:
            score.counts[ent.label].fn += 1
            score.missed[art.key].append(f"{ent.label}: {min(ent.names)}")
        else:
            score.counts[ent.label].tp += 1
            matched.add(hit)
    for label in art.labels:
        for m in found_by_label.get(label, []):
            if m not in matched:
                score.counts[label].fp += 1
                score.extra[art.key].append(f"{label}: {min(node_names(graph.nodes[m]) or {m})}")
    return known


def predicted_relations(graph, node, art_id) -> list[tuple[str, frozenset, frozenset]]:
    out = []
    for u, v, d in graph.edges(data=True):
        rel = d.get("label")
        if rel in (None, "MENTIONS", "REPORTS"):
            continue
        if rel == "WROTE" and v != node:
            continue
        if rel != "WROTE" and (art_id is None or str(d.get("article")) != str(art_id)):
            continue
        obj = frozenset([ARTICLE]) if v == node else node_names(graph.nodes[v])
        out.append((rel, node_names(graph.nodes[u]), obj))
    return out


def score_relations(graph, node, art: GoldArticle, known: dict, score: Score) -> None:
    art_id = graph.nodes[node].get("id", node) if node is not None else None
    pred = predicted_relations(graph, node, art_id)
    used: set[int] = set()
    for r in art.relations:
        subj = known.get(norm(r.subject), name_set(r.subject))
        obj = {ARTICLE} if r.object == ARTICLE else known.get(norm(r.object), name_set(r.object))
        hit = next(
            (
                i
                for i, (t, s, o) in enumerate(pred)
                if i not in used and t == r.type and s & subj and o & obj
            ),
            None,
        )
        if hit is None:
            score.counts["rel:" + r.type].fn += 1
            score.missed[art.key].append(f"{r.type}: {r.subject} -> {r.object}")
        else:
            score.counts["rel:" + r.type].tp += 1
            used.add(hit)
    for i, (t, s, o) in enumerate(pred):
        if i not in used:
            score.counts["rel:" + t].fp += 1
            score.extra[art.key].append(f"{t}: {min(s or {'?'})} -> {min(o or {'?'})}")


def format_score(score: Score, show: str | None = None) -> str:
    """The table kgscore prints, then (with ``show``) one article's misses and extras."""
    lines = []
    for key, prf in score.rows():
        counts = f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
        lines.append(
            f"{key:22s} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.fscore:.3f}   {counts}"
        )
    if score.missing_articles:
        lines.append("articles not found in the graph: " + ", ".join(score.missing_articles))
    if show is not None:
        lines += [f"  miss {m}" for m in score.missed.get(show, [])]
        lines += [f"  extra {e}" for e in score.extra.get(show, [])]
    return "\n".join(lines)
