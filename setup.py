"""One build step pyproject.toml cannot say: ship the top-level queries/ and kg.grass.

They stay at the top of the repository, where users browse them; a wheel
carries copies in ``kg/_shipped/``, where ``kg.shipped`` looks first. An
editable install needs no copies: kg.shipped finds the checkout's files.
Everything else about the package is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("kg.grass", "queries/*.cypher")


class BuildPyWithShipped(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        files = [path for pattern in SHIPPED for path in sorted(ROOT.glob(pattern))]
        if len(files) < len(SHIPPED):
            raise SystemExit(f"setup.py: {' and '.join(SHIPPED)} are missing from {ROOT}")
        for source in files:
            target = Path(self.build_lib, "kg", "_shipped", source.relative_to(ROOT))
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildPyWithShipped})
