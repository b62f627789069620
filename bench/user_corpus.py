"""The benchmark on the user's own articles: ``bench/run.py --corpus PATH``.

Why: the committed corpus is national news sentences; what matters is the rate
on the articles users feed kg. PATH is read with kg's own reader (files,
folders, JSONL: whatever ``kg build`` reads), then sampled, when larger, or
repeated, when smaller, to at least MIN_CHARS characters, so that model
loading and start-up do not dominate. Each copy gets its own id (the cache key
includes it), so a repeat is extracted again, as a different article would be.
The "new" articles of the incremental rebuild are 1% more: articles the sample
left out when there are any, else further copies.

The result is written as JSONL under ``bench/corpus/user-<digest>/`` (``base/``
and ``new/``), the digest naming PATH's articles, and read back once to check
that kg reads the same number of articles from it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from corpus import CORPUS_DIR, PER_FILE, build_corpus, new_count, write_jsonl

from kg.read import iter_articles

MIN_CHARS = 2_000_000
FIELDS = ("title", "source", "date", "section", "home_city")


def record(article, copy: int) -> dict:
    fields = {k: getattr(article, k) for k in FIELDS if getattr(article, k)}
    return {"id": f"{article.id}~{copy}" if copy else article.id, **fields, "text": article.text}


def plan(articles: list, min_chars: int) -> tuple[list[dict], list[dict]]:
    """Base records of at least ``min_chars`` characters (an even sample or repeats) and the
    1% new ones."""
    total = sum(len(a.text) for a in articles)
    if total >= min_chars:
        stride = max(1, int(total / min_chars))  # every stride-th article first: spread out
        order = [i for r in range(stride) for i in range(r, len(articles), stride)]
        chosen, chars = set(), 0
        for i in order:
            if chars >= min_chars:
                break
            chosen.add(i)
            chars += len(articles[i].text)
        base = [record(a, 0) for i, a in enumerate(articles) if i in chosen]
        rest = [record(a, 0) for i, a in enumerate(articles) if i not in chosen]
    else:
        copies = -(-min_chars // total)
        base = [record(a, c) for c in range(copies) for a in articles]
        rest = [record(a, copies + c) for c in range(2) for a in articles]
    return base, rest[: new_count(len(base))]


def user_corpus(path: str, min_chars: int = MIN_CHARS, root: Path = CORPUS_DIR) -> tuple:
    """(base folder, new folder, description) of the benchmark corpus made from ``path``."""
    errors: list = []
    articles = list(iter_articles([path], on_error=errors.append))
    if not articles:
        raise SystemExit(f"--corpus {path}: no articles kg can read ({len(errors)} inputs failed)")
    digest = hashlib.sha256(
        "\x1f".join(f"{a.id}\x1e{a.text}" for a in articles).encode("utf-8")
    ).hexdigest()[:12]
    folder = root / f"user-{digest}-{min_chars}"
    if not folder.is_dir():
        base, new = plan(articles, min_chars)
        tmp = root / f".user-{digest}.{os.getpid()}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        for n, start in enumerate(range(0, len(base), PER_FILE)):
            write_jsonl(tmp / "base" / f"part-{n:03d}.jsonl", base[start : start + PER_FILE])
        write_jsonl(tmp / "new" / "new-000.jsonl", new)
        read_back = sum(1 for _ in iter_articles([tmp / "base"]))
        if read_back != len(base):
            raise SystemExit(f"--corpus {path}: {len(base)} articles written, {read_back} read")
        os.replace(tmp, folder)
    base_count = sum(len(f.read_text(encoding="utf-8").splitlines()) for f in folder.glob("base/*"))
    meta = {"path": str(path), "articles": len(articles), "unreadable": len(errors)}
    meta["sample"] = f"{base_count} articles from {len(articles)} read"
    (folder / "source.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return folder / "base", folder / "new", f"{path}: {meta['sample']}"


def bench_corpus(
    path: str | None, count: int, min_chars: int = MIN_CHARS
) -> tuple[Path, Path, str]:
    """The (base, new, name) to measure: PATH's articles to ``min_chars``, else ``count``
    committed ones."""
    if path:
        return user_corpus(path, min_chars)
    base, new = build_corpus(count)
    return base, new, str(base.parent)
