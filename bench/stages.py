"""Where a one-worker build spends its CPU time, stage by stage (docs/performance.md).

Usage: .venv/bin/python bench/stages.py PATH... [--profile FILE]

Why a script of its own: bench/run.py says how fast a build is, not where
the time goes. This one reads PATH as ``kg build`` does and runs the same
steps in one process, charging the CPU seconds of the process (user + sys,
``time.process_time``) to each stage: pkuseg segmentation, each pipeline
component (the statistical NER and every rule component), ``kg.extract`` per
article, ``kg.link`` graph assembly, writing GraphML and JSON. Model loading
is left out, as in bench/run.py. The pipeline's components are streamed as
``nlp.pipe`` streams them (batched), and a stage's own time excludes what it
spent pulling documents from the stage before it. ``--profile FILE`` also
writes a cProfile of the run, for finding the hot functions within a stage.
"""

from __future__ import annotations

import argparse
import cProfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

BATCH = 32  # kg.builder.workers.BATCH
pt = time.process_time
spent: dict[str, float] = defaultdict(float)


def feed(upstream: Iterable, pulled: list[float]) -> Iterator:
    """``upstream``'s items, adding the time taken to get each to ``pulled[0]``."""
    items = iter(upstream)
    while True:
        t = pt()
        try:
            item = next(items)
        except StopIteration:
            pulled[0] += pt() - t
            return
        pulled[0] += pt() - t
        yield item


def timed(name: str, stage: Callable[[Iterator], Iterator], upstream: Iterable) -> Iterator:
    """``stage`` applied to ``upstream``, its own CPU time (upstream's excluded) in ``spent``."""
    pulled = [0.0]
    out = stage(feed(upstream, pulled))
    while True:
        t, before = pt(), pulled[0]
        try:
            item = next(out)
        except StopIteration:
            break
        spent[name] += pt() - t - (pulled[0] - before)
        yield item


def component(proc) -> Callable[[Iterator], Iterator]:
    if hasattr(proc, "pipe"):
        return lambda docs: proc.pipe(docs, batch_size=BATCH)
    return lambda docs: (proc(doc) for doc in docs)


def extractions(articles: list) -> list:
    """Every article through the pipeline and kg.extract, each stage timed."""
    from kg.extract.mentions import extract_from_doc
    from kg.nlp import load_pipeline

    nlp = load_pipeline(None)
    texts = (a.text for a in articles)
    docs = timed("pkuseg segmentation", lambda ts: map(nlp.tokenizer, ts), texts)
    for name, proc in nlp.pipeline:
        docs = timed(name, component(proc), docs)
    out = []
    for article, doc in zip(articles, docs, strict=True):
        t = pt()
        out.append(extract_from_doc(article, doc))
        spent["kg.extract"] += pt() - t
    return out


def run(paths: list[str]) -> dict[str, float]:
    from kg.link.assemble import build_graph
    from kg.link.scope import declared_names
    from kg.nlp import load_pipeline
    from kg.read import iter_articles
    from kg.write import write_graphml, write_node_link

    load_pipeline(None)
    t = pt()
    articles = list(iter_articles(paths))
    spent["kg.read"] += pt() - t
    done = extractions(articles)
    t = pt()
    graph = build_graph(done, "home_city", declared_names(None))
    spent["kg.link assembly"] += pt() - t
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in (("graph.graphml", write_graphml), ("graph.json", write_node_link)):
            t = pt()
            write(graph, Path(tmp) / name)
            spent[f"write {name}"] += pt() - t
    spent["chars"] = sum(len(a.text) for a in articles)
    return dict(spent)


def table(result: dict[str, float]) -> str:
    chars = result.pop("chars")
    total = sum(result.values())
    lines = [f"{chars:,.0f} chars, {total:.1f} CPU s (model loading excluded)"]
    lines += [f"| {k} | {v:.2f} | {v / total:.0%} |" for k, v in result.items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--profile", metavar="FILE", help="also write a cProfile of the run")
    args = parser.parse_args()
    from kg.nlp import load_pipeline

    load_pipeline(None)
    if args.profile:
        profile = cProfile.Profile()
        result = profile.runcall(run, args.paths)
        profile.dump_stats(args.profile)
    else:
        result = run(args.paths)
    print(table(result))


if __name__ == "__main__":
    main()
