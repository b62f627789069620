"""The shipped statistical NER, loaded offline inside the build's pkuseg pipeline.

The news sentences below were written for these tests in the style of Chinese
local-government reports; ``test_sentences_are_unseen`` checks that neither
they nor their names occur in the training corpora.
"""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from kg.nlp.biluo import decoder_for
from kg.nlp.candidates import candidates
from kg.nlp.char_input import char_doc
from kg.nlp.pipeline import blank_pipeline
from kg.nlp.statistical_ner import (
    LABELS,
    MODEL_DIR,
    NERModelMissing,
    add_statistical_ner,
    load_model,
)
from kg.training.corpora import (
    CLUENER,
    MSRA,
    PEOPLES_DAILY,
    read_cluener,
    read_msra,
    read_peoples_daily,
)
from tests.helpers import SEED_PAGE, corpus_file

SENTENCES = {
    # 市委 inside the title 市委常委 is left to the rules (kg_organizations finds it by its head)
    "市委常委、秘书长李春晓主持召开会议，市发展改革委、市财政局负责同志参加。": {
        "Person": {"李春晓"},
        "Organization": {"市发展改革委", "市财政局"},
        "Title": {"秘书长"},
    },
    "昨天，县委副书记、县长张海峰来到县人民医院，看望慰问一线医务人员。": {
        "Person": {"张海峰"},
        "Organization": {"县委", "县人民医院"},
    },
    "会议由市人大常委会主任陈光明主持，市政协副主席林晓红出席。": {
        "Person": {"陈光明", "林晓红"},
        "Organization": {"市人大常委会", "市政协"},
    },
    "副市长王立新带队赴宁波市北仑区人民政府对接招商引资项目。": {
        "Person": {"王立新"},
        "Organization": {"宁波市北仑区人民政府"},
        "Title": {"副市长"},
    },
}
UNSEEN = [
    "李春晓",
    "张海峰",
    "陈光明",
    "林晓红",
    "王立新",
    "市发展改革委",
    "北仑区人民政府",
    "看望慰问一线医务人员",
    "市人大常委会主任陈",
]


@pytest.fixture(scope="module")
def nlp():
    pipeline = blank_pipeline()
    add_statistical_ner(pipeline)
    return pipeline


@pytest.mark.parametrize("text", list(SENTENCES))
def test_finds_people_and_bodies_in_unseen_news(nlp, text):
    doc = nlp(text)
    found = {(e.text, e.label_) for e in doc.ents}
    for label, names in SENTENCES[text].items():
        assert {(name, label) for name in names} <= found, found


def test_entities_are_pkuseg_spans_with_kg_labels(nlp):
    doc = nlp("".join(SENTENCES))
    assert doc.ents
    assert {e.label_ for e in doc.ents} <= set(LABELS)
    assert [t.text for t in doc][:4] == ["市委", "常委", "、", "秘书长"]  # the pkuseg Doc itself


def test_names_glued_into_one_pkuseg_word_come_out_alone(nlp):
    """pkuseg may glue a title to a name (市长张海峰): the build's candidates keep
    the model's exact offsets, while doc.ents can only hold whole tokens."""
    words = ["会议", "由", "市长张海峰", "主持", "。"]
    doc = nlp.get_pipe("kg_statistical_ner")(Doc(nlp.vocab, words=words, spaces=[False] * 5))
    assert ("张海峰", "Person") in {(doc.text[c.start : c.end], c.label) for c in candidates(doc)}


def test_existing_entities_are_kept(nlp):
    doc = nlp.make_doc("秘书长李春晓主持召开会议。")
    doc.ents = [doc.char_span(0, 3, label="Title")]
    doc = nlp.get_pipe("kg_statistical_ner")(doc)
    assert ("秘书长", "Title") in {(e.text, e.label_) for e in doc.ents}
    assert ("李春晓", "Person") in {(e.text, e.label_) for e in doc.ents}


def test_build_features_are_the_training_features(nlp):
    """The build computes the model's input rows straight from the pkuseg Doc; they
    must be exactly what the character Docs of training give, whitespace included."""
    ner = nlp.get_pipe("kg_statistical_ner")
    texts = [
        SEED_PAGE.read_text(encoding="utf-8"),
        *SENTENCES,
        "市长 王立新  在南京\n\n调研。ABC abc １２３ ORTH X NOUN",
        " ",
        "",
    ]
    docs = [nlp.make_doc(text) for text in texts]
    columns = ner.feature_rows.column
    for doc in docs:
        training = char_doc(ner.model.vocab, doc)
        rows = training.to_array(list(columns)).reshape(len(training), len(columns))
        starts, ends, build_rows = ner.feature_rows(doc)
        assert (build_rows == rows).all()
        assert [(s, e) for s, e in zip(starts, ends, strict=False)] == [
            (t.idx, t.idx + len(t)) for t in training
        ]
    as_trained = [
        [(e.start_char, e.end_char, e.label_) for e in d.ents]
        for d in ner.model.pipe(char_doc(ner.model.vocab, doc) for doc in docs)
    ]
    assert ner.entities(docs) == as_trained
    assert sum(map(len, as_trained)) > 20


def test_local_search_gives_the_full_search_answer(nlp):
    """On real model scores the decoder's search around invalid steps only gives
    the tags of the full Viterbi search."""
    ner = nlp.get_pipe("kg_statistical_ner")
    docs = [
        char_doc(ner.model.vocab, nlp.make_doc(text))
        for text in [SEED_PAGE.read_text(encoding="utf-8"), *SENTENCES]
    ]
    scores = ner.tagger.predict(docs)
    decoder = decoder_for(ner.tagger.labels)
    assert any(decoder.invalid_runs(s.argmax(axis=1)) for s in scores)  # the case arises
    for local, full in zip(decoder.paths(scores), decoder.viterbi(scores), strict=False):
        assert (local == full).all()


def test_shipped_model_is_small_and_scored():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    assert set(meta["kg_dev_scores"]) == {"cluener", "msra", "peoples_daily"}
    assert meta["kg_dev_scores"]["msra"]["all"]["f"] > 0.88  # 0.894 as shipped
    assert meta["kg_dev_scores"]["msra"]["Person"]["unseen_r"] > 0.8  # 0.851 as shipped


def test_missing_model_is_a_clear_error(tmp_path):
    pipeline = spacy.blank("zh")
    with pytest.raises(NERModelMissing, match="train-ner"):
        add_statistical_ner(pipeline, tmp_path)


def test_sentences_are_unseen():
    corpora = {read_cluener: CLUENER, read_msra: MSRA, read_peoples_daily: PEOPLES_DAILY}
    for read, relpath in corpora.items():
        for sentence in read(corpus_file(relpath)):
            assert not any(s in sentence.text for s in UNSEEN), sentence.text


def test_numpy_matmul_gives_the_tags_of_thinc_ops(nlp):
    """The build runs the model's products through numpy's BLAS on one thread; thinc's
    own ops (training's) give the same tags, and scores equal to float rounding."""
    ner = nlp.get_pipe("kg_statistical_ner")
    thinc_ops = load_model().get_pipe("ner")
    assert {type(layer.ops) for layer in thinc_ops.model.walk()} == {NumpyOps}
    assert all(not layer.ops.use_blis for layer in ner.tagger.model.walk())
    assert all(layer.ops.use_blis for layer in thinc_ops.model.walk())
    assert {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"} == {1}
    texts = [SEED_PAGE.read_text(encoding="utf-8"), *SENTENCES]
    rows = [ner.feature_rows(nlp.make_doc(text))[2] for text in texts]
    for built, trained in zip(ner.tagger.predict(rows), thinc_ops.predict(rows), strict=True):
        assert (built.argmax(axis=1) == trained.argmax(axis=1)).all()
        assert numpy.allclose(built, trained, atol=1e-5)


@pytest.mark.parametrize(
    "texts",
    [
        [*SENTENCES, "", "市长 王立新  在南京\n\n调研。ABC abc １２３", "县"],
        [next(iter(SENTENCES))],
        ["", ""],
        [SEED_PAGE.read_text(encoding="utf-8"), *SENTENCES],
    ],
    ids=["mixed", "one", "empty", "seed page"],
)
def test_build_scores_are_thinc_scores_bit_for_bit(nlp, texts):
    """The build scores characters in numpy (kg.nlp.ner_scores); equal scores, not merely
    equal tags, so that no text can tag differently than with thinc's predict."""
    ner = nlp.get_pipe("kg_statistical_ner")
    rows = [ner.feature_rows(nlp.make_doc(text))[2] for text in texts]
    ours, theirs = ner.scores(rows), ner.tagger.predict(rows)
    assert len(ours) == len(theirs) == len(texts)
    for mine, thinc in zip(ours, theirs, strict=True):
        assert mine.dtype == thinc.dtype == numpy.float32
        assert numpy.array_equal(mine, thinc)
