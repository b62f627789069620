"""Extraction of a stream of articles, in one process or several, with the cache.

Why its own module: this is where the build spends its time, and where one
article must not cost the others: an article the pipeline or the extraction
rules fail on (a bug that only some text provokes) is reported as an input
error naming it, and the rest of its batch is extracted one by one; a long
article is read in pieces (kg.builder.pieces).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from kg.builder.admit import where
from kg.builder.cache import ExtractionCache, pipeline_version
from kg.builder.options import BuildOptions
from kg.builder.pieces import LONG_ARTICLE_CHARS, extract_long
from kg.builder.progress import Progress
from kg.errors import KgError
from kg.extract.mentions import extract_from_doc
from kg.nlp import load_pipeline
from kg.read import InputError
from kg.records import Article, ArticleExtraction

BATCH = 32
log = logging.getLogger(__name__)
Outcome = ArticleExtraction | InputError


def extract_articles(
    articles: Iterable[Article],
    options: BuildOptions,
    keep: Callable[[ArticleExtraction], None],
    progress: Progress | None = None,
    on_error: Callable[[InputError], None] = lambda e: None,
) -> None:
    """Extract a stream of articles, in ``options.workers`` processes or on the Dask
    cluster at ``options.cluster`` (``chunk_mapper``), skipping cached ones; each
    extraction goes to ``keep`` as it comes back (the build's spool), none is held here.

    Results come back in input order, so any number of workers gives the same
    spool and graph. ``options.statistical=False`` leaves the statistical NER out (rules only).
    Articles that cannot be extracted go to ``on_error``.
    """
    hits = 0
    mapping = contextlib.ExitStack()
    try:
        extract_chunks = mapping.enter_context(chunk_mapper(options))  # before the progress line
        if progress:
            progress.restart()
        results = extract_chunks(chunked(articles, BATCH))
        for outcomes, chunk_hits in results:
            extractions = [x for x in outcomes if isinstance(x, ArticleExtraction)]
            for failure in (x for x in outcomes if isinstance(x, InputError)):
                on_error(failure)
            for extraction in extractions:
                keep(extraction)
            hits += chunk_hits
            if progress:
                progress.update(
                    len(extractions), chars=sum(len(e.article.text) for e in extractions)
                )
    finally:
        mapping.close()
        if progress:
            progress.close()  # the line; the counters stay
    if progress:
        progress.cache_hits = hits


@contextlib.contextmanager
def chunk_mapper(options: BuildOptions) -> Iterator[Callable[[Iterable[list[Article]]], Iterator]]:
    """What maps chunks of articles to ``(outcomes, cache hits)`` in input order: this
    process, a pool of ``options.workers`` forked processes, or a Dask cluster.

    With several local workers the pipeline is loaded once, here, before they are
    forked: they share its memory copy-on-write instead of loading the models
    again. With one, it is loaded at the first article the cache lacks, so a
    rebuild of unchanged input never pays for the models.
    """
    if options.cluster:
        from kg.builder.cluster import on_cluster  # Dask: imported only when asked for

        with on_cluster(options) as extract_chunks:
            yield extract_chunks
    elif options.workers > 1:
        load_pipeline(options.gazetteer, options.statistical)
        pool = multiprocessing.get_context("fork").Pool(
            options.workers, initializer=install_worker, initargs=(Worker(options),)
        )
        try:
            yield lambda chunks: pool.imap(extract_in_worker, chunks)
        finally:
            pool.close()
            pool.join()
    else:
        yield lambda chunks: map(Worker(options).extract, chunks)


class Worker:
    """What extracting a chunk needs: the pipeline's settings and the cache.

    Made in the parent; the parent extracts with it when it works alone, a pool
    hands it to each forked worker process once, through its initializer, and a
    Dask cluster gets it with each chunk (kg.builder.cluster).
    """

    def __init__(self, options: BuildOptions):
        self.gazetteer = options.gazetteer
        self.statistical = options.statistical
        self.cache = (
            ExtractionCache(options.cache_dir, pipeline_version(self.gazetteer, self.statistical))
            if options.cache_dir
            else None
        )

    def extract(self, chunk: list[Article]) -> tuple[list[Outcome], int]:
        """Each article's extraction (or why it has none) in order, and how many came from
        the cache."""
        done: dict[int, Outcome] = {}
        if self.cache:
            for k, article in enumerate(chunk):
                hit = self.cache.get(article)
                if hit is not None:
                    done[k] = hit
        hits = len(done)
        todo = {k: a for k, a in enumerate(chunk) if k not in done}
        if todo:
            nlp = load_pipeline(self.gazetteer, self.statistical)
            short = {k: a for k, a in todo.items() if len(a.text) <= LONG_ARTICLE_CHARS}
            try:
                self.extract_together(nlp, short, done)
            except KgError:
                raise
            except Exception:  # one article broke the batch: find it, keep the others
                log.debug("a batch failed; extracting its articles one by one", exc_info=True)
            for k, article in todo.items():
                if k not in done:
                    done[k] = self.extract_one(nlp, article)
        return [done[k] for k in range(len(chunk))], hits

    def extract_together(
        self, nlp: Language, articles: dict[int, Article], done: dict[int, Outcome]
    ) -> None:
        """Short articles through ``nlp.pipe`` (the fast path), into ``done`` as they come."""
        texts = ((a.text, k) for k, a in articles.items())
        for doc, k in nlp.pipe(texts, as_tuples=True, batch_size=BATCH):
            done[k] = self.keep(extract_from_doc(articles[k], doc))

    def extract_one(self, nlp: Language, article: Article) -> Outcome:
        """One article alone (in pieces when long); an error naming it when it fails."""
        try:
            if len(article.text) > LONG_ARTICLE_CHARS:
                return self.keep(extract_long(article, nlp))
            return self.keep(extract_from_doc(article, nlp(article.text)))
        except KgError:
            raise
        except Exception as exc:
            log.debug("extracting %s failed", article.id, exc_info=True)
            reason = (str(exc).strip().splitlines() or [""])[0][:200]
            return InputError(
                where(article),
                f"article {article.title[:40]!r} could not be extracted "
                f"({type(exc).__name__}: {reason}); the rest is built (kg -v build shows why)",
            )

    def keep(self, extraction: ArticleExtraction) -> ArticleExtraction:
        if self.cache:
            self.cache.put(extraction)
        return extraction


_worker: Worker | None = None  # in a pool's worker process only: set by install_worker


def install_worker(worker: Worker) -> None:
    """The pool's initializer: runs once in each worker process as it starts."""
    global _worker
    _worker = worker


def extract_in_worker(chunk: list[Article]) -> tuple[list[Outcome], int]:
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
