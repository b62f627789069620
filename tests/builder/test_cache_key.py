"""The extraction cache key changes whenever anything extraction reads changes.

``kg.builder.cache.extraction_files(statistical)`` names the files whose bytes make the
key, derived from the package (not a hand-kept list): every module and data file of
kg/nlp, the extraction modules of kg/extract, the pipeline config and, for a build with
the statistical NER, the model's files. A module left out means a changed rule keeps
serving stale entries. The user's own files (KG_TRIGGERS) count too; that is checked by
building, in separate processes as ``kg build`` runs, with an article text of our own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.builder import cache

PACKAGE = Path(kg.__file__).resolve().parent
ROOT = PACKAGE.parent


def key_files(statistical: bool) -> set[Path]:
    files = cache.extraction_files(statistical=statistical)
    assert isinstance(files, list) and all(isinstance(f, Path) for f in files)
    return {f.resolve() for f in files}


def under(folder: Path, pattern: str = "*") -> set[Path]:
    found = {f.resolve() for f in folder.rglob(pattern) if f.is_file()}
    assert found, f"nothing under {folder}"
    return found


@pytest.mark.parametrize("statistical", [True, False])
def test_key_covers_the_extraction_modules(statistical):
    files = key_files(statistical)
    for name in ("relations.py", "dates.py", "mentions.py"):
        assert (PACKAGE / "extract" / name).resolve() in files, name


@pytest.mark.parametrize("statistical", [True, False])
def test_key_covers_every_nlp_module_data_file_and_the_pipeline_config(statistical):
    files = key_files(statistical)
    modules = {f.resolve() for f in (PACKAGE / "nlp").glob("*.py")}
    assert len(modules) >= 10 and modules <= files, sorted(modules - files)
    data = under(PACKAGE / "nlp" / "data")
    assert {"triggers.tsv", "titles.txt", "units.tsv"} <= {f.name for f in data}
    assert data <= files, sorted(data - files)
    assert (PACKAGE / "nlp" / "pipeline.cfg").resolve() in files


def test_key_of_a_statistical_build_covers_the_model_weights():
    files = key_files(True)
    model = under(PACKAGE / "models" / "ner")
    assert (PACKAGE / "models" / "ner" / "ner" / "model").resolve() in model
    assert model <= files, sorted(model - files)


def test_key_of_a_rules_only_build_leaves_the_model_out():
    models = (PACKAGE / "models").resolve()
    assert not [f for f in key_files(False) if models in f.parents]


def test_key_files_exist_and_are_the_packages():
    for statistical in (True, False):
        for f in key_files(statistical):
            assert f.is_file() and PACKAGE in f.parents, f


def test_the_key_is_made_of_those_files_bytes(tmp_path, monkeypatch):
    """Whatever extraction_files names, a change to its bytes is a new pipeline version."""
    rules = tmp_path / "relations.py"
    rules.write_text("LEVEL_BODY_CHARS = 3\n", encoding="utf-8")
    monkeypatch.setattr(cache, "extraction_files", lambda *args, **kwargs: [rules])
    version = getattr(cache.pipeline_version, "__wrapped__", cache.pipeline_version)
    before = version()
    rules.write_text("LEVEL_BODY_CHARS = 4\n", encoding="utf-8")
    assert version() != before
    rules.write_text("LEVEL_BODY_CHARS = 3\n", encoding="utf-8")
    assert version() == before


# --- the user's trigger file, end to end -----------------------------------------------------

OWN = [
    {
        "id": "t1",
        "title": "文化馆进社区",
        "date": "2023-02-14",
        "text": "2月14日，市文化馆走进滨河社区，为居民送上文艺演出。",
    },
    {
        "id": "t2",
        "title": "职工技术比武",
        "date": "2023-02-15",
        "text": "2月15日，青山能源利民公司组织30名技术骨干开展技术比武。",
    },
]


def kg_build(folder: Path, out: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("KG_TRIGGERS", "KG_GAZETTEER")}
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environ.get("PYTHONPATH")]))
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "news.jsonl", "--out", out, "--quiet"]
        + ["--cache", "cache", "--no-store", "--home-city", "乌海市"],
        cwd=folder,
        env={**environ, **env},
        check=True,
        capture_output=True,
    )
    return (folder / out / "graph.graphml").read_text(encoding="utf-8")


def entries(folder: Path) -> int:
    return len(list((folder / "cache").rglob("*.json")))


def test_a_trigger_file_of_the_users_makes_new_entries(tmp_path):
    (tmp_path / "news.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in OWN), encoding="utf-8"
    )
    triggers = tmp_path / "triggers.tsv"
    plain = kg_build(tmp_path, "plain")
    assert entries(tmp_path) == 2 and '<data key="verb">走进</data>' not in plain

    triggers.write_text("走进\tVISITED\n", encoding="utf-8")
    visited = kg_build(tmp_path, "visited", KG_TRIGGERS=str(triggers))
    assert entries(tmp_path) == 4  # nothing cached by the plain build was reused
    assert '<data key="label">VISITED</data>' in visited and "走进" in visited

    # same path, other bytes; the third column lets ATTENDED take a place as its object
    triggers.write_text("走进\tATTENDED\tPlace\n", encoding="utf-8")
    attended = kg_build(tmp_path, "attended", KG_TRIGGERS=str(triggers))
    assert entries(tmp_path) == 6
    assert '<data key="label">VISITED</data>' not in attended
    assert '<data key="label">ATTENDED</data>' in attended
