"""The ``kg_figures`` spaCy component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import propose
from kg.nlp.doc_index import doc_index
from kg.nlp.figures.find import find_figures
from kg.records import FigureFacts
from kg.schema import Label

COMPONENT = "kg_figures"


class FigureTagger:
    """Proposes every figure of a Doc as a Figure candidate with its facts."""

    def __call__(self, doc: Doc) -> Doc:
        for f in find_figures(doc_index(doc).text):
            facts = FigureFacts(f.value, f.unit, f.text, f.metric, f.hedge)
            propose(doc, f.start, f.end, Label.FIGURE, COMPONENT, figure=facts)
        return doc


@Language.factory(COMPONENT)
def make_figure_tagger(nlp: Language, name: str) -> FigureTagger:
    """spaCy factory: ``nlp.add_pipe("kg_figures")`` once this module is imported."""
    return FigureTagger()
