"""The word-list helpers that replace per-call loops give what the loops gave."""

import itertools
import random

from kg.nlp.lexicon import ordered_words, strip_in_turn, word_list, word_lists

LIST = "subject_tails.txt"


def stripped_one_by_one(words: str, name: str) -> str:
    """The loop strip_in_turn stands for: every word of the list tried in turn."""
    for w in ordered_words(name):
        if words.endswith(w):
            words = words[: -len(w)]
    return words


def test_strip_in_turn_is_the_loop_over_the_list():
    tails = list(ordered_words(LIST))
    rng = random.Random(7)
    heads = ["", "市委书记", "代表团", "甲乙丙"]
    cases = [
        h + "".join(rng.choices(tails, k=k)) for h in heads for k in range(5) for _ in range(50)
    ]
    cases += [h + a + b for h in heads for a, b in itertools.product(tails, repeat=2)]
    stripped = 0
    for words in cases:
        assert strip_in_turn(words, LIST) == stripped_one_by_one(words, LIST), words
        stripped += strip_in_turn(words, LIST) != words
    assert stripped > len(cases) // 2  # the cases do end in list words


def test_strip_in_turn_tries_each_word_once_in_list_order():
    assert strip_in_turn("市委书记张三", LIST) == "市委书记张三"
    assert strip_in_turn("代表团先后一行", LIST) == "代表团"  # 一行 is tried before 先后
    assert strip_in_turn("代表团一行先后", LIST) == "代表团一行"  # and not again after it


def test_word_lists_is_the_union_made_once():
    union = word_lists("member_nouns.txt", "titles.txt")
    assert union == word_list("member_nouns.txt") | word_list("titles.txt")
    assert word_lists("member_nouns.txt", "titles.txt") is union
