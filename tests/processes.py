"""kg, or a few lines of Python, in a process of its own: for the tests of what serves,
stops on a signal or is killed half-way (kg serve, kg explore, kg load).

The child imports this checkout's kg (PYTHONPATH), whatever the venv has installed, and
its output is read line by line, so a test can wait for what a server prints when it is up.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python_process(*argv, **popen) -> subprocess.Popen:
    """``python ARGV…`` with this checkout's kg importable, its output as text pipes."""
    return subprocess.Popen(
        [sys.executable, *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        **popen,
    )


def kg_process(*argv, **popen) -> subprocess.Popen:
    """``kg ARGV…`` in its own process."""
    return python_process("-m", "kg.cli", *argv, **popen)


def wait_for_line(proc: subprocess.Popen, pattern: str, seconds: float = 120) -> str:
    """What the process printed up to the first line matching ``pattern``; fails, with all it
    printed, when it ends or ``seconds`` pass first."""
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        if re.search(pattern, line):
            return "".join(seen)
    raise AssertionError(
        f"the process did not print {pattern!r}: {''.join(seen)}{proc.stderr.read()}"
    )
