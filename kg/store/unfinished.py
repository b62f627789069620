"""A load that did not finish: noticed by the next load into the same embedded store.

Why: when the process holding the embedded store is killed in the middle of a
load (SIGKILL, a power cut, the machine out of memory), nobody is left to tell
the user. The store keeps every transaction that committed, and loading is a
MERGE, so loading again finishes the job without doubling anything; what the
user needs is to hear that the last load was cut short. A load writes
``DATA/load-in-progress.json`` (its pid and start time) before its first row and
removes it when done; the next load that finds the file of a process no longer
running says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

MARKER = "load-in-progress.json"


def unfinished_load(data_dir: Path) -> str:
    """What the marker says of a dead load ('' when there is none, or its process lives)."""
    try:
        state = json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
        pid, started = int(state["pid"]), str(state["started"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    if pid != os.getpid() and process_lives(pid):
        return ""
    return f"the load into {data_dir} started {started} did not finish"


def process_lives(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


@contextlib.contextmanager
def marked_load(data_dir: Path | None) -> Iterator[str]:
    """Mark a load as running in ``data_dir`` (None: a store kg has no folder of) while the
    block runs; yields what an earlier, unfinished load left to say. The marker stays when
    the block fails, so that the next load says so too."""
    if data_dir is None:
        yield ""
        return
    earlier = unfinished_load(data_dir)
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    marker = data_dir / MARKER
    marker.write_text(json.dumps({"pid": os.getpid(), "started": started}), encoding="utf-8")
    yield earlier
    marker.unlink(missing_ok=True)
