"""Build the spaCy ``Language`` used by the build: zh + pkuseg + kg components.

The pkuseg default model is too large to ship in the package (180 MB); it is
extracted from the pkuseg sdist into ``<prefix>/share/kg/pkuseg/default`` by
``make setup`` (scripts/fetch_pkuseg_model.sh) or found via ``KG_PKUSEG_MODEL``.
Building the pipeline takes seconds (the segmenter's weights), so it is built
once per process and cached.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import io
import logging
import os
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

from kg.errors import SetupError
from kg.nlp.doc_index import TextKeepingTokenizer

log = logging.getLogger(__name__)


class PipelineError(SetupError, RuntimeError):
    """The pipeline cannot be built (a model is missing)."""


def pkuseg_model_path() -> Path:
    """Where pkuseg's default model is: ``$KG_PKUSEG_MODEL`` or the install prefix."""
    env = os.environ.get("KG_PKUSEG_MODEL")
    path = Path(env) if env else Path(sys.prefix) / "share" / "kg" / "pkuseg" / "default"
    if not (path / "weights.npz").exists():
        raise PipelineError(
            f"pkuseg default model not found in {path}: run `make setup` "
            "(or scripts/fetch_pkuseg_model.sh PYTHON DIR and set KG_PKUSEG_MODEL=DIR)"
        )
    return path


def blank_pipeline() -> Language:
    """A Chinese pipeline whose tokenizer is pkuseg with its default model."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    path = str(pkuseg_model_path())
    chatter = io.StringIO()
    with contextlib.redirect_stderr(chatter):  # "features.msgpack does not exist" on every load
        nlp.tokenizer.initialize(pkuseg_model=path)
    for line in chatter.getvalue().splitlines():
        if "features.msgpack does not exist" not in line:
            log.warning("pkuseg: %s", line)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


CONFIG = Path(__file__).with_name("pipeline.cfg")


def load_pipeline(gazetteer: str | None = None, statistical: bool = True) -> Language:
    """The full extraction pipeline (cached per process).

    pkuseg tokenizer, then the shipped statistical NER (people, organisations,
    places, titles), then kg's rule components as configured in pipeline.cfg;
    ``gazetteer`` is the path of the user's dictionary (see kg.nlp.gazetteer).
    """
    # one cache key however the arguments are spelled: load_pipeline(None) and
    # load_pipeline(None, True) must not load the models twice (~0.5 GB each)
    return cached_pipeline(gazetteer, statistical)


@functools.cache
def cached_pipeline(gazetteer: str | None, statistical: bool) -> Language:
    nlp = blank_pipeline()
    if statistical:
        from kg.nlp.statistical_ner import NERModelMissing, add_statistical_ner

        try:
            add_statistical_ner(nlp)
        except NERModelMissing as exc:
            log.warning("%s; continuing with the rule components only", exc)
    config = Config().from_disk(CONFIG)  # factories found through kg's spacy_factories entry points
    for name in config["nlp"]["pipeline"]:
        settings = {k: v for k, v in config["components"][name].items() if k != "factory"}
        if name == "kg_gazetteer" and gazetteer:
            settings["path"] = gazetteer
        nlp.add_pipe(config["components"][name]["factory"], name=name, config=settings)
    # The models live as long as the process: taken out of the collector's sight, they are
    # not walked again by every full collection the build's records set off, and forked
    # workers do not copy the pages the collector would write to.
    gc.freeze()
    return nlp


def release_pipelines() -> None:
    """Let go of the pipelines this process loaded (about 0.8 GB), and give the memory
    back to the system: a big build no longer needs them once every article is
    extracted, and its graph is at its largest after that (the next build in the same
    process loads them again)."""
    if cached_pipeline.cache_info().currsize == 0:
        return
    cached_pipeline.cache_clear()
    gc.unfreeze()  # the models were frozen out of the collector's sight
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # glibc only: elsewhere, kept
        ctypes.CDLL("libc.so.6").malloc_trim(0)
