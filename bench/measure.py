"""One measurement, in a process of its own, printed as one JSON line on stdout.

Why a fresh process each time: peak memory (ru_maxrss) only ever grows, and
models loaded or caches warmed by an earlier measurement would flatter a later
one. bench/run.py starts this script once per measurement:

    measure.py segment CORPUS...                      bare pkuseg over the corpus texts
    measure.py build OUT CACHE WORKERS PATH...        kg.builder.run_build
    measure.py cluster OUT CACHE WORKERS PATH...      the same on a Dask LocalCluster
    measure.py store DATA CACHE PATH...               build from the cache, then load the store
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import resource
import sys
import time
from pathlib import Path


def peaks() -> dict:
    """Peak resident memory in MB of this process and of its largest finished child (Linux: KiB)."""
    return {
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def rss_now_mb() -> float:
    """This process's resident memory now (Linux /proc), before the build: imports and models."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_s() -> float:
    """CPU seconds used by this process and its finished children (the build's workers)."""
    return sum(
        u.ru_utime + u.ru_stime
        for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def cache_entries(cache: str) -> int:
    return sum(1 for _ in Path(cache).rglob("*.json"))


def corpus_texts(paths: list[str]) -> list[str]:
    files = sorted(f for p in map(Path, paths) for f in (p.rglob("*.jsonl") if p.is_dir() else [p]))
    return [
        json.loads(line)["text"]
        for f in files
        for line in f.read_text(encoding="utf-8").splitlines()
    ]


def segment(paths: list[str]) -> dict:
    """pkuseg through spaCy's zh tokenizer: the floor of any pkuseg pipeline."""
    from kg.nlp.pipeline import blank_pipeline

    texts = corpus_texts(paths)
    started = time.perf_counter()
    nlp = blank_pipeline()
    gc.freeze()  # as kg.nlp.load_pipeline does: the collector no longer walks the model
    loaded, cpu = time.perf_counter(), cpu_s()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "seconds": done - loaded,
        "cpu_s": cpu_s() - cpu,
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "tokens": tokens,
    }


def build(out: str, cache: str, workers: str, paths: list[str], cluster: str | None = None) -> dict:
    """A build as ``kg build`` runs it; ``seconds`` is the builder's own clock (extraction + graph),
    ``cpu_s`` the CPU time of the whole run_build call, workers included; ``extracted`` counts the
    cache entries it added, which does not rely on the builder's own hit count."""
    from kg.builder.options import BuildOptions
    from kg.builder.run import run_build
    from kg.nlp import load_pipeline

    rss_before_load = rss_now_mb()
    started = time.perf_counter()
    nlp = load_pipeline(None)  # the call (and cache key) extract_articles makes
    loaded, cpu, entries = time.perf_counter(), cpu_s(), cache_entries(cache)
    rss_at_start = rss_now_mb()
    graph, report = run_build(
        paths, out, BuildOptions(workers=int(workers), cache_dir=cache, cluster=cluster)
    )
    done = time.perf_counter()
    graphml = (Path(out) / "graph.graphml").read_bytes()
    return {
        "load_s": loaded - started,
        "seconds": report.seconds,
        "wall_s": done - started,
        "write_s": done - loaded - report.seconds,
        "cpu_s": cpu_s() - cpu,
        "articles": report.articles,
        "cache_hits": report.cache_hits,
        "extracted": cache_entries(cache) - entries,
        "errors": [str(e) for e in report.errors],
        "chars": sum(
            len(d.get("text", "")) for _, d in graph.nodes(data=True) if d["labels"] == ":Article"
        ),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "graphml_sha256": hashlib.sha256(graphml).hexdigest(),
        "pipeline": nlp.pipe_names,
        "rss_before_load_mb": rss_before_load,
        "rss_at_start_mb": rss_at_start,
    }


# Dask settings docs/cluster.md advises for kg's workers and scheduler: no stack sampling,
# and the periodic checks at intervals kg's minute-long tasks do not need (idle, these cut
# the cluster's own CPU from ~12% of a core to ~2%)
WORKER_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing-interval": "1s",
}


def cluster_build(out: str, cache: str, workers: str, paths: list[str]) -> dict:
    """``build`` with ``--cluster`` on a LocalCluster of WORKERS single-threaded worker
    processes, started and given the models before the clock starts (as (b) and (c) load
    them before theirs); ``cpu_s`` adds the workers' CPU time, which rusage does not see
    while they live."""
    import dask
    from distributed import Client, LocalCluster

    from kg.nlp import load_pipeline

    def warm() -> None:
        load_pipeline(None)

    def own_cpu() -> float:
        u = resource.getrusage(resource.RUSAGE_SELF)
        return u.ru_utime + u.ru_stime

    def rss_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    dask.config.set(WORKER_SETTINGS)  # as docs/cluster.md advises
    with (
        LocalCluster(
            n_workers=int(workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # a worker's heartbeat racing the shutdown, mostly
        ) as local,
        Client(local) as client,
    ):
        client.run(warm)
        before = sum(client.run(own_cpu).values())
        result = build(out, cache, "1", paths, cluster=local.scheduler_address)
        result["client_cpu_s"] = result["cpu_s"]  # reading, sending, linking: the serial part
        result["cpu_s"] += sum(client.run(own_cpu).values()) - before
        result["worker_rss_mb"] = max(client.run(rss_mb).values())
    return result


def store(data_dir: str, cache: str, paths: list[str]) -> dict:
    """Load the benchmark's graph (rebuilt from the warm cache) into a fresh embedded store,
    then again (the reload of an unchanged graph, which must write nothing): nodes and
    relationships timed apart, and the CPU seconds of each load (the store's JVM runs in this
    process, so they count the store's work too)."""
    import kg
    from kg.store import load_graph

    graph = kg.build(paths, cache_dir=cache)
    result = {}
    for prefix in ("", "reload_"):
        cpu = time.process_time()
        stats = load_graph(graph, data_dir=data_dir)
        cpu = time.process_time() - cpu
        rows = stats.nodes + stats.relationships
        result.update(
            {
                f"{prefix}seconds": stats.seconds,
                f"{prefix}cpu_s": cpu,
                f"{prefix}nodes_per_s": stats.nodes / stats.node_seconds,
                f"{prefix}relationships_per_s": stats.relationships / stats.relationship_seconds,
                f"{prefix}rows_per_s": rows / stats.seconds,
                f"{prefix}rows_per_cpu_s": rows / cpu,
                f"{prefix}created": stats.nodes_created + stats.relationships_created,
                f"{prefix}unchanged": stats.unchanged,
            }
        )
    return {**result, "nodes": stats.nodes, "relationships": stats.relationships}


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "segment":
        result = segment(args)
    elif command == "build":
        out, cache, workers, *paths = args
        result = build(out, cache, workers, paths)
    elif command == "cluster":
        out, cache, workers, *paths = args
        result = cluster_build(out, cache, workers, paths)
    elif command == "store":
        data_dir, cache, *paths = args
        result = store(data_dir, cache, paths)
    else:
        raise SystemExit(f"unknown measurement {command!r}")
    print(json.dumps({**result, **peaks()}))


if __name__ == "__main__":
    main(sys.argv[1:])
