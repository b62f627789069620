"""The character NER model: its input features and its BILUO tagger component.

Why a tagger and not spaCy's transition-based ``ner``: on the build's
~800-character articles the transition parser cost as much per character as
the whole tok2vec (26 of 62 µs/char, one core), and the build must run pkuseg
+ NER at >= 10,000 chars/s. A softmax over BILUO tags per character, decoded
under the BILUO constraints (Viterbi), costs a fraction of that, and it trains
faster: every character of a batch is scored at once instead of one
transition at a time.

Features: the character (NORM), its pkuseg word (LEMMA), its position in that
word (TAG) and its shape, in hashed embedding tables as in spaCy's
MultiHashEmbed, plus the character bigram that starts at it (the usual lift
for Chinese character models: 政府 says more than 政 and 府 apart).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

import numpy
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    LayerNorm,
    Maxout,
    Model,
    SequenceCategoricalCrossentropy,
    add,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

from kg.nlp.biluo import biluo_tags, decoder_for, doc_glued_steps

BIGRAM_MIX = numpy.uint64(0x9E3779B97F4A7C15)


def char_features(attrs: list[str]) -> Model[list[Doc | Ints2d], list[Ints2d]]:
    """Per token: the hashes of ``attrs``, then one id for the bigram starting there.

    Takes Docs, or the rows ``doc.to_array(columns)`` would give for them: the
    build computes those rows straight from its pkuseg Doc (kg.nlp.statistical_ner)
    rather than first building a Doc with one token per character.
    """
    columns = [*attrs, "ORTH"]

    def forward(model: Model, docs: list[Doc | Ints2d], is_train: bool):
        features = []
        for doc in docs:
            if isinstance(doc, Doc):
                values = doc.to_array(columns).reshape(len(doc), len(columns))
            else:
                values = numpy.array(doc, dtype="uint64")
            features.append(model.ops.asarray2i(with_bigrams(values), dtype="uint64"))
        return features, lambda d_features: []

    return Model("char_features", forward, attrs={"columns": columns})


def with_bigrams(values: numpy.ndarray) -> numpy.ndarray:
    """``values`` with its last column (ORTH) replaced, in place, by the id of the character
    bigram starting at each row (the last row's bigram is its character alone)."""
    orth = values[:, -1].copy()
    following = numpy.zeros_like(orth)
    following[:-1] = orth[1:]
    values[:, -1] = (orth * BIGRAM_MIX) ^ following
    return values


@registry.architectures("kg.CharEmbed.v1")
def char_embed(
    width: int, attrs: list[str], rows: list[int], bigram_rows: int, combine: str = "maxout"
) -> Model[list[Doc], list[Floats2d]]:
    """Hashed embeddings of ``attrs`` plus a hashed character-bigram table.

    ``combine="maxout"`` concatenates the tables and mixes them with a maxout
    layer, as spaCy's MultiHashEmbed does; ``"sum"`` adds them and normalises,
    which costs no matrix product (a linear mix of concatenated tables is a
    sum of tables anyway) and leaves the interactions to the encoder.
    """
    tables = [
        HashEmbed(width, n, column=i, seed=7 + i, dropout=0.0)
        for i, n in enumerate([*rows, bigram_rows])
    ]
    if combine == "maxout":
        tables_layer = concatenate(*tables)
        mix = Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True)
    elif combine == "sum":
        tables_layer, mix = add(*tables), LayerNorm(width)
    else:
        raise ValueError(f"kg.CharEmbed.v1: combine must be 'maxout' or 'sum', not {combine!r}")
    return chain(
        char_features(attrs),
        list2ragged(),
        with_array(tables_layer),
        with_array(mix),
        ragged2list(),
    )


class BiluoTagger(Tagger):
    """spaCy's tagger, trained on BILUO entity tags and writing ``doc.ents``.

    Training reads the gold entities through ``Example.get_aligned_ner``, so
    spans marked missing in the corpus ("-") give no gradient, exactly as for
    spaCy's own ``ner``; evaluation uses spaCy's NER scorer.
    """

    @property
    def entity_labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.split("-", 1)[1] for t in self.labels if "-" in t))

    def predict(self, docs: list[Doc | Ints2d]) -> list[numpy.ndarray]:
        """Tag scores per token of Docs, or of their feature rows (``char_features``)."""
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((len(doc), len(self.labels)), dtype="float32") for doc in docs]
        return [self.model.ops.to_numpy(s) for s in self.model.predict(docs)]

    def set_annotations(self, docs: Iterable[Doc], batch_scores: list[numpy.ndarray]) -> None:
        decoder = decoder_for(self.labels)
        glued = [doc_glued_steps(doc) for doc in docs]
        for doc, path in zip(docs, decoder.paths(batch_scores, glued), strict=False):
            doc.ents = [Span(doc, s, e, label=label) for s, e, label in decoder.spans(path)]

    def get_loss(self, examples: Iterable[Example], scores) -> tuple[float, list]:
        loss_func = SequenceCategoricalCrossentropy(
            names=self.labels, normalize=False, label_smoothing=self.cfg["label_smoothing"]
        )
        truths = [
            [None if tag in (None, "-") else tag for tag in eg.get_aligned_ner()] for eg in examples
        ]
        d_scores, loss = loss_func(scores, truths)
        return float(loss), d_scores

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        labels: list[str] | None = None,
    ) -> None:
        """Add the BILUO tags of ``labels`` (default: every entity label in the data)."""
        if labels is None:
            labels = sorted({ent.label_ for eg in get_examples() for ent in eg.reference.ents})
        for tag in biluo_tags(labels):
            self.add_label(tag)
        sample = [eg.predicted for eg in islice(get_examples(), 10)]
        self.model.initialize(
            X=sample, Y=[self.model.ops.alloc2f(len(d), len(self.labels)) for d in sample]
        )


@Language.factory(
    "kg_biluo_ner",
    default_config={"scorer": {"@scorers": "spacy.ner_scorer.v1"}, "label_smoothing": 0.0},
)
def make_biluo_ner(
    nlp: Language, name: str, model: Model, scorer: Callable, label_smoothing: float
) -> BiluoTagger:
    return BiluoTagger(nlp.vocab, model, name, scorer=scorer, label_smoothing=label_smoothing)
