"""The character NER's own parts: bigram features, BILUO decoding, training on gold Docs."""

from __future__ import annotations

import itertools

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import get_words_and_spaces

from kg.nlp.biluo import MARGIN, BiluoDecoder, biluo_tags, doc_glued_steps, glued_steps
from kg.nlp.char_input import char_doc, character_tokens
from kg.nlp.char_ner import char_features
from kg.nlp.pipeline import blank_pipeline

TAGS = tuple(biluo_tags(["Person", "Place"]))


def scores_for(*tags: str, margin: float = 5.0) -> numpy.ndarray:
    """A score matrix whose argmax is ``tags`` (one row per character)."""
    scores = numpy.zeros((len(tags), len(TAGS)), dtype="float32")
    for row, tag in enumerate(tags):
        scores[row, TAGS.index(tag)] = margin
    return scores


def test_biluo_tag_set():
    assert TAGS == (
        "O",
        "B-Person",
        "I-Person",
        "L-Person",
        "U-Person",
        "B-Place",
        "I-Place",
        "L-Place",
        "U-Place",
    )


def test_valid_argmax_is_decoded_as_is():
    decoder = BiluoDecoder(TAGS)
    scores = scores_for("B-Person", "I-Person", "L-Person", "O", "U-Place")
    [path] = decoder.paths([scores])
    assert decoder.spans(path) == [(0, 3, "Person"), (4, 5, "Place")]


def test_invalid_argmax_becomes_the_best_valid_sequence():
    decoder = BiluoDecoder(TAGS)
    # B-Person then L-Place is not a sequence; the label with more support wins
    scores = scores_for("B-Person", "I-Person", "L-Place")
    scores[2, TAGS.index("L-Person")] = 4.0
    [path] = decoder.paths([scores])
    assert decoder.spans(path) == [(0, 3, "Person")]


def test_a_cut_off_name_is_closed_on_its_neighbour():
    """The argmax ends a name with O; the search only around that step closes it
    there, leaving the valid parts of the sequence as they are."""
    decoder = BiluoDecoder(TAGS)
    scores = scores_for(
        "U-Place", "O", "O", "O", "O", "O", "O", "O", "B-Person", "I-Person", "O", "O"
    )
    scores[10, TAGS.index("L-Person")] = 4.0
    [path] = decoder.paths([scores])
    assert decoder.invalid_runs(scores.argmax(axis=1)) == [
        (max(9 - MARGIN, 0), 12)
    ]  # the invalid step 9->10, MARGIN around it, up to O
    assert decoder.spans(path) == [(0, 1, "Place"), (8, 11, "Person")]
    assert (path == decoder.viterbi([scores])[0]).all()


def test_nothing_is_left_open_at_the_end_of_a_document():
    decoder = BiluoDecoder(TAGS)
    short = scores_for("O", "B-Person")
    short[1, TAGS.index("U-Person")] = 1.0  # the best way to close what B opened
    long = scores_for("B-Place", "I-Place", "I-Place", "L-Place", "O", "O")
    paths = decoder.paths([short, long])
    assert [len(p) for p in paths] == [2, 6]
    assert decoder.spans(paths[0]) == [(1, 2, "Person")]
    assert decoder.spans(paths[1]) == [(0, 4, "Place")]
    assert [decoder.spans(p) for p in paths] == [
        decoder.spans(decoder.paths([s])[0]) for s in (short, long)
    ]


def test_empty_documents_decode_to_nothing():
    decoder = BiluoDecoder(TAGS)
    paths = decoder.paths([numpy.zeros((0, len(TAGS)), dtype="float32")])
    assert [decoder.spans(p) for p in paths] == [[]]


def test_latin_words_are_glued_between_their_characters():
    text = "由KT旗下的Northwind Media发行X35"
    words = blank_pipeline()
    doc = char_doc(words.vocab, words.make_doc(text))
    glued = doc_glued_steps(doc)
    joined = "".join(t.text if g else "|" + t.text for t, g in zip(doc, glued, strict=False))
    assert joined == "|由|KT|旗|下|的|Northwind|Media|发|行|X35"
    broken = "A\ud800B"  # a lone surrogate (badly decoded input) is no error here
    starts = numpy.arange(len(broken))
    assert glued_steps(broken, starts, starts + 1).tolist() == [False, False, False]


def test_no_entity_opens_or_closes_inside_a_latin_word():
    """The argmax cuts "Northwind" after "Northw"; the search must take the
    whole word or none of it, and keeps the name before it as it was."""
    decoder = BiluoDecoder(TAGS)
    text = "王伟Northwind"
    starts = numpy.arange(len(text))
    glued = glued_steps(text, starts, starts + 1)
    cut = scores_for(
        "B-Person",
        "L-Person",
        "B-Person",
        "I-Person",
        "I-Person",
        "I-Person",
        "I-Person",
        "L-Person",
        "O",
        "O",
        "O",
    )
    cut[2:8, TAGS.index("O")] = 4.0
    [path] = decoder.paths([cut], [glued])
    assert decoder.spans(path) == [(0, 2, "Person")]
    assert (path == decoder.viterbi([cut], [glued])[0]).all()
    whole = cut.copy()
    whole[8:10, TAGS.index("I-Person")] = 5.0  # support for the whole word as the name
    whole[10, TAGS.index("L-Person")] = 6.0
    [path] = decoder.paths([whole], [glued])
    assert decoder.spans(path) == [(0, 2, "Person"), (2, 11, "Person")]
    # without the constraint the cut-off name stands
    assert decoder.spans(decoder.paths([cut])[0]) == [(0, 2, "Person"), (2, 8, "Person")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "市长 王立新",
        "市长  王立新 ",
        " \n市\u3000长\t",
        "a  \n\n 1",
        "会议。\n\n市长王立新主持。\n",
    ],
)
def test_character_tokens_split_whitespace_as_spacy_does(text):
    words, spaces, starts = character_tokens(text)
    assert (words, spaces) == get_words_and_spaces([c for c in text if not c.isspace()], text)
    assert [text[s : s + len(w)] for w, s in zip(words, starts, strict=False)] == words


def test_bigram_column_identifies_the_next_character():
    nlp = spacy.blank("zh")
    docs = [Doc(nlp.vocab, words=list(text)) for text in ("市政府", "县政府", "政策")]
    layer = char_features(["NORM"])
    features, _ = layer(docs, is_train=False)
    assert [f.shape for f in features] == [(3, 2), (3, 2), (2, 2)]
    zheng_fu = features[0][1, 1]
    assert features[1][1, 1] == zheng_fu  # 政府 in another text
    assert features[2][0, 1] != zheng_fu  # 政策
    assert features[0][1, 0] == features[2][0, 0]  # the character 政 itself


@pytest.fixture(scope="module")
def words():
    return blank_pipeline()


def test_tagger_learns_gold_entities_and_ignores_missing_text(words):
    """A few updates on real sentences: the component trains and writes doc.ents."""
    nlp = spacy.blank(
        "zh",
        config={
            "nlp": {"tokenizer": {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}}
        },
    )
    nlp.add_pipe(
        "kg_biluo_ner",
        name="ner",
        config={
            "model": {
                "@architectures": "spacy.Tagger.v2",
                "nO": None,
                "normalize": False,
                "tok2vec": {
                    "@architectures": "spacy.Tok2Vec.v2",
                    "embed": {
                        "@architectures": "kg.CharEmbed.v1",
                        "width": 32,
                        "attrs": ["NORM", "LEMMA", "TAG"],
                        "rows": [500, 500, 20],
                        "bigram_rows": 500,
                    },
                    "encode": {
                        "@architectures": "spacy.MaxoutWindowEncoder.v2",
                        "width": 32,
                        "depth": 2,
                        "window_size": 1,
                        "maxout_pieces": 3,
                    },
                },
            }
        },
    )
    gold = []
    for text, spans, missing in [
        ("市长王立新在南京调研。", [(2, 5, "Person"), (6, 8, "Place")], []),
        ("张海峰来到杭州。", [(0, 3, "Person"), (5, 7, "Place")], [(3, 5)]),
    ]:
        doc = char_doc(nlp.vocab, words.make_doc(text))
        doc.set_ents(
            [doc.char_span(s, e, label=label) for s, e, label in spans],
            missing=[doc.char_span(s, e) for s, e in missing],
            default="outside",
        )
        gold.append(doc)
    examples = [Example(char_doc(nlp.vocab, words.make_doc(g.text)), g) for g in gold]
    optimizer = nlp.initialize(lambda: examples)
    assert nlp.get_pipe("ner").entity_labels == ("Person", "Place")
    for _ in range(60):
        nlp.update(examples, sgd=optimizer)
    predicted = nlp.get_pipe("ner")(char_doc(nlp.vocab, words.make_doc(gold[0].text)))
    assert [(e.text, e.label_) for e in predicted.ents] == [("王立新", "Person"), ("南京", "Place")]
    assert nlp.evaluate(examples)["ents_f"] > 0.9


def best_by_enumeration(decoder: BiluoDecoder, scores, glued) -> tuple[int, ...]:
    """The highest-scoring valid tag sequence, every sequence tried (short inputs only)."""

    def total(path):
        value = decoder.start[path[0]] + decoder.end[path[-1]] + scores[0, path[0]]
        for i in range(1, len(path)):
            value += decoder.transitions[int(glued[i]), path[i - 1], path[i]] + scores[i, path[i]]
        return value

    return max(itertools.product(range(len(TAGS)), repeat=len(scores)), key=total)


def test_sequences_of_any_lengths_searched_together_get_their_best_valid_paths():
    """The full search runs sequences of different lengths side by side, each leaving it at
    its own end: each still gets the best valid path of its own scores."""
    decoder = BiluoDecoder(TAGS)
    rng = numpy.random.default_rng(7)
    for _ in range(20):
        batch = [rng.normal(size=(n, len(TAGS))).astype("float32") for n in rng.permutation(4)]
        glued = [rng.random(len(s)) < 0.4 for s in batch]
        for path, scores, steps in zip(decoder.viterbi(batch, glued), batch, glued, strict=True):
            assert len(path) == len(scores)
            if len(scores):
                assert tuple(path) == best_by_enumeration(decoder, scores, steps)
