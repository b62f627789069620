"""``kg build --cluster``: extraction on a Dask LocalCluster of two worker processes gives the
GraphML of a local build, loads the pipeline once per worker, shares the extraction cache with
local builds; a worker killed mid-build costs nothing, a chunk that keeps killing workers costs
only its articles, a worker unlike this machine stops the build, and an address where no
scheduler answers is one line naming it.

One two-worker cluster for the module (starting one costs seconds; two tests start a one-worker
cluster of their own, with other settings). The inputs are the seed page and two short articles
written for this test; chunks of two articles, so that both workers get some and a worker can
be killed while chunks are left.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import dask
import pytest

import kg.builder.workers
from kg.builder.cluster import ClusterFailure
from kg.builder.options import BuildOptions
from kg.builder.run import run_build
from kg.errors import EXIT_USAGE, SetupError, UsageError
from kg.read import iter_articles
from tests.helpers import ROOT, SEED_PAGE

distributed = pytest.importorskip("distributed")

NOBODY = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
ARTICLES = [  # written for this test
    {
        "id": "c1",
        "title": "南湖区召开春季植树动员会",
        "text": "3月2日,南湖区召开春季植树动员会。区长周晓峰出席会议并讲话,"
        "区林业局局长吴敏通报了今年的植树计划,全区将新植苗木12万株。",
    },
    {
        "id": "c2",
        "title": "北山镇新建村级卫生室",
        "text": "近日,北山镇投入资金80万元新建村级卫生室6所。"
        "镇党委书记郑国华表示,卫生室将于年底前全部投入使用。",
    },
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SEED_PAGE, folder / SEED_PAGE.name)
    (folder / "news.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def local(inputs, tmp_path_factory) -> bytes:
    """The GraphML of a local one-process build, without a cache."""
    return build(inputs, tmp_path_factory.mktemp("local"), cache_dir=None)[0]


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(kg.builder.workers, "BATCH", 2)


def build(inputs, out, **options) -> tuple[bytes, object]:
    _, report = run_build([str(inputs)], out, BuildOptions(**options))
    return (out / "graph.graphml").read_bytes(), report


def pipelines_loaded(address: str) -> list[int]:
    """How often each worker process built the pipeline (kg.nlp caches it per process)."""

    def loads() -> int:
        from kg.nlp.pipeline import cached_pipeline

        return cached_pipeline.cache_info().misses

    with distributed.Client(address) as client:
        return sorted(client.run(loads).values())


def test_a_cluster_build_is_the_local_build_and_shares_its_cache(cluster, inputs, local, tmp_path):
    cache = tmp_path / "cache"
    first, report = build(inputs, tmp_path / "c1", cluster=cluster, cache_dir=cache)
    assert first == local
    assert report.cache_hits == 0 and report.articles > 4 and not report.errors
    assert pipelines_loaded(cluster) == [1, 1]  # both worked; each loaded the models once
    again, report = build(inputs, tmp_path / "c2", cluster=cluster, cache_dir=cache)
    assert again == local and report.cache_hits == report.articles
    here, report = build(inputs, tmp_path / "c3", cache_dir=cache)  # a local build reads it too
    assert here == local and report.cache_hits == report.articles


def test_a_worker_killed_mid_build_costs_nothing(cluster, inputs, local, tmp_path):
    """Dask runs the dead worker's chunks again elsewhere: the same graph, no article lost."""
    cache = tmp_path / "cache"
    killed: list[str] = []
    killer = threading.Thread(target=kill_a_busy_worker, args=(cluster, cache, killed))
    killer.start()
    graphml, report = build(inputs, tmp_path / "c", cluster=cluster, cache_dir=cache)
    killer.join()
    assert killed, "the build ended before a worker could be killed"
    assert graphml == local and not report.errors


def test_a_chunk_that_keeps_killing_workers_is_reported_and_the_rest_built(inputs, tmp_path):
    """With no retry allowed (``allowed-failures`` 0), the killed worker's chunk is given up:
    its articles are reported one line each, every other article is built."""
    cache = tmp_path / "cache"
    killed: list[str] = []
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as strict,
    ):
        killer = threading.Thread(
            target=kill_a_busy_worker, args=(strict.scheduler_address, cache, killed)
        )
        killer.start()
        _, report = build(inputs, tmp_path / "o", cluster=strict.scheduler_address, cache_dir=cache)
        killer.join()
    assert killed and report.errors
    assert all("was not extracted: the --cluster" in str(e) for e in report.errors)
    assert report.articles + len(report.errors) == len(list(iter_articles([inputs])))


def kill_a_busy_worker(address: str, cache, killed: list[str]) -> None:
    """SIGKILL a worker holding a chunk, once some chunk is done (its nanny restarts it)."""
    with distributed.Client(address) as client:
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline:
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy and any(cache.rglob("*.json")):
                pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(busy[0])
            time.sleep(0.02)


def test_a_worker_that_would_extract_otherwise_stops_the_build(inputs, tmp_path):
    """A worker whose $KG_TRIGGERS this machine lacks would give another graph (and fill
    the shared cache with it): the build stops, naming the worker, before any extraction."""
    triggers = tmp_path / "triggers.tsv"
    triggers.write_text("试种\tPLANTED\n", encoding="utf-8")
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"KG_TRIGGERS": str(triggers)},
        ) as other,
        pytest.raises(ClusterFailure, match=r"worker tcp://\S+ extracts with another kg"),
    ):
        build(inputs, tmp_path / "o", cluster=other.scheduler_address, cache_dir=tmp_path / "c")
    assert not (tmp_path / "o" / "graph.graphml").exists()
    assert not any((tmp_path / "c").rglob("*.json"))


def test_an_address_without_a_scheduler_is_one_line_within_seconds(inputs, tmp_path):
    started = time.monotonic()
    with pytest.raises(UsageError, match=f"--cluster {NOBODY}: no Dask scheduler answers"):
        build(inputs, tmp_path / "none", cluster=NOBODY, cache_dir=None)
    assert time.monotonic() - started < 15


def test_the_command_says_so_and_exits_2(inputs, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(inputs), "--out", str(tmp_path / "o")]
        + ["--no-store", "--no-cache", "--cluster", "nowhere:not-a-port"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == EXIT_USAGE
    assert done.stderr.strip().splitlines()[-1].startswith("kg: --cluster nowhere:not-a-port: ")
    assert not (tmp_path / "o" / "graph.graphml").exists()


def test_workers_and_cluster_together_are_refused():
    with pytest.raises(UsageError, match="cluster: give --cluster or --workers"):
        BuildOptions(cluster="tcp://127.0.0.1:8786", workers=2)


def test_without_dask_the_build_says_what_to_install(inputs, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: import fails
    with pytest.raises(SetupError, match=r"pip install 'kg\[cluster\]'"):
        build(inputs, tmp_path / "o", cluster="tcp://127.0.0.1:8786", cache_dir=None)
