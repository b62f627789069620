"""Extraction on a Dask distributed cluster: ``kg build ... --cluster tcp://HOST:8786``.

Why Dask: its workers are plain long-lived Python processes that users already
run (``dask scheduler`` and ``dask worker ADDRESS`` on N machines, the
dask-kubernetes operator, dask-jobqueue on SLURM/PBS), and a worker process
keeps what it imported across tasks, so the pipeline kg.nlp caches per process
is loaded once per worker, at its first chunk the cache lacks. Chunks of
articles travel as task arguments (a few KB each); there is no object store to
run or size.

``on_cluster`` gives the same thing the local pool does: a function from
chunks of articles to ``(outcomes, cache hits)`` in input order, so the graph
is byte for byte a local build's. At most ``AHEAD`` chunks per worker process
are in flight: a million articles are not all submitted at once, and results
are taken back as the head of the window finishes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from pathlib import Path

from kg.builder.cache import pipeline_version
from kg.builder.options import BuildOptions
from kg.builder.workers import Outcome, Worker
from kg.errors import KgError, SetupError, UsageError
from kg.read import InputError
from kg.records import Article

AHEAD = 2  # chunks in flight per worker process: one running, one waiting
CONNECT_TIMEOUT_S = 5
NO_WORKER_TIMEOUT_S = 120  # how long the build waits for a scheduler with no worker at all
ChunkMapper = Callable[[Iterable[list[Article]]], Iterator[tuple[list[Outcome], int]]]
_one_at_a_time = threading.Lock()  # per worker process: one pipeline, not thread-safe


class ClusterUnreachable(UsageError):
    """``--cluster``'s address is malformed or no Dask scheduler answers there (exit 2)."""


class ClusterFailure(KgError):
    """The cluster cannot finish the extraction: no worker left, or a worker unlike this
    machine (another kg, other word lists, no view of the cache folder)."""


def connect(address: str):
    """A Dask client of the scheduler at ``address``, or one line saying why not.

    The address is tried with a bare connection first: a ``Client`` that fails to start
    lingers and stalls the interpreter's exit, and says less about why."""
    try:
        from distributed import Client
        from distributed.comm import connect as reach
    except ImportError:
        raise SetupError("--cluster needs Dask distributed: pip install 'kg[cluster]'") from None

    async def probe() -> None:
        comm = await reach(address, timeout=CONNECT_TIMEOUT_S)
        await comm.close()

    try:
        asyncio.run(probe())
    except (ValueError, TypeError) as exc:
        raise ClusterUnreachable(
            f"--cluster {address}: not a scheduler address (tcp://HOST:PORT): {first_line(exc)}"
        ) from None
    except (OSError, TimeoutError) as exc:
        raise ClusterUnreachable(
            f"--cluster {address}: no Dask scheduler answers within {CONNECT_TIMEOUT_S}s "
            f"({first_line(exc)})"
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as exc:  # it answered the probe, then went away
        raise ClusterUnreachable(f"--cluster {address}: {first_line(exc)}") from None


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def remote_worker(options: BuildOptions) -> Worker:
    """The ``Worker`` to send: its cache and gazetteer paths absolute, since a worker runs
    in another folder, maybe on another machine; the cache folder made now, so that a
    worker can tell whether it sees the same one (``check_worker``)."""
    cache, gazetteer = options.cache_dir, options.gazetteer
    if cache is not None:
        cache = Path(cache).resolve()
        cache.mkdir(parents=True, exist_ok=True)
    if gazetteer is not None:
        gazetteer = str(Path(gazetteer).resolve())
    return Worker(dataclasses.replace(options, cache_dir=cache, gazetteer=gazetteer, workers=1))


@contextlib.contextmanager
def on_cluster(options: BuildOptions) -> Iterator[ChunkMapper]:
    """A chunk mapper running ``Worker.extract`` on the workers of the scheduler at
    ``options.cluster``; the connection is closed (pending tasks dropped) on leaving."""
    address = options.cluster
    worker = remote_worker(options)
    version = pipeline_version(worker.gazetteer, worker.statistical)
    client = connect(address)
    try:
        yield lambda chunks: in_order(client, address, worker, version, chunks)
    finally:
        client.close()


def in_order(client, address: str, worker: Worker, version: str, chunks) -> Iterator:
    """Each chunk's ``(outcomes, hits)`` in input order, with a bounded window in flight."""
    pending: deque = deque()
    for chunk in chunks:
        future = client.submit(extract_on_worker, worker, version, chunk, pure=False)
        pending.append((future, chunk))
        while len(pending) >= AHEAD * max(1, len(client.nthreads())):
            yield result(client, address, *pending.popleft())
    while pending:
        yield result(client, address, *pending.popleft())


def extract_on_worker(worker: Worker, version: str, chunk: list[Article]):
    """The task: one chunk, on a worker checked to extract as this machine would."""
    check_worker(worker, version)
    with _one_at_a_time:  # a worker started with --nthreads 2 still runs one chunk at a time
        return worker.extract(chunk)


def check_worker(worker: Worker, version: str) -> None:
    """Refuse to extract where the result would differ from a local build's, or would
    miss the shared cache: the pipeline version (kg, models, word lists, $KG_GAZETTEER,
    $KG_TRIGGERS) must be the client's, and the cache folder must be there."""
    from distributed import get_worker

    here = get_worker().address
    mine = pipeline_version(worker.gazetteer, worker.statistical)
    if mine != version:
        raise ClusterFailure(
            f"--cluster: worker {here} extracts with another kg, models or word lists "
            f"(pipeline {mine}, here {version}); install the same kg on every machine and "
            "give the workers the same $KG_GAZETTEER and $KG_TRIGGERS files"
        )
    if worker.cache and not worker.cache.folder.is_dir():
        raise ClusterFailure(
            f"--cache {worker.cache.folder}: worker {here} does not see this folder; "
            "give a cache folder on a file system every worker mounts at the same path"
        )


def result(client, address: str, future, chunk: list[Article]):
    """The head future's result; a chunk whose task killed workers again and again is
    reported article by article and the build goes on (as for an article that fails)."""
    from distributed import KilledWorker

    try:
        settled(client, address, future)
        return future.result()
    except KilledWorker:
        return [lost(article, address) for article in chunk], 0
    except CancelledError as exc:  # the scheduler went away, or dropped our tasks
        raise ClusterFailure(
            f"--cluster {address}: the extraction was cancelled ({first_line(exc)}); "
            "the articles extracted so far are in the cache"
        ) from None
    except KgError:
        raise
    except Exception as exc:  # the task itself failed: its error, in one line
        raise ClusterFailure(f"--cluster {address}: a task failed ({first_line(exc)})") from exc


def settled(client, address: str, future) -> None:
    """Wait for ``future`` to finish or fail; fail clearly when no worker is left to run it
    (a scheduler with no worker keeps tasks waiting for one, forever)."""
    idle = 0.0
    while True:
        try:
            future.exception(timeout=CONNECT_TIMEOUT_S)
            return
        except TimeoutError:
            idle = 0.0 if client.nthreads() else idle + CONNECT_TIMEOUT_S
        if idle >= NO_WORKER_TIMEOUT_S:
            raise ClusterFailure(
                f"--cluster {address}: the scheduler has had no worker for "
                f"{NO_WORKER_TIMEOUT_S}s; start workers (dask worker {address}) and build again: "
                "the articles extracted so far are in the cache"
            )


def lost(article: Article, address: str) -> InputError:
    from kg.builder.admit import where

    return InputError(
        where(article),
        f"article {article.title[:40]!r} was not extracted: the --cluster {address} workers "
        "given its chunk died (out of memory?); the rest is built",
    )
