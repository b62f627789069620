"""Dev scoring (kg.training.evaluate) with the shipped model on sentences in the corpora's style."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import DocBin

from kg.nlp import load_pipeline
from kg.training.convert import to_docs
from kg.training.corpora import Sentence
from kg.training.evaluate import entity_texts, score_corpus

# Written for this test after the corpora's kind of sentence: a name said twice (both
# labelled, as harmonised), a bank the model takes together with its department, and a
# name the gold leaves unlabelled (so the model's find counts as a false one).
SENTENCES = [
    Sentence(
        "恒远银行信贷部经理方启明则从另一个角度对融资门槛进行了解读。方启明认为，对目前的中小企业而言，",
        [(0, 4, "Organization"), (9, 12, "Person"), (30, 33, "Person")],
    ),
    Sentence(
        "胡振邦经过八年艰苦创业，创办了金穗园大酒店，又闯出了餐饮经营的名气。",
        [(0, 3, "Person"), (15, 21, "Organization")],
    ),
    Sentence("会议由副县长刘海波主持。"),
]


def test_scores_and_unseen_recall(tmp_path):
    nlp = load_pipeline()
    path = tmp_path / "dev.spacy"
    DocBin(docs=to_docs(nlp, SENTENCES, Counter())).to_disk(path)
    assert entity_texts(path, nlp) == {"恒远银行", "方启明", "胡振邦", "金穗园大酒店"}
    labels = ("Person", "Organization")
    everything_new = score_corpus(nlp, path, labels)
    assert everything_new["Person"]["gold"] == everything_new["Person"]["unseen_gold"] == 3
    assert everything_new["Person"]["unseen_r"] == everything_new["Person"]["r"] == 1.0
    assert everything_new["Person"]["p"] == 0.75  # 刘海波 is no gold entity
    assert everything_new["all"]["unseen_gold"] == 5
    # 恒远银行信贷部 is predicted for 恒远银行: 4 of the 6 predictions right, 4 of 5 gold found
    prf = ("p", "r", "f", "gold")
    assert [everything_new["Organization"][k] for k in prf] == [0.5, 0.5, 0.5, 2]
    assert [everything_new["all"][k] for k in prf] == [0.6667, 0.8, 0.7273, 5]
    some_seen = score_corpus(nlp, path, labels, frozenset({"方启明", "恒远银行"}))
    assert some_seen["Person"]["unseen_gold"] == 1 and some_seen["Organization"]["unseen_gold"] == 1
    assert some_seen["Organization"]["unseen_r"] == 1.0  # 金穗园大酒店, the one left, is found
    assert some_seen["all"]["f"] == everything_new["all"]["f"]  # F counts every entity
