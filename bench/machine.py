"""What bench/run.py measures and how busy the machine is meanwhile: the kg source as it is
when the run starts (a snapshot, and the commit it is), and CPU seconds used by every process
and by the run's own measurements."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent


def cpu_busy_s() -> float:
    """CPU seconds all processes have used since boot, over all cores (/proc/stat)."""
    ticks = list(map(int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]))
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def snapshot(folder: Path) -> Path:
    """A copy of the kg package as it is now, for every measurement to import (PYTHONPATH)."""
    shutil.copytree(
        Path(kg.__file__).parent, folder / "kg", ignore=shutil.ignore_patterns("__pycache__")
    )
    return folder


def revision() -> str:
    """The git commit measured, "+dirty" when kg/ has uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=HERE.parent, capture_output=True, text=True
        ).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (
        "+dirty" if git("status", "--porcelain", "kg") else ""
    )
