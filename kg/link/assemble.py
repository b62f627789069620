"""Assemble the networkx graph of shared/SCHEMA.md from resolved extractions.

Nodes are keyed by their ``id``; each carries ``labels`` (":Person") so that
GraphML, APOC and the store writer read it unchanged. Edges carry ``label``
(the relationship type), ``article`` and ``evidence``; MENTIONS carry
``count``. Nodes and edges are added in sorted order so that the same input
gives the same graph, byte for byte, once written.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator

import networkx as nx

from kg.link.interning import Interner
from kg.link.resolve import Entity, Passes, entity_id, figure_name, resolve
from kg.link.scope import Scoping
from kg.nlp.figures.numbers import HEDGE_AFTER
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label

Edges = dict[str, list[tuple[str, dict]]]  # (target, attributes) of each edge, by its source
REPEATED = {  # the attributes whose values recur across articles, kept once each
    "article": ("source", "section", "date", "path"),
    "entity": ("labels", "name", "unit", "text", "metric", "hedge", "date"),
    "edge": ("label", "role", "title", "verb", "date", "amount"),
}


def build_graph(
    extractions: list[ArticleExtraction],
    scope_by: str = "home_city",
    declared: frozenset[str] = frozenset(),
) -> nx.MultiDiGraph:
    """The graph of the extractions; ``scope_by`` and ``declared`` as for ``Scoping``."""
    scoping = Scoping(unique_articles(extractions), scope_by, declared)
    return assemble(lambda: extractions, scoping)


def assemble(passes: Passes, scoping: Scoping) -> nx.MultiDiGraph:
    """The graph of the extractions ``passes`` yields anew at each call (a list, or a spool
    read back: kg.builder.spool), which ``scoping`` has seen. Two passes: one to resolve,
    one to add each article's nodes and edges; only the entities and the graph stay in
    memory, not the extractions."""
    return to_graph(*collect(passes, scoping))


def collect(passes: Passes, scoping: Scoping) -> tuple[dict[str, dict], Edges]:
    """Every node's attributes, and every edge by its source; the entities are let go on
    return, before the graph is built. Repeated values are kept as one object each
    (kg.link.interning): a 100k-article graph holds millions of them."""
    resolution = resolve(lambda: unique_articles(passes()), scoping)
    shared = Interner()
    nodes: dict[str, dict] = {}
    edges: Edges = {}
    for ex in unique_articles(passes()):
        nodes[ex.article.id] = shared.values(article_node(ex.article), REPEATED["article"])
        entities = resolution.of(ex)
        node_of = article_entities(ex, entities, nodes, shared)
        sentences = Interner()  # several relationships are read from one sentence
        for u, v, data in mention_edges(ex, node_of) + relation_edges(ex, node_of, entities):
            sentences.values(shared.values(data, REPEATED["edge"]), ("evidence",))
            edges.setdefault(u, []).append((v, data))
    return nodes, edges


def unique_articles(extractions: Iterable[ArticleExtraction]) -> Iterator[ArticleExtraction]:
    """One extraction per article id, the first: an article reached twice (overlapping folders,
    a file given twice) is one Article with its edges once, as in the store."""
    seen: set[str] = set()
    for ex in extractions:
        if ex.article.id not in seen:
            seen.add(ex.article.id)
            yield ex


def article_node(a: Article) -> dict:
    node = {"labels": ":Article", "id": a.id, "name": a.title, "title": a.title}
    node.update(source=a.source, date=a.date, section=a.section, text=a.text, path=a.path)
    return {k: v for k, v in node.items() if v is not None}


def hedged_form(m: Mention) -> set[str]:
    """The other forms a figure is named by: with the hedge written after it (10亿元以上,
    400公斤左右), or without the one written before it (接近七千元: 七千元)."""
    hedges = m.figure.hedge.split("…") if m.figure and m.figure.hedge else [""]
    forms = {m.text + hedges[-1]} if HEDGE_AFTER.fullmatch(hedges[-1]) else set()
    if hedges[0] and m.text.startswith(hedges[0]) and len(m.text) > len(hedges[0]):
        forms.add(m.text[len(hedges[0]) :])
    return forms


def article_entities(
    ex: ArticleExtraction,
    entities: dict[tuple[str, str], Entity],
    nodes: dict[str, dict],
    shared: Interner,
) -> dict[tuple[str, str], Entity]:
    """The entity of each mention key of one article (figures are the article's own nodes)."""
    node_of: dict[tuple[str, str], Entity] = {}
    for ent in entities.values():  # relation endpoints too, mentioned or not
        add_entity(nodes, ent, shared)
    for m in ex.mentions:
        if m.label == Label.FIGURE:
            name = figure_name(ex.article.id, m.name)
            ent = Entity(
                entity_id(Label.FIGURE, name),
                Label.FIGURE,
                m.text,
                aliases=hedged_form(m),
                figure=m.figure,
            )
        else:
            ent = entities[(m.label, m.name)]
        node_of[(m.label, m.name)] = ent
        add_entity(nodes, ent, shared)
    return node_of


def mention_edges(ex: ArticleExtraction, node_of: dict) -> list[tuple[str, str, dict]]:
    """MENTIONS (REPORTS for figures) from the article, with how often."""
    a = ex.article
    counts = Counter(node_of[(m.label, m.name)].id for m in ex.mentions)
    return [
        (a.id, node_id, {"label": rel, "count": n, "article": a.id})
        for node_id, n in sorted(counts.items())
        for rel in ["REPORTS" if node_id.startswith("Figure:") else "MENTIONS"]
    ]


def relation_edges(
    ex: ArticleExtraction, node_of: dict, entities: dict[tuple[str, str], Entity]
) -> list[tuple[str, str, dict]]:
    a = ex.article
    edges = []
    for r in ex.relations:
        src = node_of.get(r.subj) or entities.get(r.subj)
        dst = a.id if r.obj[0] == Label.ARTICLE else (node_of.get(r.obj) or entities.get(r.obj))
        if src is None or dst is None:
            continue
        dst_id = dst if isinstance(dst, str) else dst.id
        data = {"label": str(r.type), "article": a.id, "evidence": r.evidence}
        edges.append((src.id, dst_id, {**data, **r.properties()}))
    return edges


def to_graph(nodes: dict[str, dict], edges: Edges) -> nx.MultiDiGraph:
    """Nodes and edges added in sorted order: the same input gives the same file. Each is
    taken out of ``nodes`` and ``edges`` as it goes in, so they are not held twice; the
    edges are sorted one source at a time (sort keys for all of them at once were the
    build's peak of memory)."""
    g = nx.MultiDiGraph()
    for node_id in sorted(nodes):
        g.add_node(node_id, **nodes.pop(node_id))
    for u in sorted(edges):
        for v, d in in_edge_order(edges.pop(u)):
            g.add_edge(u, v, **d)
    return g


def in_edge_order(targets: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The edges of one source by target, type, article, evidence, then all of it.

    All of it (the properties as a string) is made only for edges alike in the rest: the
    rest orders nearly all of them, and making that string for every edge was most of the
    sort's time. Sorting each run of such edges again is sorting by the whole key.
    """
    ordered: list[tuple[str, dict]] = []
    for _, alike in itertools.groupby(sorted(targets, key=edge_order), key=edge_order):
        run = list(alike)
        ordered += sorted(run, key=all_of_it) if len(run) > 1 else run
    return ordered


def edge_order(e: tuple[str, dict]) -> tuple[str, ...]:
    v, d = e
    return (v, d["label"], d.get("article", ""), d.get("evidence", ""))


def all_of_it(e: tuple[str, dict]) -> str:
    return str(sorted(e[1].items()))


def add_entity(nodes: dict[str, dict], ent: Entity, shared: Interner) -> None:
    node = nodes.get(ent.id)
    if node is None:
        node = {"labels": f":{ent.label}", "id": ent.id, "name": ent.name, "aliases": []}
        node.update(entity_facts(ent))
        if ent.scope:
            node["scope"] = ent.scope
        if ent.merged_from:
            node["merged_from"] = sorted(ent.merged_from)
        if ent.linked_by:
            node["linked_by"] = sorted(ent.linked_by)
        nodes[ent.id] = shared.values(node, REPEATED["entity"])
    node["aliases"] = sorted(set(node["aliases"]) | ent.aliases)


def entity_facts(ent: Entity) -> dict:
    """A figure's value, unit, text, metric and hedge, an event's date: those that are known."""
    facts = vars(ent.figure) if ent.figure else {}
    return {k: v for k, v in {**facts, "date": ent.date}.items() if v is not None}
