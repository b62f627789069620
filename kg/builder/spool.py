"""The build's extractions on disk, one JSON line per article, read back by the linker.

Why: a build of years of papers (100k and more articles) held every
ArticleExtraction, article texts included, in the parent process until the
graph was assembled. Written here as each comes back from the workers, they
are read back once per linking pass (kg.link.assemble), and memory holds only
what linking keeps per entity and the graph itself.

Where: ``kg build`` writes it as a hidden temporary file in ``--out`` (the
folder the user chose and kg checked it can write; ``/tmp`` is often memory),
and renames it to ``OUT/extractions.jsonl`` when the graph files are written,
so that a build that fails or keeps an earlier graph leaves the earlier
``extractions.jsonl`` as it was. The Python API (``kg.build``) spools into a
temporary file ($TMPDIR) that is removed when the graph is built.

A line is ``kg.builder.codec.to_json`` of the extraction, article included.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from kg.builder.codec import from_json, to_json
from kg.errors import KgError
from kg.records import ArticleExtraction
from kg.write.files import ordinary_mode

SPOOL_NAME = "extractions.jsonl"


class SpoolError(KgError):
    """The spool cannot be written, or read back as kg wrote it (disk full, a file changed under
    the build): the build stops and replaces nothing in ``--out``."""


class Spool:
    """A temporary JSON Lines file of extractions: written once, then read as often as needed.

    As a context manager it removes its file on exit unless ``keep_as`` has renamed it.
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{SPOOL_NAME}.", suffix=".tmp")
        self.path = Path(name)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        self.count = 0
        self.kept = False

    def write(self, ex: ArticleExtraction) -> None:
        """One more extraction, as a line of its own."""
        try:
            self.fh.write(json.dumps(to_json(ex, with_article=True), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise SpoolError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None
        self.count += 1

    def __iter__(self) -> Iterator[ArticleExtraction]:
        """The extractions written, in order; each call reads the file again."""
        self.fh.flush()
        with self.path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                yield self.parsed(line, number)

    def parsed(self, line: str, number: int) -> ArticleExtraction:
        try:
            return from_json(json.loads(line))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            whole = "" if line.endswith("\n") else ", cut short"
            raise SpoolError(
                f"{self.path}:{number}: not an extraction kg wrote{whole} "
                f"({type(exc).__name__}: {str(exc)[:80]}); nothing in --out was replaced, "
                "build again"
            ) from None

    def keep_as(self, path: Path) -> None:
        """Rename the spool to ``path`` (replacing what was there), whole."""
        self.fh.close()
        ordinary_mode(self.path)
        os.replace(self.path, path)
        self.path, self.kept = path, True

    def __enter__(self) -> Spool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.fh.close()
        if not self.kept:
            self.path.unlink(missing_ok=True)
