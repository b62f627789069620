"""Build the spaCy ``Language`` used by the build: zh + pkuseg + kg components.

The pkuseg default model is too large to ship in the package (180 MB); it is
extracted from the pkuseg sdist into ``<prefix>/share/kg/pkuseg/default`` by
``make setup`` (scripts/fetch_pkuseg_model.sh) or found via ``KG_PKUSEG_MODEL``.
Building the pipeline takes seconds (the segmenter's weights), so it is built
once per process and cached.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import spacy
from spacy.language import Language


class PipelineError(RuntimeError):
    """The pipeline cannot be built (a model is missing)."""


def pkuseg_model_path() -> Path:
    """Where pkuseg's default model is: ``$KG_PKUSEG_MODEL`` or the install prefix."""
    env = os.environ.get("KG_PKUSEG_MODEL")
    path = Path(env) if env else Path(sys.prefix) / "share" / "kg" / "pkuseg" / "default"
    if not (path / "weights.npz").exists():
        raise PipelineError(
            f"pkuseg default model not found in {path}: run `make setup` "
            "(or scripts/fetch_pkuseg_model.sh PYTHON DIR and set KG_PKUSEG_MODEL=DIR)")
    return path


def blank_pipeline() -> Language:
    """A Chinese pipeline whose tokenizer is pkuseg with its default model."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_model_path()))
    return nlp


@functools.lru_cache(maxsize=None)
def load_pipeline() -> Language:
    """The full extraction pipeline (cached per process)."""
    nlp = blank_pipeline()
    return nlp
