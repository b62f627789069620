"""The statistical NER (Person, Organization, Place, Title) on the build's pkuseg Doc.

The model is character-level: gold names in the training corpora often cut
through pkuseg words (see kg/training/README.md for the measured rates), and a
word-level model could neither learn nor predict those boundaries. pkuseg's
segmentation is not thrown away: every character token carries the word it
belongs to (as ``LEMMA``) and its position in that word (``TAG``: B/M/E/S),
which the model embeds next to the character itself. So the model sees
characters *and* words, and the segmenter runs only once, for the build.

Training reads character Docs (``char_doc``, kg.training.convert); the build
gives the model the same feature rows computed straight from its pkuseg Doc
(``FeatureRows``; a test holds the two equal) and takes the predictions at
their exact character offsets, writing them also into ``doc.ents`` widened
to whole pkuseg tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from kg.errors import SetupError
from kg.nlp.biluo import decoder_for, glued_steps
from kg.nlp.candidates import NER_SOURCE, propose
from kg.nlp.char_input import FeatureRows
from kg.nlp.doc_index import doc_index
from kg.nlp.ner_scores import TagScorer
from kg.schema import Label

LABELS = (Label.PERSON, Label.ORGANIZATION, Label.PLACE, "Title")
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
COMPONENT = "kg_statistical_ner"


class NERModelMissing(SetupError, RuntimeError):
    """The trained NER model is not where the package expects it."""


def project_entities(word_doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Character spans as entity Spans of ``word_doc``, widened to whole tokens.

    Widening can make neighbours overlap; the earlier one wins, as the model
    emitted them left to right.
    """
    result: list[Span] = []
    taken = -1
    for start, end, label in spans:
        span = word_doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or span.start < taken:
            continue
        result.append(span)
        taken = span.end
    return result


class StatisticalNER:
    """Runs the character-level model and writes its entities on pkuseg Docs.

    Each entity is proposed as a kg candidate with its exact character offsets
    (source ``NER_SOURCE``): that is what the build uses, so a name glued to a
    neighbour in one pkuseg token (市长王伟) still comes out whole and alone.
    It is also written, widened to whole tokens, into ``doc.ents`` for
    spaCy's own tools (displaCy, scorers; kg reads only ``doc._.mentions``);
    entities already there (from earlier components) are kept and model
    entities overlapping them are dropped.
    """

    def __init__(self, model: Language, batch_size: int = 64):
        self.model = model
        self.tagger = model.get_pipe("ner")
        self.batch_size = batch_size
        use_numpy_matmul(self.tagger.model)
        self.scores = TagScorer(self.tagger.model)
        layers = self.tagger.model.get_ref("tok2vec").walk()
        features = next(layer for layer in layers if layer.name == "char_features")
        self.feature_rows = FeatureRows(model.vocab, features.attrs["columns"])

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= (batch_size or self.batch_size):
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def entities(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """Character spans ``(start, end, label)`` the model finds in each Doc."""
        inputs = [self.feature_rows(doc) for doc in docs]
        decoder = decoder_for(self.tagger.labels)
        glued = [
            glued_steps(doc_index(doc).text, starts, ends)
            for doc, (starts, ends, _) in zip(docs, inputs, strict=False)
        ]
        paths = decoder.paths(self.scores([rows for _, _, rows in inputs]), glued)
        return [
            [(int(starts[s]), int(ends[e - 1]), label) for s, e, label in decoder.spans(path)]
            for (starts, ends, _), path in zip(inputs, paths, strict=False)
        ]

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        for doc, spans in zip(docs, self.entities(docs), strict=False):
            for start, end, label in spans:
                propose(doc, start, end, label, NER_SOURCE)
            new = project_entities(doc, spans)
            kept = list(doc.ents)
            used = {i for span in kept for i in range(span.start, span.end)}
            kept += [s for s in new if not used.intersection(range(s.start, s.end))]
            doc.ents = sorted(kept, key=lambda s: s.start)
        return docs


def use_numpy_matmul(model: Model) -> None:
    """Run ``model``'s matrix products through numpy's BLAS instead of thinc's blis, on one
    thread as blis ran them.

    Why: the encoder's products (characters x 320 by 320 x 128, three layers)
    are most of the model's time, and numpy's OpenBLAS computes them about 2.5
    times as fast as blis on one core. Only inference is switched (training
    keeps thinc's default ops); the scores agree to float rounding, and the
    graphs of the seed page and the dev and benchmark articles are byte-identical.
    One thread: the build's parallelism is its worker processes (``--workers``),
    and BLAS threads in each would only compete with them for the cores. The
    build scores with ``TagScorer`` (kg.nlp.ner_scores), which uses the same
    BLAS and gives these ops' scores bit for bit (a test holds them equal).
    """
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for layer in model.walk():
        layer.ops = ops


def load_model(path: Path = MODEL_DIR) -> Language:
    """The shipped character-level pipeline (tok2vec + ner), read from disk only."""
    if not (path / "meta.json").exists():
        raise NERModelMissing(
            f"statistical NER model not found in {path}: run `make train-ner` "
            "(or `kg train-ner`) to train and install it"
        )
    import kg.nlp.char_ner  # noqa: F401  the model's layers and component (also entry points)

    return spacy.load(path)


@Language.factory(COMPONENT, default_config={"model_path": None})
def make_statistical_ner(nlp: Language, name: str, model_path: str | None) -> StatisticalNER:
    """spaCy factory so the component sits in ``nlp.pipeline`` like any other."""
    return StatisticalNER(load_model(Path(model_path) if model_path else MODEL_DIR))


def add_statistical_ner(nlp: Language, model_path: Path | None = None) -> None:
    """Append the statistical NER to ``nlp`` (the pkuseg pipeline of kg.nlp.pipeline)."""
    nlp.add_pipe(COMPONENT, config={"model_path": str(model_path) if model_path else None})
