"""The explorer's fixtures: the seed page built as ``kg build`` builds it, that build in the
session's embedded store, the explorer served over it, and a real headless Chromium.

The seed is built with ``--date 2023-01-05`` (the page's issue: its meeting was held
1月4日) so that articles have a date for the date filter and the report's timeline.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.cli.main import main as kg_main
from kg.explore.app import make_app
from kg.explore.reads import name_index
from kg.explore.server import serving
from kg.store import write_graph
from kg.store.queries import load_queries
from kg.write import read_graph
from tests.conftest import empty
from tests.helpers import SEED_PAGE
from tests.store.test_queries_on_build import holds

ROOT = Path(__file__).resolve().parents[2]
SEED_DATE = "2023-01-05"
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """OUT/ of ``kg build`` on the seed page (graph.graphml, graph.json, build.json)."""
    out = tmp_path_factory.mktemp("seed-out")
    argv = ["build", str(SEED_PAGE), "--out", str(out), "--no-store", "--no-cache"]
    assert kg_main(argv + ["--quiet", "--date", SEED_DATE, "--home-city", "乌海市"]) == 0
    return out


@pytest.fixture(scope="module")
def seed_graph(seed_out):
    return read_graph(seed_out)


@pytest.fixture(scope="module")
def seeded(embedded, seed_graph):
    """The session's embedded store holding the seed build alone."""
    if not holds(embedded, seed_graph):
        empty(embedded)
        write_graph(embedded, seed_graph)
    return embedded


@pytest.fixture(scope="module")
def explorer(seeded) -> str:
    """The explorer over the seeded store, served on 127.0.0.1; its base URL."""
    with serving(make_app(seeded, name_index(seeded), load_queries())) as url:
        yield url


def chromium_path() -> str | None:
    """KG_CHROMIUM, else the first Chromium on PATH (Debian's is /usr/bin/chromium)."""
    return os.environ.get("KG_CHROMIUM") or next(filter(None, map(shutil.which, CHROMIUMS)), None)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright; skipped only when neither can be found."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    executable = chromium_path()
    if executable is None:
        pytest.skip(
            "no Chromium to drive: `make test` installs Debian's chromium with apt-get as root; "
            "elsewhere install one or set KG_CHROMIUM=/path/to/chromium"
        )
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where the browser tests leave their screenshots: out/screenshots, or KG_SCREENSHOTS."""
    folder = Path(os.environ.get("KG_SCREENSHOTS") or ROOT / "out" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
