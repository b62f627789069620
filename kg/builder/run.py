"""The build: inputs -> articles -> extractions -> graph -> files (and the store).

``build()`` is the Python API; ``run_build()`` is what ``kg build`` runs: it
also writes graph.graphml, graph.json and build.json, reports progress, bad inputs and
notes, and returns a summary. Both take their settings as one ``BuildOptions``
and check them, the inputs and the folders they write before any long work.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.builder.admit import Admission
from kg.builder.options import BuildOptions, OptionError, check_files, input_paths
from kg.builder.outputs import GRAPH_FILES, check_out_folder, worse_than_existing
from kg.builder.progress import Progress
from kg.builder.spool import SPOOL_NAME, Spool
from kg.builder.workers import extract_articles
from kg.link.assemble import assemble
from kg.link.scope import Scoping, declared_names
from kg.nlp.pipeline import release_pipelines
from kg.read import InputError, InputNote, iter_articles
from kg.read.discover import Defaults, input_files, iso_date
from kg.records import ArticleExtraction
from kg.write import write_graphml, write_node_link
from kg.write.files import atomic_write

BYTES_PER_CHAR = 3  # UTF-8 Chinese: the input size in characters, estimated for time left
# Articles from which a build lets go of the models before assembling its graph: a graph
# of that many (~19 KB an article in networkx) is what the models' ~0.8 GB would add to; a
# smaller build keeps them for the next build in the same process.
RELEASE_MODELS_AT = 10_000
log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    notes: list[InputNote] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cache_hits: int = 0
    repeats: int = 0  # articles reached again (the same file twice, overlapping folders)
    kept: str = ""  # why the files of an earlier build were kept ('' when written)


def log_note(note: InputNote) -> None:
    log.warning("%s", note)


def build(
    paths: str | Path | Iterable[str | Path],
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    on_note: Callable[[InputNote], None] = log_note,
    **options: Any,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of the given file or folder, or list of them.

    The keyword options are the fields of ``BuildOptions``: ``home_city``,
    ``source``, ``date``, ``gazetteer``, ``workers`` (processes that extract in
    parallel), ``cache_dir`` (keeps each article's extraction, so that a
    rebuild only extracts new or changed ones), ``statistical``, ``show_progress``
    and ``scope_by``. ``on_error`` is called with each input that cannot be
    read; the rest is built. ``on_note`` hears of inputs built with a change
    (a broken character mended, a long text read in pieces); by default they
    are logged as warnings. A bad option or input list raises ``OptionError``
    (a ``kg.errors.UsageError``) before any work starts.
    """
    return build_with(paths, BuildOptions.from_keywords(options), on_error, progress, on_note)


def build_with(
    paths: str | Path | Iterable[str | Path],
    options: BuildOptions,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    on_note: Callable[[InputNote], None] = log_note,
    spool: Spool | None = None,
) -> nx.MultiDiGraph:
    """``build`` with its options as one record. The extractions go to ``spool`` as they come
    and the graph is assembled from it; without one, to a temporary file removed at the end."""
    paths = input_paths(paths)
    check_files(options)
    return built(paths, options, on_error, progress, on_note, spool)


def built(
    paths: list[str | Path],
    options: BuildOptions,
    on_error: Callable[[InputError], None] | None,
    progress: Progress | None,
    on_note: Callable[[InputNote], None],
    spool: Spool | None,
) -> nx.MultiDiGraph:
    """``build_with`` once the inputs are listed and the options' files checked."""
    if progress is None and options.show_progress:
        progress = progress_for(paths)
    on_error = on_error or (lambda e: None)
    defaults = Defaults(
        source=options.source,
        date=iso_date(options.date) if options.date else None,
        home_city=options.home_city,
    )
    admission = Admission(on_error, on_note)
    articles = admission.admitted(iter_articles(paths, defaults, on_error, on_note))
    scoping = Scoping(scope_by=options.scope_by, declared=declared_names(options.gazetteer))
    with contextlib.nullcontext(spool) if spool else Spool() as into:

        def keep(extraction: ArticleExtraction) -> None:
            into.write(extraction)
            scoping.add(extraction)  # the places named: linking's first pass, done here

        extract_articles(articles, options, keep, progress, on_error)
        if into.count >= RELEASE_MODELS_AT:
            release_pipelines()  # the graph is at its largest from here on
        graph = assemble(lambda: into, scoping)
    if progress is not None:
        progress.repeats = admission.repeats
    return graph


def progress_for(paths: list[str | Path], enabled: bool = True) -> Progress:
    """A progress line whose total is the inputs' size, in characters estimated from bytes."""
    total = 0
    for f in input_files(paths, lambda e: None):
        try:
            total += f.stat().st_size
        except OSError:  # gone since it was listed: the reader will say so
            continue
    return Progress(total_chars=total // BYTES_PER_CHAR, enabled=enabled)


def run_build(
    paths: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    options: BuildOptions,
    report_error: Callable[[InputError], None] = lambda e: None,
    report_note: Callable[[InputNote], None] = lambda n: None,
    force: bool = False,
) -> tuple[nx.MultiDiGraph, BuildReport]:
    """What ``kg build`` runs: the graph, written to OUT/graph.graphml and OUT/graph.json
    (with OUT/extractions.jsonl, the spool it was assembled from, and OUT/build.json), and a
    report (articles, failed inputs, notes, files, seconds, cache hits).

    ``--out`` is checked first; the files of an earlier build are kept, not
    replaced, when this build has no article or lost inputs and articles
    (``report.kept`` says why, and an error says so), unless ``force``.
    """
    report = BuildReport()

    def on_error(err: InputError) -> None:
        report.errors.append(err)
        report_error(err)

    def on_note(note: InputNote) -> None:
        report.notes.append(note)
        report_note(note)

    paths = input_paths(paths)
    check_out_folder(out_dir)
    check_files(options)  # before OUT is made: a refused option leaves nothing behind
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    progress = progress_for(paths, enabled=options.show_progress)
    with Spool(out) as spool:  # removed unless the graph files are written
        graph = built(paths, options, on_error, progress, on_note, spool)
        report.articles = progress.articles
        report.repeats = progress.repeats
        report.cache_hits = progress.cache_hits
        report.seconds = progress.done()
        report.kept = "" if force else worse_than_existing(out, graph, len(report.errors))
        if report.kept:
            on_error(InputError(str(out / GRAPH_FILES[0]), f"{report.kept}; --force replaces it"))
            return graph, report
        write_outputs(graph, out, report, spool)
    return graph, report


def write_outputs(graph: nx.MultiDiGraph, out: Path, report: BuildReport, spool: Spool) -> None:
    """The graph files, each whole or not at all, then the spool renamed beside them."""
    for name, write in zip(GRAPH_FILES, (write_graphml, write_node_link), strict=True):
        try:
            write(graph, out / name)
        except OSError as exc:
            raise OptionError("out", f"cannot write {out / name} ({exc.strerror or exc})") from None
        report.files.append(str(out / name))
    spool.keep_as(out / SPOOL_NAME)
    report.files.append(str(out / SPOOL_NAME))
    write_build_log(out / "build.json", report)


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
    if report.repeats:
        cached += f" ({report.repeats} more reached again, built once)"
    lines = [
        f"built {report.articles} articles{cached} in {report.seconds:.1f}s: "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    ]
    lines.append("  nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    lines.append("  edges: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    for f in report.files:
        lines.append(f"  wrote {f}")
    if report.kept:
        lines.append(f"  wrote nothing: {report.kept}")
    if report.errors:
        lines.append(f"  {len(report.errors)} input(s) failed (see errors above)")
    return "\n".join(lines)
