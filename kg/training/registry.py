"""spaCy registry entries that only training needs (import before training).

The model's own layers and component live in kg.nlp.char_ner, which loading
the shipped model needs too.

``kg.CharCorpus.v1``: spaCy's own corpus reader would re-tokenise each text
with the training pipeline's tokenizer, losing the pkuseg word features stored
in the DocBins; this reader hands the model a copy of each gold Doc that keeps
the features (LEMMA = word, TAG = position in word) and drops the entities.

``kg.time_budget.v1``: spaCy can stop on steps or patience but not on the
clock, and the recipe has to fit a wall-clock budget; the callback raises
``TimeBudgetReached``, after which spaCy has already kept model-best.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example


class TimeBudgetReached(Exception):
    """Training used up its minutes; model-best holds the best evaluated weights."""


def features_only(nlp: Language, gold: Doc) -> Doc:
    """The unannotated Doc the model sees: characters and word features of ``gold``."""
    return Doc(
        nlp.vocab,
        words=[t.text for t in gold],
        spaces=[bool(t.whitespace_) for t in gold],
        lemmas=[t.lemma_ for t in gold],
        tags=[t.tag_ for t in gold],
    )


@spacy.registry.readers("kg.CharCorpus.v1")
def char_corpus(path: Path, limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    """Examples from a DocBin written by kg.training.convert."""

    def read(nlp: Language) -> Iterator[Example]:
        docs = DocBin().from_disk(path).get_docs(nlp.vocab)
        for i, gold in enumerate(docs):
            if limit and i >= limit:
                break
            yield Example(features_only(nlp, gold), gold)

    return read


@spacy.registry.callbacks("kg.time_budget.v1")
def time_budget(minutes: float) -> Callable[[Language, dict], None]:
    """A ``before_update`` hook that stops training after ``minutes``."""
    deadline = time.monotonic() + minutes * 60

    def check(nlp: Language, info: dict) -> None:
        if time.monotonic() > deadline:
            raise TimeBudgetReached(f"stopped at step {info['step']} after {minutes} minutes")

    return check
