"""Posts: who holds which title in which body.

市委常委、秘书长李春晓 / 凤凰岭街道党工委副书记郭振艾 / 公司负责人贾斌.
"""

from __future__ import annotations

from kg.extract.evidence import evidence, key
from kg.nlp.lexicon import word_list
from kg.records import Mention, Relation
from kg.schema import Label, RelType

LEVEL_BODY_CHARS = 3  # 市委, 区政府, 市政府: the body a title is read with


def holds_position(text: str, placed: list[Mention], sentences) -> list[Relation]:
    """Title–name appositions, the title read back from the name to its body."""
    titles = sorted(word_list("titles.txt"), key=len, reverse=True)
    orgs = [m for m in placed if m.label == Label.ORGANIZATION]
    out = []
    for person in (m for m in placed if m.label == Label.PERSON and m.title_end is not None):
        end = person.title_end
        p = end
        while True:
            t = next((t for t in titles if text.startswith(t, p - len(t))), None)
            if t:
                p -= len(t)
                continue
            org = next((o for o in orgs if o.end == p and not o.refers_back), None)
            if org:
                p = org.start
                continue
            if p > 0 and text[p - 1] == "、" and p - 1 > 0:
                p -= 1
                continue
            break
        p = p + 1 if text[p : p + 1] == "、" else p
        title = text[p:end]
        if not title or not any(t in title for t in titles):
            continue
        body = next((o for o in orgs if p <= o.start and o.end <= end), None)
        if body is None:
            body = generic_body(text, p, orgs)
        if body is None:
            continue
        # a named body leaves the title (凤凰岭街道党工委 | 副书记);
        # a level body is part of it (市委常委)
        bare = (
            title[len(body.text) :]
            if title.startswith(body.text) and len(body.text) > LEVEL_BODY_CHARS
            else title
        )
        out.append(
            Relation(
                RelType.HOLDS_POSITION,
                key(person),
                key(body),
                evidence(text, sentences, person.start, body.start),
                title=bare or title,
            )
        )
    return out


def generic_body(text: str, pos: int, orgs: list[Mention]) -> Mention | None:
    """公司负责人: a bare 公司/厂 before the title means the last body of that kind named."""
    for word in ("公司", "厂", "中心", "单位", "企业", "集团"):
        if text.endswith(word, 0, pos):
            return next(
                (
                    o
                    for o in sorted(orgs, key=lambda o: -o.start)
                    if o.end <= pos - len(word) and o.name.endswith(word)
                ),
                None,
            )
    return None
