"""Members of a list share the label of a named member: …平台及抖音、快手等新媒体平台.

Chinese lists (A、B及C等) are homogeneous: when one member is a known body or
place, a short bare member beside it (2-8 Han characters, not a word that
ends names) is the same kind of thing, even one the statistical model read as a
person (甲乡、乙坊、丙田、丁村等乡镇). Runs after kg_mentions on its choice.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import EVERY, NER_SOURCE, Candidate, is_boundary
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import longest_suffix, word_list
from kg.schema import Label

LISTED = (Label.ORGANIZATION, Label.PLACE)
JOINERS = "、及和与"
PLACE_LIST_END = re.compile(r"[^，。,；;！？]{0,40}?等(?:乡镇|镇|乡|村|街道|社区|县|市|区|地)")
MEMBER = re.compile(r"[\u4e00-\u9fff]{2,8}")
# 甲片区、沙河复航、开发区道路等重点项目: a list of projects, whatever its members are named after
PROJECT_LIST_END = re.compile(r"[^，。,；;！？]{0,40}?等[\u4e00-\u9fff]{0,4}?(?:项目|工程)")


@Language.factory("kg_coordination")
def make_coordination(nlp: Language, name: str):
    return extend_lists


def extend_lists(doc: Doc) -> Doc:
    mentions = doc._.mentions or []
    figures = [c for c in mentions if c.label == Label.FIGURE]
    chosen = [c for c in mentions if c.label != Label.FIGURE]
    # 甲乡、乙坊、丙田、丁村等乡镇: a member the model read as a person is listed with places
    people = {
        (c.start, c.end) for c in chosen if c.label == Label.PERSON and c.source == NER_SOURCE
    }
    taken = [(c.start, c.end) for c in chosen]
    added: list[Candidate] = []
    for c in chosen:
        if (
            c.label in LISTED
            and c.source != "anaphor"
            and named_anchor(doc, c)
            and not PROJECT_LIST_END.match(doc_index(doc).text, c.end)
        ):
            added += trusted_members(doc, members_after(doc, c, taken, people), people)
    relabelled = {(c.start, c.end) for c in added} & people
    chosen = [c for c in chosen if (c.start, c.end) not in relabelled]
    places = {(c.start, c.end): c for c in chosen + added if c.label == Label.PLACE}
    for c in sorted(chosen + added, key=lambda c: c.start):
        if c.label in LISTED and c.source != "anaphor":
            added += member_before(doc, c, taken) + sharing_level(doc, c, taken, places)
    doc._.mentions = sorted(chosen + added, key=lambda c: (c.start, -c.end)) + figures
    return doc


def trusted_members(
    doc: Doc, members: list[Candidate], people: set[tuple[int, int]]
) -> list[Candidate]:
    """A person of the model read as a member of a list of places only within it or before
    its 等 (…、淮土、方田、济村等乡镇), not as the member it ends at (走访某村、张三、李四家:
    the people's homes)."""
    text = doc_index(doc).text
    while members and (members[-1].start, members[-1].end) in people:
        if text.startswith("等", members[-1].end):
            break
        members.pop()
    return members


def members_after(
    doc: Doc, c: Candidate, taken: list[tuple[int, int]], people: set[tuple[int, int]]
) -> list[Candidate]:
    """The bare members listed after ``c`` up to 等 or the list's end (A、B、C等). A member
    may hold a joining character past its first two (保和、新和村: 和 ends no member)."""
    text, out, pos = doc_index(doc).text, [], c.end
    while pos < len(text) and text[pos] in JOINERS:
        m = MEMBER.match(text, pos + 1)
        if not m or m.group(0)[0] in JOINERS:  # 及和丰工业园区: 和 joins, no member opens
            break
        cut = re.search(r"等|[、及和与]", m.group(0)[2:])
        end = m.start() + 2 + cut.start() if cut else m.end()
        last = end >= len(text) or text[end] not in JOINERS + "等"
        if last and c.label == Label.ORGANIZATION:  # 、审计局、司法局负责人: the last bureau
            end = m.start() + body_end(text[m.start() : end])
        elif c.label == Label.ORGANIZATION and (said := predicate_at(text, m.start(), end)):
            end, last = said, True  # 、某某大队 | 要走在前、担首责: a clause runs on
        member = text[m.start() : end]
        if (
            (last and c.label != Label.ORGANIZATION)
            or len(member) < 2
            or is_boundary(member)
            or member.startswith(EVERY)  # 、各镇、各行业部门: every one of a kind
            or (c.label == Label.PLACE and not place_like(member))
            or (c.label == Label.ORGANIZATION and not body_like(member))
            or any(s < end and m.start() < e for s, e in taken)
            and not (c.label == Label.PLACE and (m.start(), end) in people)
        ):
            break
        out.append(Candidate(m.start(), end, c.label, "coordination"))
        taken.append((m.start(), end))
        if last:
            break
        pos = end
    return out


def named_anchor(doc: Doc, c: Candidate) -> bool:
    """A list's known member names one place (东至县), not a kind of place an ordinary word
    opens (文化广场、民宿…: a list of things seen, no places)."""
    if c.label != Label.PLACE:
        return True
    name = doc_index(doc).text[c.start : c.end]
    suffix = longest_suffix(name, word_list("place_suffixes.txt"))
    return not suffix or name[: -len(suffix)] not in word_list("common_words.txt")


def body_like(member: str) -> bool:
    """A body's member of a list: a short proper word (抖音, 快手) or a name whose last
    character or head ends bodies' names (某某中心, 某某中学); not a phrase (渔村村落截污治污)
    nor a word a head's character only belongs to (公共场所: not_bodies.txt)."""
    if member in word_list("not_bodies.txt"):
        return False
    return (
        len(member) <= 4
        or member[-1] in word_list("name_enders.txt")
        or longest_suffix(member, word_list("org_heads.txt")) is not None
    )


def place_like(member: str) -> bool:
    """A bare member of a list of places that may be one: past four characters, only with
    a place's suffix (某村、智能垃圾投放箱: a thing seen); never a body by its head (某园区、
    人民医院: a site visited, no place)."""
    suffix = longest_suffix(member, word_list("place_suffixes.txt"))
    if suffix is None and longest_suffix(member, word_list("org_heads.txt")):
        return False
    return len(member) <= 4 or suffix is not None


def head_ends(words: str) -> list[int]:
    """The lengths of the openings of ``words`` that end with a body's head word, shortest
    first (司法局 of 司法局负责人; 交警大队 of 交警大队要走在前)."""
    heads = word_list("org_heads.txt")
    return [k for k in range(2, len(words) + 1) if longest_suffix(words[:k], heads)]


def predicate_at(text: str, start: int, end: int) -> int | None:
    """Where a body's name ends inside a list member that runs on into a clause (交警大队 |
    要走在前): after the longest opening ending with a body's head, when a boundary word
    follows it; else None."""
    ends = head_ends(text[start:end])
    k = start + ends[-1] if ends else end
    return k if k < end and is_boundary(text[k]) else None


def body_end(words: str) -> int:
    """The length of the shortest opening of ``words`` that ends with a body's head word
    (司法局 of 司法局负责人, 政府 of 政府为了拓宽北部), or 0."""
    return next(iter(head_ends(words)), 0)


def member_before(doc: Doc, c: Candidate, taken: list[tuple[int, int]]) -> list[Candidate]:
    """The list's first member, a bare word before ``c`` and its 、, when a verb or mark opens
    a list that says it is of places (深入舞泉、辛安、侯集等乡镇: 舞泉 is a township too)."""
    index = doc_index(doc)
    i = index.token_at_end.get(c.start - 1)
    if i is None or index.text[c.start - 1] != "、" or i < 1 or c.label != Label.PLACE:
        return []
    if not PLACE_LIST_END.match(index.text, c.end):  # 国槐、白蜡、法桐等: trees, no places
        return []
    word = doc[i]
    start, end = word.idx, word.idx + len(word.text)
    if (
        end != c.start - 1
        or not MEMBER.fullmatch(word.text)
        or len(word.text) > 4
        or is_boundary(word.text)
        or word.text in word_list("common_words.txt")  # 走访企业、某公司: a kind, no name
        or not is_boundary(doc[i - 1].text)
        or any(s < end and start < e for s, e in taken)
    ):
        return []
    taken.append((start, end))
    return [Candidate(start, end, c.label, "coordination")]


SHARED_LEVELS = ("县", "市", "区", "旗")  # 赴陵水、保亭、乐东县: each a county


def sharing_level(
    doc: Doc, c: Candidate, taken: list[tuple[int, int]], places: dict[tuple[int, int], Candidate]
) -> list[Candidate]:
    """The members before the last of a list of places that share its level (赴甲水、乙亭、
    丙东县: 甲水县 and 乙亭县 too): bare names of two or three characters, no word, joined by
    、 back to a word that ends names (a verb, a mark); each named with the level, those
    already read as places too."""
    index = doc_index(doc)
    text = index.text
    name = text[c.start : c.end]
    if c.label != Label.PLACE or not name.endswith(SHARED_LEVELS) or not 3 <= len(name) <= 4:
        return []
    members, end = [], c.start - 1
    while end > 0 and text[end] == "、":
        i = index.token_at_end.get(end)
        word = doc[i] if i is not None else None
        if (
            word is None
            or not 2 <= len(word.text) <= 3
            or not MEMBER.fullmatch(word.text)
            or is_boundary(word.text)
            or word.text in word_list("common_words.txt")
            or longest_suffix(
                word.text, word_list("place_suffixes.txt")
            )  # 甲区、乙县: each its own
            or any(s < end and word.idx < e for s, e in taken if (s, e) not in places)
        ):
            return []
        members.append((word.idx, end))
        end = word.idx - 1
    first = index.token_at_start.get(members[-1][0]) if members else None
    if first is None or (first > 0 and not is_boundary(doc[first - 1].text)):
        return []
    found = []
    for span in members:
        canonical = text[span[0] : span[1]] + name[-1]
        if span in places:
            places[span].canonical = places[span].canonical or canonical
        else:
            found.append(Candidate(*span, c.label, "coordination", canonical=canonical))
            taken.append(span)
    return found
