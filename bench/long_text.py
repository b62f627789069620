"""One long text against the same text as short articles: time and memory of the build.

Usage: .venv/bin/python bench/long_text.py [--articles 2000] [--rounds 2]

Why: a text far longer than a news item (a pasted dump, a year of reports in
one paragraph) used to cost time and memory faster than its length, and past a
million characters spaCy refused it (kg/builder/pieces.py has the story). The
build now reads it in pieces, so it should cost what the same characters cost
as separate articles. The targets: peak memory under 1.5 GB, and build time
within 1.3x of the short articles'.

The text is the benchmark corpus's (bench/corpus.py: MSRA and People's Daily
sentences), here in articles of about 1,000 characters: ``--articles 2000``
gives about 2 M characters. The short articles are one JSONL file of one line
each; the long text is the same articles' texts joined by line breaks, one
JSONL line. Each build runs in a fresh process (bench/measure.py build, with an
empty cache, one thread); the rounds alternate (short, long, short, long, ...)
so that a change in the machine's load falls on both, and the fastest round of
each counts. Time is the build's CPU time: on a shared machine (other people's
test runs on the same cores) wall-clock time says more about them than about
kg; the wall-clock figures are reported beside it. Results go to
bench/results/long_text.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "long_text.json"
ARTICLE_CHARS = 1_000
MAX_RSS_MB = 1_500
MAX_RATIO = 1.3


def write_inputs(count: int, folder: Path) -> tuple[Path, Path, int]:
    """short/articles.jsonl (``count`` lines) and long/one.jsonl (their texts as one)."""
    corpus.ARTICLE_CHARS = ARTICLE_CHARS
    rows = list(corpus.records(count))
    text = "\n".join(r["text"] for r in rows)
    short, long = folder / "short" / "articles.jsonl", folder / "long" / "one.jsonl"
    corpus.write_jsonl(short, rows)
    corpus.write_jsonl(long, [{"id": "bench-long", "title": "长文", "text": text}])
    return short, long, len(text)


def measure(path: Path, work: Path) -> dict:
    """One build in a fresh process, with an empty cache, on one core (as bench/run.py)."""
    out, cache = work / "out", work / "cache"
    shutil.rmtree(work, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(HERE.parent), OMP_NUM_THREADS="1")
    env.update(OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    command = [sys.executable, str(HERE / "measure.py"), "build", str(out), str(cache), "1"]
    done = subprocess.run(
        command + [str(path)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(count: int, rounds: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-long-text-") as tmp:
        short, long, chars = write_inputs(count, Path(tmp))
        runs: dict[str, list[dict]] = {"short": [], "long": []}
        for k in range(rounds):
            for name, path in (("short", short), ("long", long)):
                result = measure(path, Path(tmp) / f"{name}-{k}")
                print(
                    f"{name} round {k + 1}: {result['seconds']:.1f}s, "
                    f"{result['rss_self_mb']:.0f} MB",
                    file=sys.stderr,
                    flush=True,
                )
                runs[name].append(result)
    best = {name: min(results, key=lambda r: r["cpu_s"]) for name, results in runs.items()}
    ratio = best["long"]["cpu_s"] / best["short"]["cpu_s"]
    rss = max(r["rss_self_mb"] for r in runs["long"])
    return {
        "articles": count,
        "chars": chars,
        "short": best["short"],
        "long": best["long"],
        "rounds": {
            name: [{"cpu_s": r["cpu_s"], "seconds": r["seconds"]} for r in results]
            for name, results in runs.items()
        },
        "ratio": ratio,
        "wall_ratio": best["long"]["seconds"] / best["short"]["seconds"],
        "long_rss_mb": rss,
        "pass": ratio <= MAX_RATIO and rss < MAX_RSS_MB,
    }


def report(result: dict) -> str:
    short, long = result["short"], result["long"]
    return "\n".join(
        [
            f"{result['chars']:,} characters: {result['articles']} articles vs one text",
            f"  short articles: {short['cpu_s']:.1f} CPU s ({short['seconds']:.1f}s wall), "
            f"{short['rss_self_mb']:.0f} MB peak, {short['nodes']} nodes, {short['edges']} edges",
            f"  one long text:  {long['cpu_s']:.1f} CPU s ({long['seconds']:.1f}s wall), "
            f"{long['rss_self_mb']:.0f} MB peak, {long['nodes']} nodes, {long['edges']} edges",
            f"  CPU time ratio {result['ratio']:.2f} (target <= {MAX_RATIO}; wall-clock "
            f"{result['wall_ratio']:.2f}), peak memory "
            f"{result['long_rss_mb']:.0f} MB (target < {MAX_RSS_MB}): "
            + ("PASS" if result["pass"] else "FAIL"),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    result = run(args.articles, args.rounds)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(report(result))


if __name__ == "__main__":
    main()
