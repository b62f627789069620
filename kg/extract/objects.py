"""What a verb acts on: the names its clause writes after it (or between 将 and it) of the
labels its row allows, where a body or place written right before a noun qualifies the
noun (落实省、州委部署要求: the 要求, not the 州委, is what is carried out).
"""

from __future__ import annotations

import functools
import re

from kg.extract.evidence import Span
from kg.extract.verbs import disposal
from kg.extract.visits import most_specific
from kg.nlp.lexicon import word_list
from kg.nlp.triggers import action_table, object_labels
from kg.records import Mention
from kg.schema import Label, RelType

ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
CLAUSE_OR_STOP = re.compile(r"[，,；;：:。！？!?\n]")


def possessor(text: str, m: Mention, limit: int) -> bool:
    """落实省、州委部署要求: a body or place followed, up to the next verb or the clause's
    end, by plain words qualifies them; those words, not the body, are the object."""
    rest = text[m.end : limit]
    return (
        m.label in (Label.ORGANIZATION, Label.PLACE)
        and len(rest) >= 2
        and bool(ALL_HAN.fullmatch(rest))
        and not any(rest.startswith(w) for w in word_list("object_followers.txt"))
    )


def clause_end(text: str, pos: int) -> int:
    found = CLAUSE_OR_STOP.search(text, pos)
    return found.start() if found else len(text)


THEME_OF = re.compile(r"”?\s*(?:为主题|为主线|为总基调)?的")  # 以“X”为主题的Y活动


def theme_sense(text: str, o: Mention, objs: list[Mention], kind: str) -> str:
    """开展以“X”为主题的Y活动, 开展主题为“X”的Y活动: Y is held; its theme X is acted on."""
    if kind != RelType.HELD or o.label != Label.PROGRAMME:
        return kind
    de = THEME_OF.match(text, o.end)
    themed = de and any(m.label == Label.EVENT and m.start == de.end() for m in objs)
    return RelType.ACTED if themed else kind


@functools.cache
def theme_frame() -> re.Pattern:
    heads = "|".join(sorted(word_list("theme_frame_heads.txt"), key=len, reverse=True))
    return re.compile(rf"为({heads})(?!的)")


def framed_themes(
    text: str, clause: Span, here: list[Mention], speech: bool
) -> list[tuple[Mention, str]]:
    """以X为主题 / 以《X》为题 / 以X为总基调 (not 以X为主题的Y活动, where Y is the object):
    each programme X so framed, with the frame as its verb (以…为主题); none in what a
    speaker said (他表示,…以X为主题: whose act it is the speech does not say)."""
    out = []
    if speech:
        return out
    for m in here:
        if m.label != Label.PROGRAMME or not text.endswith("以", clause[0], m.start):
            continue
        frame = theme_frame().match(text, m.end, clause[1])
        if frame:
            out.append((m, f"以…为{frame.group(1)}"))
    return out


def written_objects(
    text: str, trig: re.Match, span: tuple[int, int | None], here: list[Mention], names
) -> list[Mention]:
    """The names a verb's clause writes as its objects, of the labels its row allows: after
    it up to the next verb (``span``: the clause's start, that stop), or between 将 and it
    (将甲、乙抓获); the last of an address, not a body or place that qualifies a noun."""
    start, stop = span
    allowed = object_labels(trig.group(0))
    held = disposal(text, start, trig.start(), here)
    objs = [
        m
        for m in here
        if (m.start >= trig.end() or (held is not None and held < m.start < trig.start()))
        and (stop is None or m.start < stop)
        and m.label in allowed
        and m.name not in names
    ]
    limit = stop if stop is not None else clause_end(text, trig.end())
    objs = most_specific(objs)
    if action_table()[trig.group(0)] != RelType.VISITED:  # 考察云南重要讲话精神: 云南 is visited
        objs = [m for m in objs if not possessor(text, m, limit)]
    return objs
