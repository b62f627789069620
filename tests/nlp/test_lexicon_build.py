"""The corpus-derived word lists are rebuilt byte for byte by the command that made them
(scripts/build_lexicons.py on People's Daily 1998-01), hand additions included."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, SHARED

CORPUS = SHARED / "data" / "peoples_daily_1998_pku" / "199801.txt"
BUILT = ("boundary_words.txt", "common_words.txt", "ordinary_pairs.txt", "places.txt")
BUILT += ("surnames.txt", "verbs.txt")


@pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} not on this machine")
def test_the_shipped_lists_are_what_the_build_command_writes(tmp_path: Path):
    script = ROOT / "scripts" / "build_lexicons.py"
    subprocess.run([sys.executable, str(script), str(CORPUS), str(tmp_path)], check=True)
    shipped = ROOT / "kg" / "nlp" / "data"
    for name in BUILT:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
