"""How fast ``kg explore`` answers its search box, on the seed build and on a 100k-node store.

Usage: .venv/bin/python bench/bench_explore.py [--nodes 100000] [--data DIR] [--repeat 20]

Two stores, each served by the explorer on 127.0.0.1 (uvicorn in a thread, as
``kg explore`` serves it) and asked over HTTP, as the page asks:

    seed   kg build of seeds/ loaded into a fresh embedded store
    large  bench_store.generate(--nodes) (the contract's shape, Chinese person
           names); loading it takes minutes, so ``--data DIR`` keeps the store
           between runs: it is loaded only when DIR holds no nodes yet

For each: the time to read the names into the search index at start-up; the
very first request of the fresh server; every search text ``--repeat`` times
(median, 95th percentile, worst, in ms, the whole HTTP round trip); one
neighbourhood (the first result's); and, for comparison, the same search as
one Cypher ``CONTAINS`` query on the store, which is what the in-memory index
avoids. The target is 300 ms per search.
Results go to bench/results/explore.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from bench_store import generate

import kg
from kg.explore.app import make_app
from kg.explore.reads import name_index, node_count
from kg.explore.server import serving
from kg.store import open_store, write_graph
from kg.store.queries import load_queries

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "explore.json"
TARGET_MS = 300
SEED_SEARCHES = ("李春晓", "春晓", "我市", "乌海", "市委", "补贴", "乌兰牧骑", "没有这个名字")
LARGE_SEARCHES = ("李春晓", "王春", "张", "Programme123", "Organization4号", "号", "没有这个名字")
CONTAINS = (
    "MATCH (n) WHERE n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q) "
    "RETURN n.id LIMIT 20"
)


def timed(call) -> tuple[float, object]:
    clock = time.perf_counter()
    result = call()
    return (time.perf_counter() - clock) * 1000, result


def searches(url: str, texts: tuple[str, ...], repeat: int) -> dict:
    """The first request's time (a fresh server's warm-up included), then per search text:
    results found and the round-trip times in ms."""
    out = {}
    with httpx.Client(base_url=url, timeout=60) as client:
        first, _ = timed(lambda: client.get("/api/search", params={"q": texts[0][:1]}))
        out["first request"] = {"ms": round(first, 1)}
        for text in texts:
            times, found = [], []
            for _ in range(repeat):
                ms, response = timed(lambda t=text: client.get("/api/search", params={"q": t}))
                times.append(ms)
                found = response.json()["results"]
            times.sort()
            out[text] = {
                "results": len(found),
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
                "max_ms": round(times[-1], 1),
            }
    return out


def measure(store, texts: tuple[str, ...], repeat: int) -> dict:
    """The explorer over ``store``: index start-up, searches, one neighbourhood, and Cypher."""
    ms, index = timed(lambda: name_index(store))
    result = {"nodes": node_count(store), "index_seconds": round(ms / 1000, 2)}
    with serving(make_app(store, index, load_queries())) as url:
        result["searches"] = searches(url, texts, repeat)
        first = index.current().search(texts[0], 1)[0]
        params = {"label": first["label"], "id": first["id"]}
        around_ms, view = timed(lambda: httpx.get(url + "api/around", params=params, timeout=60))
        result["neighbourhood"] = {
            "of": first["name"],
            "ms": round(around_ms),
            "relationships": len(view.json()["edges"]),
        }
    cypher_ms, _ = timed(
        lambda: store.driver.execute_query(CONTAINS, q=texts[1], database_=store.database)
    )
    result["cypher_contains_ms"] = round(cypher_ms)
    slowest = max(s.get("max_ms", s.get("ms")) for s in result["searches"].values())
    result["slowest_search_ms"] = slowest
    result["within_target"] = slowest <= TARGET_MS
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--data", help="store folder for the large graph, kept between runs")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "cpus": os.cpu_count(),
        "loadavg_at_start": os.getloadavg(),  # a shared machine: others' load moves the numbers
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-explore-") as tmp:
        with open_store(data_dir=Path(tmp) / "seed") as store:
            write_graph(store, kg.build([ROOT / "seeds"], home_city="乌海市", cache_dir=None))
            result["seed"] = measure(store, SEED_SEARCHES, args.repeat)
        print(json.dumps(result["seed"], ensure_ascii=False, indent=1), flush=True)
        with open_store(data_dir=args.data or Path(tmp) / "large") as store:
            if node_count(store) == 0:
                clock = time.perf_counter()
                write_graph(store, generate(args.nodes))
                result["large_load_seconds"] = round(time.perf_counter() - clock)
            result["large"] = measure(store, LARGE_SEARCHES, args.repeat)
    result["loadavg_at_end"] = os.getloadavg()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    os._exit(0)  # the store's JVM can crash interpreter shutdown once everything is written


if __name__ == "__main__":
    main()
