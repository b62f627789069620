"""The benchmark corpus: ~800-character news articles glued from MSRA NER and People's Daily 1998.

Why these sentences: they are real news prose (the register kg reads) and lie
in the shared data folder ($KG_SHARED_DATA, default ../shared/data beside the
checkout; kg.training.data), so the benchmark needs no network and measures
the same text on every machine. Articles alternate between the two corpora; each is
consecutive sentences of one corpus, in paragraphs of about 200 characters
(kg reads paragraphs, and a real article has them). The "new" articles of the
incremental rebuild continue the same sentence streams, so they are text no
base article contains.

The corpus is written once, as JSONL files of 100 articles, under
``bench/corpus/<count>/`` (``base/`` and ``new/``) and reused: the folder is
renamed into place only when complete, so an interrupted run leaves nothing
half written.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.training.corpora import read_msra, read_peoples_daily

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
ARTICLE_CHARS = 800
PARAGRAPH_CHARS = 200
TITLE_CHARS = 15
PER_FILE = 100
NEW_SHARE = 0.01
SOURCES: list[tuple[str, str, Callable]] = [
    ("msra", "MSRA NER", read_msra),
    ("pd", "人民日报1998", read_peoples_daily),
]


def article_texts(sentences: Iterable[str]) -> Iterator[str]:
    """Texts of at least ARTICLE_CHARS characters, paragraphs of at least PARAGRAPH_CHARS."""
    paragraphs: list[str] = []
    paragraph = ""
    length = 0
    for sentence in sentences:
        sentence = sentence.strip()
        if not sentence:
            continue
        paragraph += sentence
        length += len(sentence)
        if len(paragraph) >= PARAGRAPH_CHARS or length >= ARTICLE_CHARS:
            paragraphs.append(paragraph)
            paragraph = ""
        if length >= ARTICLE_CHARS:
            yield "\n".join(paragraphs)
            paragraphs, length = [], 0


def records(count: int) -> Iterator[dict]:
    """``count`` article records, alternating sources: id, title, text, source."""
    streams = [(key, name, article_texts(s.text for s in read())) for key, name, read in SOURCES]
    for i in range(count):
        key, name, texts = streams[i % len(streams)]
        text = next(texts, None)
        if text is None:
            raise ValueError(f"the {name} sentences run out before {count} articles")
        yield {
            "id": f"bench-{key}-{i:06d}",
            "title": text.split("\n")[0][:TITLE_CHARS],
            "text": text,
            "source": name,
        }


def new_count(count: int) -> int:
    return max(1, round(count * NEW_SHARE))


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def build_corpus(count: int, root: Path = CORPUS_DIR) -> tuple[Path, Path]:
    """The folders of ``count`` base articles and of the 1% new ones, written on first use."""
    folder = root / str(count)
    if not folder.is_dir():
        tmp = root / f".{count}.{os.getpid()}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        rows = list(records(count + new_count(count)))
        base, new = rows[:count], rows[count:]
        for n, start in enumerate(range(0, count, PER_FILE)):
            write_jsonl(tmp / "base" / f"part-{n:03d}.jsonl", base[start : start + PER_FILE])
        write_jsonl(tmp / "new" / "new-000.jsonl", new)
        os.replace(tmp, folder)
    return folder / "base", folder / "new"
