"""Roles a place plays, said of it, that read as names: 某某区政治中心, 商业重镇, 农业大县.

The genre praises a place by its role (打造区域金融中心, 工业重镇); the role word ends
like a body (中心) or a place (镇, 县), so the rules and the model take it for one.
After the place's level or after ordinary words it names no body and no place; the
words are data (kg/nlp/data/city_roles.txt).
"""

from __future__ import annotations

from kg.extract.ordinary_words import ordinary
from kg.nlp.candidates import LEVELS
from kg.nlp.lexicon import longest_suffix, word_list


def city_role(name: str) -> bool:
    """A role word after nothing, the place's level (屯溪区 | 政治中心) or ordinary words, or
    one that holds the level itself after the place's stem (三台 | 县域副中心)."""
    role = longest_suffix(name, word_list("city_roles.txt"))
    if role is None:
        return False
    before = name[: -len(role)]
    place = longest_suffix(before, word_list("place_suffixes.txt"))
    if not before or before[-1] in LEVELS or place or role[0] in LEVELS:
        return True  # 屯溪区 | 政治中心, 某某街 | 城区中心, 三台 | 县域副中心
    return ordinary(before, word_list("common_words.txt"))
