"""The build: inputs -> articles -> extractions -> graph -> files (and the store).

``build()`` is the Python API; ``run_build()`` is what ``kg build`` runs: it
also writes graph.graphml and graph.json, reports progress and bad inputs,
and returns a summary.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.builder.cache import ExtractionCache, pipeline_version
from kg.builder.progress import Progress
from kg.extract.mentions import extract_from_doc
from kg.link.assemble import build_graph
from kg.nlp import load_pipeline
from kg.read import InputError, iter_articles
from kg.read.discover import Defaults, input_files, iso_date
from kg.records import Article, ArticleExtraction
from kg.write import write_graphml, write_node_link

BATCH = 32
BYTES_PER_CHAR = 3  # UTF-8 Chinese: the input size in characters, estimated for time left


@dataclass
class BuildReport:
    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cache_hits: int = 0


def extract_articles(
    articles: Iterable[Article],
    progress: Progress | None = None,
    gazetteer: str | None = None,
    workers: int = 1,
    cache_dir: str | Path | None = None,
    *,
    statistical: bool = True,
) -> list[ArticleExtraction]:
    """Extract a stream of articles, in ``workers`` processes, skipping cached ones.

    With several workers the pipeline is loaded once, here, before they are
    forked: they share its memory copy-on-write instead of loading the models
    again. With one, it is loaded at the first article the cache lacks, so a
    rebuild of unchanged input never pays for the models.
    Results come back in input order, so any number of workers gives the same
    graph. ``statistical=False`` leaves the statistical NER out (rules only).
    """
    global _WORKER
    if workers > 1:
        load_pipeline(gazetteer, statistical)
    cache = (
        ExtractionCache(cache_dir, pipeline_version(gazetteer, statistical)) if cache_dir else None
    )
    _WORKER = (gazetteer, statistical, cache)
    if progress:
        progress.restart()
    chunks = chunked(articles, BATCH)
    out: list[ArticleExtraction] = []
    hits = 0
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    try:
        results = pool.imap(extract_chunk, chunks) if pool else map(extract_chunk, chunks)
        for extractions, chunk_hits in results:
            out.extend(extractions)
            hits += chunk_hits
            if progress:
                progress.update(
                    len(extractions), chars=sum(len(e.article.text) for e in extractions)
                )
    finally:
        if pool:
            pool.close()
            pool.join()
    if progress:
        progress.cache_hits = hits
    return out


_WORKER: tuple[str | None, bool, ExtractionCache | None] | None = (
    None  # (gazetteer, statistical, cache)
)


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_chunk(chunk: list[Article]) -> tuple[list[ArticleExtraction], int]:
    """Extract one chunk in this process (a worker, or the parent when workers=1)."""
    gazetteer, statistical, cache = _WORKER
    done: dict[int, ArticleExtraction] = {}
    if cache:
        for k, article in enumerate(chunk):
            hit = cache.get(article)
            if hit is not None:
                done[k] = hit
    hits = len(done)
    todo = [(a.text, k) for k, a in enumerate(chunk) if k not in done]
    if not todo:
        return [done[k] for k in range(len(chunk))], hits
    for doc, k in load_pipeline(gazetteer, statistical).pipe(
        todo, as_tuples=True, batch_size=BATCH
    ):
        done[k] = extract_from_doc(chunk[k], doc)
        if cache:
            cache.put(done[k])
    return [done[k] for k in range(len(chunk))], hits


def build(
    paths: Iterable[str | Path],
    home_city: str | None = None,
    source: str | None = None,
    date: str | None = None,
    gazetteer: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    cache_dir: str | Path | None = None,
    *,
    statistical: bool = True,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of the given files and folders.

    ``workers`` processes extract in parallel; ``cache_dir`` keeps each
    article's extraction so that a rebuild only extracts new or changed ones.
    """
    defaults = Defaults(source=source, date=iso_date(date) if date else None, home_city=home_city)
    errors = on_error or (lambda e: None)
    articles = iter_articles(paths, defaults, errors)
    return build_graph(
        extract_articles(articles, progress, gazetteer, workers, cache_dir, statistical=statistical)
    )


def run_build(
    paths: list[str],
    out_dir: str | Path,
    home_city: str | None = None,
    source: str | None = None,
    date: str | None = None,
    gazetteer: str | None = None,
    report_error: Callable[[InputError], None] = lambda e: None,
    show_progress: bool = True,
    workers: int = 1,
    cache_dir: str | Path | None = None,
    *,
    statistical: bool = True,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    report = BuildReport()

    def on_error(err: InputError) -> None:
        report.errors.append(err)
        report_error(err)

    total = sum(f.stat().st_size for f in input_files(paths, lambda e: None))
    progress = Progress(total_chars=total // BYTES_PER_CHAR, enabled=show_progress)
    graph = build(
        paths,
        home_city,
        source,
        date,
        gazetteer,
        on_error,
        progress,
        workers,
        cache_dir,
        statistical=statistical,
    )
    report.articles = progress.articles
    report.cache_hits = progress.cache_hits
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
    cached = f" ({report.cache_hits} from the cache)" if report.cache_hits else ""
    lines = [
        f"built {report.articles} articles{cached} in {report.seconds:.1f}s: "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    ]
    lines.append("  nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    lines.append("  edges: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    for f in report.files:
        lines.append(f"  wrote {f}")
    if report.errors:
        lines.append(f"  {len(report.errors)} input(s) failed (see errors above)")
    return "\n".join(lines)
