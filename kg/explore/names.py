"""The search box's index: every name and alias in the store, held in memory and searched there.

Why not a Cypher query per keystroke: a Chinese name is found by any part of
it (春晓 finds 李春晓), which is ``CONTAINS`` over every node's name and
aliases. Neither store answers that from an index (ArcadeDB scans; Neo4j
would need a text index that kg, being read-only here, must not create): on
a 100,000-node store such a query takes seconds (``bench/bench_explore.py``).
The names of a whole store are small, so the explorer reads them once and
searches them in memory: all names, shortest first, are one string that
``str.find`` (C speed) walks until enough of the shortest matches are found.

The copy is checked against the store's node count at most every
``check_every`` seconds (in the background, never delaying a search) and read
again when it changed, so what ``kg load`` adds to a running store is found
soon after.
"""

from __future__ import annotations

import bisect
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)
CHECK_SECONDS = 10.0
SEP = "\x00"
SCAN = 5  # matches looked at per result asked for: enough to rank exact and prefix ones first


@dataclass(frozen=True)
class Entry:
    """One searchable node: its label, id, canonical name and aliases."""

    label: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()

    def as_json(self, matched: str | None = None) -> dict:
        return {"label": self.label, "id": self.id, "name": self.name, "matched": matched}


def entries_of(label: str, triples: Iterable) -> list[Entry]:
    """Entries from ``[id, name, aliases]`` triples as ``names.cypher`` returns them."""
    out = []
    for node_id, name, aliases in triples:
        if isinstance(aliases, str):  # a store that kept a JSON list as text
            aliases = [aliases]
        out.append(Entry(label, str(node_id), str(name), tuple(str(a) for a in aliases or () if a)))
    return out


class Names:
    """An immutable snapshot: every key (name or alias) once, shortest first, in one string."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries = list(entries)
        keys: dict[str, list[tuple[int, bool]]] = {}
        for i, entry in enumerate(self.entries):
            for text, alias in [(entry.name, False)] + [(a, True) for a in entry.aliases]:
                keys.setdefault(text, []).append((i, alias))
        self.keys = sorted(keys, key=lambda k: (len(k), k))
        self.owners = [keys[k] for k in self.keys]
        self.blob = SEP + SEP.join(self.keys) + SEP
        self.starts = []  # where each key begins in the blob
        position = 1
        for key in self.keys:
            self.starts.append(position)
            position += len(key) + 1
        self.by_id = {entry.id: i for i, entry in enumerate(self.entries)}
        self.exact = keys

    def search(self, text: str, limit: int) -> list[dict]:
        """Nodes whose name or an alias contains ``text``: exact matches first, then names
        starting with it, then the rest; names before aliases, shorter before longer."""
        if SEP in text or not text:
            return []
        ranked: dict[int, tuple] = {}
        for k in self.matching_keys(text, limit * SCAN):
            key = self.keys[k]
            kind = 0 if key == text else 1 if key.startswith(text) else 2
            for i, alias in self.owners[k]:
                rank = (kind, alias, len(key), k)
                if i not in ranked or rank < ranked[i]:
                    ranked[i] = rank
        best = sorted(ranked, key=lambda i: ranked[i])[:limit]
        return [
            self.entries[i].as_json(self.keys[ranked[i][3]] if ranked[i][1] else None) for i in best
        ]

    def matching_keys(self, text: str, most: int) -> list[int]:
        """Indexes of the shortest keys containing ``text``, at most ``most`` of them."""
        found, position = [], self.blob.find(text)
        while position >= 0 and len(found) < most:
            k = bisect.bisect_right(self.starts, position) - 1
            found.append(k)
            position = self.blob.find(text, self.starts[k] + len(self.keys[k]) + 1)
        return found

    def lookup(self, text: str) -> list[Entry]:
        """The nodes called exactly ``text`` (name, alias or id)."""
        hits = [i for i, _ in self.exact.get(text, ())]
        if text in self.by_id:
            hits.append(self.by_id[text])
        return [self.entries[i] for i in dict.fromkeys(hits)]


class NameIndex:
    """The current ``Names`` of the store, read again in the background when it changed."""

    def __init__(
        self,
        load: Callable[[], Iterable[Entry]],
        count: Callable[[], int],
        check_every: float = CHECK_SECONDS,
    ):
        self._load, self._count, self.check_every = load, count, check_every
        self._lock = threading.Lock()
        self._busy = False
        self.nodes = count()
        self.names = Names(load())
        self.checked_at = time.monotonic()

    def current(self) -> Names:
        """The snapshot to answer from now; starts a check when the last one is old enough."""
        with self._lock:
            due = time.monotonic() - self.checked_at > self.check_every
            if due and not self._busy:
                self._busy = True
                threading.Thread(target=self._check, name="kg-names", daemon=True).start()
        return self.names

    def _check(self) -> None:
        names, nodes = self.names, self.nodes
        try:
            nodes = self._count()
            if nodes != self.nodes:
                names = Names(self._load())
        except Exception:  # the store went away: keep answering from the old copy, retry later
            log.warning("reading the names again failed; searching the old copy", exc_info=True)
            nodes = self.nodes
        with self._lock:
            self.names, self.nodes = names, nodes
            self.checked_at, self._busy = time.monotonic(), False
