"""People's names that name no one: names glued together (刘双平侯耀强李聪, a credit
printed without spaces), a festival (农民 | 丰收节), a kind of road (沙石路)."""

from __future__ import annotations

from kg.nlp.lexicon import word_list

MAX_PERSON_CHARS = 4  # 欧阳晓明; a longer one may be names glued (甲乙丙) or a Mongolian one


SCOPE_OPENERS = "全各该本我"  # 全市领导: a scope word opens no name
RANKS = ("领导", "干部", "同志", "群众", "职工")


def plausible_person(name: str) -> bool:
    """No glued names, festivals, generic places, nor the opening of a title (常务副 |
    会长: 副 ends no given name), nor a scope and a rank (全市领导 | 干部: no one named)."""
    glued = len(name) > MAX_PERSON_CHARS and people_glued(name)
    title_opening = name.endswith("副")
    scope_rank = name[:1] in SCOPE_OPENERS and name[-2:] in RANKS
    return not (
        glued
        or title_opening
        or scope_rank
        or festival(name)
        or name in word_list("generic_places.txt")
    )


def people_glued(name: str) -> bool:
    """刘双平侯耀强李聪: names of two or three characters, each opening with a surname."""
    if not name:
        return True
    return any(
        name[0] in word_list("surnames.txt") and people_glued(name[k:])
        for k in (2, 3)
        if len(name) >= k
    )


def festival(name: str) -> bool:
    """A festival read as a person (农民 | 丰收节): an ordinary word before 节."""
    return name.endswith("节") and name[:-1] in word_list("common_words.txt")
