"""The corpus readers on real lines read from the data files, and harmonisation.

The corpora's sentences are not copied here: each reader test reads its lines
from the shared data folder by file and line number (and skips without it),
and checks the spans the reader finds by their offsets.
"""

from __future__ import annotations

import json

from kg.training.convert import is_dev
from kg.training.corpora import (
    CLUENER,
    MSRA,
    PEOPLES_DAILY,
    Sentence,
    read_cluener,
    read_msra,
    read_peoples_daily,
)
from kg.training.harmonise import label_repeats, mark_missing
from tests.helpers import corpus_line, corpus_lines


def entities(sentence):
    return [(sentence.text[a:b], label) for a, b, label in sentence.spans]


def test_cluener_maps_labels_and_marks_dropped_ones_missing(tmp_path):
    lines = [corpus_line(CLUENER, 1), corpus_line(CLUENER, 5)]
    path = tmp_path / "train.json"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    first, second = read_cluener(path)
    # line 1: company, name; line 5: organization, position, name, and an address
    assert first.spans == [(0, 4, "Organization"), (9, 12, "Person")]
    assert second.spans == [(0, 13, "Organization"), (13, 18, "Title"), (18, 20, "Person")]
    assert first.missing == [] and second.missing == [(32, 34)]
    for sentence, line in zip((first, second), lines, strict=True):
        # CLUENER's offsets are end-inclusive: each span is exactly one of the line's names
        labelled = {name for names in json.loads(line)["label"].values() for name in names}
        spans = [sentence.text[a:b] for a, b, _ in sentence.spans]
        assert sorted(spans + [sentence.text[a:b] for a, b in sentence.missing]) == sorted(labelled)


def test_msra_bio_to_spans(tmp_path):
    path = tmp_path / "msra"
    # the file's third sentence, and one with PER and ORG (each with its blank line)
    path.write_text(corpus_lines(MSRA, 90, 128) + corpus_lines(MSRA, 18146, 18180), "utf-8")
    first, second = read_msra(path)
    assert first.spans == [(3, 4, "Place"), (6, 7, "Place"), (27, 29, "Place")]
    assert second.spans == [(0, 3, "Person"), (15, 21, "Organization")]
    assert len(first.text) == 128 - 90 and len(second.text) == 18180 - 18146


def test_peoples_daily_merges_names_and_brackets(tmp_path):
    # paragraph 19980101-01-001-004 (two sentences, nr nr merged) and -006 (one sentence
    # of bracketed [...]nt and [...]ns compounds, one holding a ns word not tagged again)
    lines = [corpus_line(PEOPLES_DAILY, 4), corpus_line(PEOPLES_DAILY, 6)]
    path = tmp_path / "pd.txt"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    sentences = list(read_peoples_daily(path))
    words = [token.lstrip("[").split("/")[0] for line in lines for token in line.split()[1:]]
    assert "".join(s.text for s in sentences) == "".join(words)
    assert [(len(s.text), s.text[-1]) for s in sentences] == [(46, "。"), (11, "）"), (99, "！")]
    assert sentences[0].spans == [(7, 11, "Organization"), (19, 22, "Person")]
    assert sentences[1].spans == [(1, 4, "Organization"), (6, 9, "Person")]
    assert sentences[2].spans == [
        (19, 27, "Organization"),
        (28, 36, "Organization"),
        (37, 42, "Organization"),
        (52, 59, "Place"),
        (62, 64, "Place"),
        (65, 67, "Place"),
    ]


def test_unlabelled_repeat_is_labelled():
    text = "恒远银行信贷部主任方启明介绍新举措。方启明认为，恒远银行将加大对小微企业的投放。"
    sentence = Sentence(text, [(0, 4, "Organization"), (9, 12, "Person")])
    label_repeats(sentence)
    assert entities(sentence) == [
        ("恒远银行", "Organization"),
        ("方启明", "Person"),
        ("方启明", "Person"),
        ("恒远银行", "Organization"),
    ]
    assert [a for a, _, _ in sentence.spans] == [0, 9, 18, 24]


def test_titles_from_other_corpus_become_missing_not_outside():
    sentence = Sentence(
        "县委常委、副县长刘海波主持会议。", [(0, 2, "Organization"), (8, 11, "Person")]
    )
    mark_missing(sentence, {"常委", "县长", "副县长", "县委"})
    # 县委 is already an Organization: it stays one, not missing; 副县长 is the longest match.
    assert [sentence.text[a:b] for a, b in sentence.missing] == ["常委", "副县长"]


def test_dev_split_is_stable_and_about_a_tenth():
    sentences = [f"第{i}句。" for i in range(5000)]
    share = sum(map(is_dev, sentences)) / len(sentences)
    assert 0.08 < share < 0.12
    # CRC32 of the UTF-8 text, not Python's per-process salted hash():
    assert [i for i in range(60) if is_dev(sentences[i])] == [
        12,
        20,
        27,
        30,
        31,
        43,
        54,
        55,
        58,
        59,
    ]
