"""The build: inputs -> articles -> extractions -> graph -> files (and the store).

``build()`` is the Python API; ``run_build()`` is what ``kg build`` runs: it
also writes graph.graphml and graph.json, reports progress and bad inputs,
and returns a summary.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.extract import extract_from_doc
from kg.graph import build_graph
from kg.nlp import load_pipeline
from kg.progress import Progress
from kg.readers import InputError, iter_articles
from kg.readers.discover import Defaults, input_files, iso_date
from kg.readwrite import write_graphml, write_node_link
from kg.schema import Article, ArticleExtraction

BATCH = 32


@dataclass
class BuildReport:
    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0


def extract_articles(articles: Iterable[Article], progress: Progress | None = None,
                     gazetteer: str | None = None) -> list[ArticleExtraction]:
    """Run the pipeline over a stream of articles (batched through nlp.pipe)."""
    nlp = load_pipeline(gazetteer)
    out = []
    stream = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=BATCH):
        out.append(extract_from_doc(article, doc))
        if progress:
            progress.update(chars=len(article.text))
    return out


def build(paths: Iterable[str | Path], home_city: str | None = None, source: str | None = None,
          date: str | None = None, gazetteer: str | None = None,
          on_error: Callable[[InputError], None] | None = None,
          progress: Progress | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of the given files and folders."""
    defaults = Defaults(source=source, date=iso_date(date) if date else None, home_city=home_city)
    errors = on_error or (lambda e: None)
    articles = iter_articles(paths, defaults, errors)
    return build_graph(extract_articles(articles, progress, gazetteer))


def run_build(paths: list[str], out_dir: str | Path, home_city: str | None = None, source: str | None = None,
              date: str | None = None, gazetteer: str | None = None,
              report_error: Callable[[InputError], None] = lambda e: None,
              show_progress: bool = True) -> tuple[nx.MultiDiGraph, BuildReport]:
    report = BuildReport()

    def on_error(err: InputError) -> None:
        report.errors.append(err)
        report_error(err)

    total = sum(f.stat().st_size for f in input_files(paths, lambda e: None))
    progress = Progress(total_bytes=total, enabled=show_progress)
    graph = build(paths, home_city, source, date, gazetteer, on_error, progress)
    report.articles = progress.articles
    report.seconds = progress.done()
    out = Path(out_dir)
    write_graphml(graph, out / "graph.graphml")
    write_node_link(graph, out / "graph.json")
    report.files = [str(out / "graph.graphml"), str(out / "graph.json")]
    return graph, report


def summary(graph: nx.MultiDiGraph, report: BuildReport) -> str:
    """The one-screen summary printed at the end of a build."""
    labels = Counter(d.get("labels", "").lstrip(":") for _, d in graph.nodes(data=True))
    types = Counter(d.get("label") for *_, d in graph.edges(data=True))
    lines = [f"built {report.articles} articles in {report.seconds:.1f}s: "
             f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"]
    lines.append("  nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    lines.append("  edges: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    for f in report.files:
        lines.append(f"  wrote {f}")
    if report.errors:
        lines.append(f"  {len(report.errors)} input(s) failed (see errors above)")
    return "\n".join(lines)
