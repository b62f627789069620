"""Where the shared data folder is found: $KG_SHARED_DATA, else ../shared/data beside the
repository checkout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.training.corpora import CLUENER, read_cluener
from kg.training.data import (
    DEFAULT_SHARED_DATA,
    ENV_SHARED_DATA,
    SharedDataMissing,
    shared_data_dir,
)


def test_the_variable_names_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_SHARED_DATA, str(tmp_path))
    assert shared_data_dir() == tmp_path


def test_default_is_beside_the_checkout(monkeypatch):
    monkeypatch.delenv(ENV_SHARED_DATA, raising=False)
    checkout = Path(kg.__file__).resolve().parents[1]
    assert checkout.parent / "shared" / "data" == DEFAULT_SHARED_DATA
    if DEFAULT_SHARED_DATA.is_dir():
        assert shared_data_dir() == DEFAULT_SHARED_DATA


def test_a_missing_folder_is_an_error_naming_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_SHARED_DATA, str(tmp_path / "absent"))
    with pytest.raises(SharedDataMissing, match=ENV_SHARED_DATA):
        shared_data_dir()


def test_readers_find_their_file_only_when_read(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_SHARED_DATA, str(tmp_path / "absent"))
    sentences = read_cluener()  # nothing is looked up yet
    with pytest.raises(SharedDataMissing):
        next(sentences)
    monkeypatch.setenv(ENV_SHARED_DATA, str(tmp_path))
    (tmp_path / CLUENER).parent.mkdir()
    record = {"text": "市长周启明讲话。", "label": {"name": {"周启明": [[2, 4]]}}}
    (tmp_path / CLUENER).write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    [sentence] = read_cluener()
    assert sentence.spans == [(2, 5, "Person")]
