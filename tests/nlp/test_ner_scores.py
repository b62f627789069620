"""The build's numpy scoring of the character NER (kg.nlp.ner_scores) is thinc's, bit for bit.

Equal scores, not merely equal tags: then no text can tag differently.
"""

from __future__ import annotations

import numpy
import pytest

from kg.nlp.pipeline import blank_pipeline
from kg.nlp.statistical_ner import add_statistical_ner
from tests.helpers import SEED_PAGE

TEXTS = [
    "市委常委、秘书长李春晓主持召开会议，市发展改革委、市财政局负责同志参加。",
    "",
    "市长 王立新  在南京\n\n调研。ABC abc １２３",
    "县",
    "昨天，县委副书记、县长张海峰来到县人民医院，看望慰问一线医务人员。",
]


@pytest.fixture(scope="module")
def ner():
    pipeline = blank_pipeline()
    add_statistical_ner(pipeline)
    component = pipeline.get_pipe("kg_statistical_ner")
    return component, pipeline


@pytest.mark.parametrize(
    "texts",
    [TEXTS, TEXTS[:1], ["", ""], [SEED_PAGE.read_text(encoding="utf-8"), *TEXTS]],
    ids=["mixed", "one", "empty", "seed page"],
)
def test_scores_are_thinc_scores_bit_for_bit(ner, texts):
    component, pipeline = ner
    rows = [component.feature_rows(pipeline.make_doc(text))[2] for text in texts]
    ours = component.scores(rows)
    theirs = component.tagger.predict(rows)
    assert len(ours) == len(theirs) == len(texts)
    for mine, thinc in zip(ours, theirs, strict=True):
        assert mine.dtype == thinc.dtype == numpy.float32
        assert numpy.array_equal(mine, thinc)
