"""Dev scoring (kg.training.evaluate) with the shipped model on real corpus sentences."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import DocBin

from kg.nlp import load_pipeline
from kg.training.convert import to_docs
from kg.training.corpora import Sentence
from kg.training.evaluate import entity_texts, score_corpus

# cluener2020/train.json line 1 (its unlabelled repeat of 叶老桂 labelled, as harmonised) and an
# msra_ner sentence with PER and ORG
SENTENCES = [
    Sentence(
        "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。叶老桂认为，对目前国内商业银行而言，",
        [(0, 4, "Organization"), (9, 12, "Person"), (32, 35, "Person")],
    ),
    Sentence(
        "梁连起经过十年艰苦创业，创办了玉兰香大酒店，又创出了经营管理的牌子。",
        [(0, 3, "Person"), (15, 21, "Organization")],
    ),
]


def test_scores_and_unseen_recall(tmp_path):
    nlp = load_pipeline()
    path = tmp_path / "dev.spacy"
    DocBin(docs=to_docs(nlp, SENTENCES, Counter())).to_disk(path)
    assert entity_texts(path, nlp) == {"浙商银行", "叶老桂", "梁连起", "玉兰香大酒店"}
    labels = ("Person", "Organization")
    everything_new = score_corpus(nlp, path, labels)
    assert everything_new["Person"]["gold"] == everything_new["Person"]["unseen_gold"] == 3
    assert everything_new["Person"]["unseen_r"] == everything_new["Person"]["r"] == 1.0
    assert everything_new["all"]["unseen_gold"] == 5
    some_seen = score_corpus(nlp, path, labels, frozenset({"叶老桂", "浙商银行"}))
    assert some_seen["Person"]["unseen_gold"] == 1 and some_seen["Organization"]["unseen_gold"] == 1
    assert some_seen["all"]["f"] == everything_new["all"]["f"]  # F counts every entity
