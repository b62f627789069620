"""The build: inputs -> articles -> extractions -> graph -> files (and the store).

``build()`` is the Python API; ``run_build()`` is what ``kg build`` runs: it
also writes graph.graphml, graph.json and build.json, reports progress and bad inputs,
and returns a summary. Both take their settings as one ``BuildOptions``.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.builder.cache import ExtractionCache, pipeline_version
from kg.builder.options import BuildOptions
from kg.builder.progress import Progress
from kg.extract.mentions import extract_from_doc
from kg.link.assemble import build_graph
from kg.link.scope import declared_names
from kg.nlp import load_pipeline
from kg.read import InputError, iter_articles
from kg.read.discover import Defaults, input_files, iso_date
from kg.records import Article, ArticleExtraction
from kg.write import write_graphml, write_node_link
from kg.write.files import atomic_write

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
    articles: Iterable[Article], options: BuildOptions, progress: Progress | None = None
) -> list[ArticleExtraction]:
    """Extract a stream of articles, in ``options.workers`` processes, skipping cached ones.

    With several workers the pipeline is loaded once, here, before they are
    forked: they share its memory copy-on-write instead of loading the models
    again. With one, it is loaded at the first article the cache lacks, so a
    rebuild of unchanged input never pays for the models.
    Results come back in input order, so any number of workers gives the same
    graph. ``options.statistical=False`` leaves the statistical NER out (rules only).
    """
    if options.workers > 1:
        load_pipeline(options.gazetteer, options.statistical)
    worker = Worker(options)
    out: list[ArticleExtraction] = []
    hits = 0
    pool = None
    try:
        if options.workers > 1:  # forked before the progress line exists
            pool = multiprocessing.get_context("fork").Pool(
                options.workers, initializer=install_worker, initargs=(worker,)
            )
        if progress:
            progress.restart()
        chunks = chunked(articles, BATCH)
        results = pool.imap(extract_in_worker, chunks) if pool else map(worker.extract, chunks)
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
            progress.close()  # the line; the counters stay
    if progress:
        progress.cache_hits = hits
    return out


class Worker:
    """What extracting a chunk needs: the pipeline's settings and the cache.

    Made in the parent; the parent extracts with it when it works alone, and a
    pool hands it to each forked worker process once, through its initializer.
    """

    def __init__(self, options: BuildOptions):
        self.gazetteer = options.gazetteer
        self.statistical = options.statistical
        self.cache = (
            ExtractionCache(options.cache_dir, pipeline_version(self.gazetteer, self.statistical))
            if options.cache_dir
            else None
        )

    def extract(self, chunk: list[Article]) -> tuple[list[ArticleExtraction], int]:
        """The chunk's extractions in order, and how many came from the cache."""
        done: dict[int, ArticleExtraction] = {}
        if self.cache:
            for k, article in enumerate(chunk):
                hit = self.cache.get(article)
                if hit is not None:
                    done[k] = hit
        hits = len(done)
        todo = [(a.text, k) for k, a in enumerate(chunk) if k not in done]
        if not todo:
            return [done[k] for k in range(len(chunk))], hits
        nlp = load_pipeline(self.gazetteer, self.statistical)
        for doc, k in nlp.pipe(todo, as_tuples=True, batch_size=BATCH):
            done[k] = extract_from_doc(chunk[k], doc)
            if self.cache:
                self.cache.put(done[k])
        return [done[k] for k in range(len(chunk))], hits


_worker: Worker | None = None  # in a pool's worker process only: set by install_worker


def install_worker(worker: Worker) -> None:
    """The pool's initializer: runs once in each worker process as it starts."""
    global _worker
    _worker = worker


def extract_in_worker(chunk: list[Article]) -> tuple[list[ArticleExtraction], int]:
    return _worker.extract(chunk)


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build(
    paths: Iterable[str | Path],
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of the given files and folders.

    The keyword options are the fields of ``BuildOptions``: ``home_city``,
    ``source``, ``date``, ``gazetteer``, ``workers`` (processes that extract in
    parallel), ``cache_dir`` (keeps each article's extraction, so that a
    rebuild only extracts new or changed ones), ``statistical``,
    ``show_progress`` and ``scope_by``. ``on_error`` is called with each input that cannot be
    read; the rest is built.
    """
    return build_with(paths, BuildOptions(**options), on_error, progress)


def build_with(
    paths: Iterable[str | Path],
    options: BuildOptions,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
) -> nx.MultiDiGraph:
    """``build`` with its options as one record."""
    paths = list(paths)
    if progress is None and options.show_progress:
        progress = progress_for(paths)
    defaults = Defaults(
        source=options.source,
        date=iso_date(options.date) if options.date else None,
        home_city=options.home_city,
    )
    articles = iter_articles(paths, defaults, on_error or (lambda e: None))
    extractions = extract_articles(articles, options, progress)
    return build_graph(extractions, options.scope_by, declared_names(options.gazetteer))


def progress_for(paths: list[str | Path], enabled: bool = True) -> Progress:
    """A progress line whose total is the inputs' size, in characters estimated from bytes."""
    total = sum(f.stat().st_size for f in input_files(paths, lambda e: None))
    return Progress(total_chars=total // BYTES_PER_CHAR, enabled=enabled)


def run_build(
    paths: list[str],
    out_dir: str | Path,
    options: BuildOptions,
    report_error: Callable[[InputError], None] = lambda e: None,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """What ``kg build`` runs: the graph, written to OUT/graph.graphml and OUT/graph.json,
    and a report (articles, failed inputs, files, seconds, cache hits)."""
    report = BuildReport()

    def on_error(err: InputError) -> None:
        report.errors.append(err)
        report_error(err)

    progress = progress_for(paths, enabled=options.show_progress)
    graph = build_with(paths, options, on_error, progress)
    report.articles = progress.articles
    report.cache_hits = progress.cache_hits
    report.seconds = progress.done()
    out = Path(out_dir)
    write_graphml(graph, out / "graph.graphml")
    write_node_link(graph, out / "graph.json")
    write_build_log(out / "build.json", report)
    report.files = [str(out / "graph.graphml"), str(out / "graph.json")]
    return graph, report


def write_build_log(path: Path, report: BuildReport) -> None:
    """OUT/build.json: how many articles were read and which inputs were skipped and why, so
    that ``kg report`` can say so after the terminal is gone."""
    log = {
        "articles": report.articles,
        "seconds": round(report.seconds, 2),
        "cache_hits": report.cache_hits,
        "errors": [{"path": str(e.path), "reason": str(e.reason)} for e in report.errors],
    }
    blob = json.dumps(log, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(path, lambda fh: fh.write(blob))


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
