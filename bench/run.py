"""Build throughput, parallel speedup, incremental rebuilds, memory and store load rate of kg.

Usage: .venv/bin/python bench/run.py [--articles 2400] [--quick] [--skip-store] [--corpus PATH]
(``make bench``). Every measurement runs in a fresh process (bench/measure.py) on
the corpus of bench/corpus.py, or on PATH's articles sampled or repeated to 2 M
characters, 250,000 with --quick (bench/user_corpus.py), in this order, sharing
caches where the step says so:

    (a) bare pkuseg segmentation of the corpus: the floor any pkuseg pipeline pays
    (b) kg build, 1 worker, empty cache (extraction + graph; model loading apart)
    (c) kg build, 2 workers, empty cache: speedup over (b), GraphML identical to (b)?
    (c2) the same on a 2-worker local Dask cluster (kg build --cluster; docs/cluster.md)
    (d) rebuild with (b)'s cache, nothing changed: time as a share of (b)
    (e) rebuild with that cache and 1% new articles: time as a share of (b)
    (f) peak RSS of the build processes (parent and workers), and the parent's growth per
        10,000 articles over what it held when the build started (imports, models)
    (g) nodes and relationships per second loaded into a fresh embedded store, and reloaded

kg is measured as it is when the run starts (a copy of the package that every
measurement imports): edits made meanwhile would show as cache misses and
GraphML differences that are not kg's.

The machine may be shared (a training run on the same cores): each step
records how many cores other processes kept busy meanwhile, and the table
says so, since that, not kg, is what most often moves the numbers.
Results go to bench/results/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import cpu_busy_s, own_cpu_s, revision, snapshot
from user_corpus import MIN_CHARS, bench_corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "bench.json"
QUICK_ARTICLES = 300
QUICK_CHARS = 250_000  # --quick with --corpus: about as many characters as 300 articles
TARGETS = {
    "build_vs_pkuseg": 0.70,
    "speedup_2_workers": 1.8,
    "speedup_cluster_2": 1.7,
    "no_change_share": 0.05,
    "new_1pct_share": 0.10,
    "worker_rss_mb": 1500,
    "store_rows_per_s": 20_000,
    "store_reload_vs_fresh": 2.0,
    "parent_mb_100k": 2000,  # the target: a 100k-article build under 2 GB in the parent
}


def measure(src: Path, name: str, step: str, *args) -> dict:
    """Run one measurement of bench/measure.py; add its wall time, CPU time and the machine's load.

    One thread per process (OMP/BLAS), so that "1 worker" is one core and the
    2-worker speedup is not flattered or hidden by library threads; NEO4J_URI
    is dropped so the store step always measures the embedded store.
    """
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    env.update(
        PYTHONPATH=str(src), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1"
    )
    command = [sys.executable, str(HERE / "measure.py"), step, *map(str, args)]
    print(f"  {name} ...", file=sys.stderr, flush=True)
    busy, own, started = cpu_busy_s(), own_cpu_s(), time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=True)
    wall = time.perf_counter() - started
    cpu = own_cpu_s() - own
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        **result,
        "process_s": wall,
        "process_cpu_s": cpu,
        "other_cores": max(0.0, (cpu_busy_s() - busy - cpu) / wall),
        "loadavg": os.getloadavg(),
    }


def run(base: Path, new: Path, corpus: str, skip_store: bool) -> dict:
    steps: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t = Path(tmp)
        revision_measured, src = revision(), snapshot(t / "src")
        plan = [
            ("a_pkuseg", "segment", base),
            ("b_cold_1", "build", t / "out-b", t / "cache-b", 1, base),
            ("c_cold_2", "build", t / "out-c", t / "cache-c", 2, base),
            ("c2_cluster_2", "cluster", t / "out-c2", t / "cache-c2", 2, base),
            ("d_no_change", "build", t / "out-d", t / "cache-b", 1, base),
            ("e_new_1pct", "build", t / "out-e", t / "cache-b", 1, base, new),
        ]
        if not skip_store:
            plan.append(("g_store", "store", t / "store", t / "cache-b", base))
        for name, step, *args in plan:
            steps[name] = measure(src, name, step, *args)
    return {
        "revision": revision_measured,
        "corpus": corpus,
        "steps": steps,
        "metrics": metrics(steps),
    }


def metrics(steps: dict[str, dict]) -> dict:
    a, b, c, d, e = (
        steps[k] for k in ("a_pkuseg", "b_cold_1", "c_cold_2", "d_no_change", "e_new_1pct")
    )
    m = {
        "pkuseg_chars_per_s": a["chars"] / a["seconds"],
        "build_chars_per_s": b["chars"] / b["seconds"],
        "graphml_identical_no_change": b["graphml_sha256"] == d["graphml_sha256"],
        "no_change_share": d["seconds"] / b["seconds"],
        "no_change_share_end_to_end": d["process_s"] / b["process_s"],
        "new_1pct_share": e["seconds"] / b["seconds"],
        "new_1pct_share_end_to_end": e["process_s"] / b["process_s"],
        "build_vs_pkuseg_per_cpu_s": (b["chars"] / b["cpu_s"]) / (a["chars"] / a["cpu_s"]),
        "worker_rss_mb": max(b["rss_self_mb"], c["rss_children_mb"]),
        "parent_rss_2_workers_mb": c["rss_self_mb"],
        "parent_mb_per_10k": (c["rss_self_mb"] - c["rss_at_start_mb"]) / c["articles"] * 10_000,
    }
    for suffix, x in (("2_workers", c), ("cluster_2", steps["c2_cluster_2"])):
        m[f"build_{suffix}_chars_per_s"] = x["chars"] / x["seconds"]
        m[f"speedup_{suffix}"] = b["seconds"] / x["seconds"]
        m[f"graphml_identical_{suffix}"] = b["graphml_sha256"] == x["graphml_sha256"]
        m[f"cpu_{suffix}_vs_1"] = x["cpu_s"] / b["cpu_s"]
    # a build of 10k articles or more lets go of the pipeline before its graph grows:
    # at 100k the parent holds the larger of the two, not their sum
    graph_100k = c["rss_before_load_mb"] + 10 * m["parent_mb_per_10k"]
    m["parent_mb_100k"] = max(c["rss_at_start_mb"], graph_100k)
    m["build_vs_pkuseg"] = m["build_chars_per_s"] / m["pkuseg_chars_per_s"]
    if "g_store" in steps:
        g = steps["g_store"]
        m["store_rows_per_s"] = g["rows_per_s"]
        m["store_reload_vs_fresh"] = g["reload_rows_per_s"] / g["rows_per_s"]
    m["pass"] = {
        "b": m["build_vs_pkuseg"] >= TARGETS["build_vs_pkuseg"],
        **{
            k: m[f"speedup_{suffix}"] >= TARGETS[f"speedup_{suffix}"]
            and m[f"graphml_identical_{suffix}"]
            for k, suffix in (("c", "2_workers"), ("c2", "cluster_2"))
        },
        "d": m["no_change_share"] <= TARGETS["no_change_share"],
        "e": m["new_1pct_share"] <= TARGETS["new_1pct_share"],
        "f": m["worker_rss_mb"] <= TARGETS["worker_rss_mb"]
        and m["parent_mb_100k"] <= TARGETS["parent_mb_100k"],
    }
    return m


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _build_rows(s: dict, m: dict) -> list[tuple[str, ...]]:
    """Table rows (a)-(c2): pkuseg alone, cold builds on 1 and 2 workers, on a cluster."""
    a, b = s["a_pkuseg"], s["b_cold_1"]
    ok = m["pass"]
    return [
        (
            "(a) pkuseg alone",
            f"{a['seconds']:.1f}s",
            f"{m['pkuseg_chars_per_s']:,.0f} chars/s",
            "",
            "",
        ),
        (
            "(b) build, 1 worker, cold",
            f"{b['seconds']:.1f}s",
            f"{m['build_chars_per_s']:,.0f} chars/s",
            f"{m['build_vs_pkuseg']:.2f} of (a) ({m['build_vs_pkuseg_per_cpu_s']:.2f} per CPU-s), "
            f"target >= {TARGETS['build_vs_pkuseg']:.2f}",
            verdict(ok["b"]),
        ),
        _parallel_row("(c) build, 2 workers, cold", s["c_cold_2"], m, "2_workers", ok["c"]),
        _parallel_row("(c2) 2-worker Dask cluster", s["c2_cluster_2"], m, "cluster_2", ok["c2"]),
    ]


def _parallel_row(label: str, step: dict, m: dict, suffix: str, ok: bool) -> tuple[str, ...]:
    """A cold build on two workers beside (b): speedup, CPU time, same GraphML?"""
    identical = "identical" if m[f"graphml_identical_{suffix}"] else "DIFFERENT"
    return (
        label,
        f"{step['seconds']:.1f}s",
        f"{m[f'build_{suffix}_chars_per_s']:,.0f} chars/s",
        f"{m[f'speedup_{suffix}']:.2f}x (CPU time {m[f'cpu_{suffix}_vs_1']:.2f}x (b)'s), "
        f"GraphML {identical}, target >= {TARGETS[f'speedup_{suffix}']}x + identical",
        verdict(ok),
    )


def _rebuild_rows(s: dict, m: dict) -> list[tuple[str, ...]]:
    """Table rows (d)-(g): rebuilds from the cache, peak memory, and the store load if run."""
    b, c, d, e = (s[k] for k in ("b_cold_1", "c_cold_2", "d_no_change", "e_new_1pct"))
    ok = m["pass"]
    identical = "identical" if m["graphml_identical_no_change"] else "DIFFERENT"
    rows = [
        (
            "(d) rebuild, no change",
            f"{d['seconds']:.1f}s",
            f"{d['extracted']} extracted",
            f"{m['no_change_share']:.1%} of (b) ({m['no_change_share_end_to_end']:.1%} end to "
            f"end), GraphML {identical}, target <= 5%",
            verdict(ok["d"]),
        ),
        (
            "(e) rebuild, +1% articles",
            f"{e['seconds']:.1f}s",
            f"{e['extracted']} extracted",
            f"{m['new_1pct_share']:.1%} of (b) ({m['new_1pct_share_end_to_end']:.1%} end to "
            "end), target <= 10%",
            verdict(ok["e"]),
        ),
        (
            "(f) peak RSS",
            "",
            f"worker {m['worker_rss_mb']:,.0f} MB",
            f"1-worker {b['rss_self_mb']:,.0f} MB; 2 workers: parent {c['rss_self_mb']:,.0f} MB, "
            f"worker {c['rss_children_mb']:,.0f} MB; target <= {TARGETS['worker_rss_mb']} MB; "
            f"parent +{m['parent_mb_per_10k']:,.0f} MB per 10k articles over "
            f"{c['rss_before_load_mb']:,.0f} MB (the pipeline, "
            f"{c['rss_at_start_mb'] - c['rss_before_load_mb']:,.0f} MB, let go first): "
            f"{m['parent_mb_100k']:,.0f} MB at 100k, target <= {TARGETS['parent_mb_100k']} MB",
            verdict(ok["f"]),
        ),
    ]
    if "g_store" in s:
        g = s["g_store"]
        rows.append(
            (
                "(g) store load",
                f"{g['seconds']:.1f}s",
                f"{m['store_rows_per_s']:,.0f} rows/s",
                f"{g['nodes']} nodes {g['nodes_per_s']:,.0f}/s, {g['relationships']} rels "
                f"{g['relationships_per_s']:,.0f}/s ({g['rows_per_cpu_s']:,.0f} rows/CPU-s); "
                f"reload {g['reload_nodes_per_s']:,.0f} nodes/s, "
                f"{g['reload_relationships_per_s']:,.0f} rels/s, {g['reload_created']} created; "
                f"targets >= {TARGETS['store_rows_per_s']:,} rows/s, reload "
                f">= {TARGETS['store_reload_vs_fresh']:.0f}x",
                verdict(
                    m["store_rows_per_s"] >= TARGETS["store_rows_per_s"]
                    and m["store_reload_vs_fresh"] >= TARGETS["store_reload_vs_fresh"]
                    and g["reload_created"] == 0
                ),
            )
        )
    return rows


def table(result: dict) -> str:
    s, m = result["steps"], result["metrics"]
    b = s["b_cold_1"]
    rows = _build_rows(s, m) + _rebuild_rows(s, m)
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        f"kg {result['revision']} benchmark: {b['articles']} articles, {b['chars']:,} chars "
        f"({result['corpus']}); model load {b['load_s']:.1f}s; "
        f"pipeline: {', '.join(b['pipeline'])}",
        f"machine: {os.cpu_count()} CPUs; other processes kept "
        + ", ".join(f"{k.split('_')[0]} {v['other_cores']:.1f}" for k, v in s.items())
        + " cores busy per step",
    ]
    lines += ["  ".join(r[i].ljust(width[i]) for i in range(4)) + "  " + r[4] for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="corpus size (default 2400)")
    quick = f"a smoke run on {QUICK_ARTICLES} articles (--corpus: {QUICK_CHARS:,} chars)"
    parser.add_argument("--quick", action="store_true", help=quick)
    parser.add_argument("--skip-store", action="store_true", help="leave out (g), the store load")
    parser.add_argument("--corpus", metavar="PATH", help="articles to measure on (kg build reads)")
    args = parser.parse_args()
    count = args.articles or (QUICK_ARTICLES if args.quick else 2400)
    min_chars = QUICK_CHARS if args.quick else MIN_CHARS
    started = time.time()
    result = {
        "command": shlex.join([Path(sys.executable).name, *sys.argv]),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
        "cpus": os.cpu_count(),
        "loadavg_at_start": os.getloadavg(),
        **run(*bench_corpus(args.corpus, count, min_chars), args.skip_store),
    }
    result["total_s"] = time.time() - started
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(result))
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
