"""Names that are another kind of thing than their shape says, by the words around them.

- a list of names closed by a kind of shop (沃尔玛、某某等大卖场): shops, so bodies, though
  one is shaped like a person's name (kg/nlp/data/shop_kinds.txt);
- a residential compound named after a body (某某局 | 家属院): a place where its staff
  live, not the body (compound_heads.txt);
- an ideal after a verb that builds it (构建 | 和谐社区): a kind of community, no place
  (ideal_builders.txt); 和谐社区 written alone may be a community's name;
- an ordinary word read as a person's name right before a preposition or a mark
  (经理 | 齐聚 | 在): the verb after a title, not a name; a name in a list is kept;
- a place or body read inside a four-character slogan, verb + X + verb + Y (治 | 蜀兴川)
  or parallel halves (万企兴万村): the slogan's words (slogan_verbs.txt);
- a place or body that begins inside an ordinary word (故 | 里某县: 故里): the word's end
  (ordinary_pairs.txt, the two-character words of the People's Daily 1998 corpus never
  tagged as names);
- a person of two characters that is such an ordinary word, glued after another word and
  after no title (居民 | 阳台), or a credit's label before a colon and a person (配图:某某);
- a place cut at a direction that begins the next name (某省西 | 丰讯), a level posted to
  another (市驻县): no place;
- a place with no level that begins an outlet's name (某某 | 新媒体, 某某 | 网讯): the
  outlet's, no place; a project read as a body (某某建设项目): a programme, no body;
- a body written after 我 and its kind (我院 | 执行局): the article's body of that kind
  with the rest, or the rest alone;
- a body named after its role's noun (牵头医院 | 县人民医院, 成员单位 | 县中医医院): the
  body from its level on; a person whose name ends in a body's head of two characters
  (某某局长 | 安分局): a cut body, no person.
"""

from __future__ import annotations

import functools
import re

from kg.extract.name_cuts import as_written as written_at
from kg.extract.name_cuts import mend_villages, not_a_name
from kg.nlp.candidates import HAN_CHAR
from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.lexicon import affixes, longest_suffix, word_list
from kg.records import Mention
from kg.schema import Label

LIST_ITEM = r"(?:[、和及与][\u4e00-\u9fffA-Za-z·]{1,10})*"  # the list's other names
AFTER_WORD = "在于到向为把将被了着过,，。；;!！"  # what follows a verb, not a name
LIST_MARKS = "、和与及"
IDEAL_ENDS = ("社区", "村", "家园", "城市")
COUNTED_AFTER = re.compile(r"\s*[\d０-９一二三四五六七八九十百千万两]")  # 杨梅30亩: a crop's amount
LEVEL_POSTED = re.compile(r"^[省市县区]驻[市县区乡镇]$")  # 市驻县 (单位): levels, no place
DIRECTIONS = "东南西北"
COLONS = ":："
MAX_NAME = 4  # a person's name read again as a body (江钦所): no longer than a name
OUTLET_AFTER = re.compile(
    r"新媒体|新闻网|网讯|网\d|网记者|报道讯|日报|晚报|客户端|融媒|[\u4e00-\u9fff]{2,4}讯[ (（]"
)
OWN_BODY = re.compile(r"^我([院局委所庭厅办])(.{2,})$")  # 我院执行局, 我局办公室


@functools.cache
def shop_list() -> re.Pattern:
    kinds = "|".join(sorted(word_list("shop_kinds.txt"), key=len, reverse=True))
    return re.compile(rf"{LIST_ITEM}等(?:大型|知名|各大)?(?:{kinds})")


PRODUCE_AFTER = ("种植", "基地", "产业", "采摘", "产量", "销售", "收购")  # 黄秋葵 | 种植基地
AREA_BEFORE = re.compile(r"(?:\d+|[百千万])余?亩$")  # 百亩 | 黄秋葵


def mend_kinds(mentions: list[Mention], text: str) -> None:
    """Relabel, in place, shops read as people and compounds read as bodies; remove the
    ideals and the ordinary words read as names (see the module's list)."""
    named = {m.name for m in mentions if m.label == Label.PERSON}
    for m in mentions:
        if m.label == Label.PERSON and not m.byline and shop_list().match(text, max(m.end, 0)):
            m.label = Label.ORGANIZATION
        elif m.label == Label.ORGANIZATION and compound(m.name):
            m.label = Label.PLACE
        elif m.label == Label.ORGANIZATION and m.name in named and len(m.name) <= MAX_NAME:
            m.label = Label.PERSON  # 主任江钦所,…。江钦所高度肯定: the person again, no 所
    own_bodies(mentions)
    mend_villages(mentions, text)
    for m in mentions:
        m.name = after_role_noun(m.name) if m.label == Label.ORGANIZATION else m.name
    people = {m.start for m in mentions if m.label == Label.PERSON}
    produce = {m.name for m in mentions if produce_as_person(m, text)}  # one name, one kind
    mentions[:] = [
        m
        for m in mentions
        if not (built_ideal(m, text) or word_as_person(m, text) or credit_label(m, text, people))
        and not (m.label == Label.PERSON and m.name in produce and m.title_end is None)
        and not (glued_word_person(m, text) or slogan(m, text) or starts_inside_word(m, text))
        and not (m.label == Label.PLACE and (LEVEL_POSTED.match(m.name) or cut_at(m, text)))
        and not (outlet_part(m, text) or project_as_body(m) or body_as_person(m))
        and not not_a_name(m, text, mentions)
    ]


def outlet_part(m: Mention, text: str) -> bool:
    """A place with no level written right before an outlet's word (某某 | 新媒体, 某某网讯)."""
    return (
        m.label == Label.PLACE
        and m.start >= 0
        and not longest_suffix(m.text, word_list("place_suffixes.txt"))
        and bool(OUTLET_AFTER.match(text, m.end))
    )


def project_as_body(m: Mention) -> bool:
    """某某建设项目 read as a body: a project is a programme, no body."""
    return m.label == Label.ORGANIZATION and m.name.endswith("项目")


def own_bodies(mentions: list[Mention]) -> None:
    """我院执行局: the article's body of that kind (某县法院) with the rest, or the rest."""
    bodies = [m.name for m in mentions if m.label == Label.ORGANIZATION]
    for m in mentions:
        own = OWN_BODY.match(m.name) if m.label == Label.ORGANIZATION else None
        if own:
            kind, rest = own.groups()
            body = next((b for b in bodies if b.endswith(kind) and len(b) > 2), None)
            m.name = body + rest if body else rest


def compound(name: str) -> bool:
    """A residential compound with a name before its head (某某局家属院), not the head alone."""
    head = longest_suffix(name, word_list("compound_heads.txt"))
    return head is not None and len(name) > len(head)


def built_ideal(m: Mention, text: str) -> bool:
    """A community or village of ordinary words after a verb that builds it (构建 | 和谐社区)."""
    if m.label != Label.PLACE or m.start < 2 or text[m.start : m.end] != m.name:
        return False
    end = next((e for e in IDEAL_ENDS if m.name.endswith(e)), None)
    stem = m.name[: -len(end)] if end else ""
    if stem not in word_list("common_words.txt"):
        return False
    return text.endswith(affixes("ideal_builders.txt"), 0, m.start)


def word_as_person(m: Mention, text: str) -> bool:
    """A two-character person that is an ordinary word, right before a preposition or a mark
    and not in a list (经理 | 齐聚 | 在): a verb, no name."""
    if m.label != Label.PERSON or m.byline or m.start < 1 or len(m.name) != 2:
        return False
    if text[m.start : m.end] != m.name or m.name not in word_list("common_words.txt"):
        return False
    before, after = text[m.start - 1], text[m.end : m.end + 1]
    return before not in LIST_MARKS and after in AFTER_WORD and after not in LIST_MARKS


@functools.cache
def ordinary_pairs() -> frozenset[str]:
    return word_list("ordinary_pairs.txt")


def as_written(m: Mention, text: str) -> bool:
    """Whether ``m`` is its name as the text writes it at its place, after a character."""
    return m.start >= 1 and m.text == m.name and written_at(m, text)


def glued_word_person(m: Mention, text: str) -> bool:
    """A two-character person that is an ordinary word, written right after another word and
    after no title (居民 | 阳台): a noun of the sentence, no name."""
    if m.label != Label.PERSON or m.byline or len(m.name) != 2 or not as_written(m, text):
        return False
    if m.name not in ordinary_pairs() or not HAN_CHAR.match(text[m.start - 1]):
        return False
    return not longest_suffix(text[max(0, m.start - 8) : m.start], word_list("titles.txt"))


def produce_as_person(m: Mention, text: str) -> bool:
    """Produce read as a person (种植杨梅30亩, 黄芪产量, 百亩黄秋葵种植基地): a crop's or
    herb's name after a verb of growing or trading it or an area, or before a number or a
    word of its farming, with no title before it."""
    if m.label != Label.PERSON or m.byline or not as_written(m, text):
        return False
    if m.name not in word_list("produce_words.txt"):
        return False
    grown = text.endswith(affixes("produce_verbs.txt"), 0, m.start)
    farmed = text.startswith(PRODUCE_AFTER, m.end) or AREA_BEFORE.search(text, 0, m.start)
    return grown or bool(farmed) or COUNTED_AFTER.match(text, m.end) is not None


def credit_label(m: Mention, text: str, people: set[int]) -> bool:
    """A credit's label read as a person (配图 | : | 某某): a two-character name before a
    colon and a person named there, or a surname that opens a credit's name."""
    if m.label != Label.PERSON or m.byline or len(m.name) != 2 or not as_written(m, text):
        return False
    after = text[m.end + 1 : m.end + 2]
    return text[m.end : m.end + 1] in COLONS and (
        m.end + 1 in people or after in word_list("surnames.txt")
    )


@functools.cache
def parallel_slogan() -> re.Pattern:
    verbs = "".join(sorted(word_list("slogan_verbs.txt")))
    return re.compile(rf"([\u4e00-\u9fff])[\u4e00-\u9fff][{verbs}]\1")


def slogan(m: Mention, text: str) -> bool:
    """A place or body inside a slogan: verb + X + verb + Y (治 | 蜀兴川) or parallel halves
    (万企兴万村)."""
    if m.label not in (Label.PLACE, Label.ORGANIZATION) or not as_written(m, text):
        return False
    verbs = word_list("slogan_verbs.txt")
    w = text[m.start - 1 : m.start + 3]
    if (
        len(w) == 4
        and w[0] in verbs
        and w[2] in verbs
        and HAN_CHAR.match(w[1])
        and HAN_CHAR.match(w[3])
    ):
        return True
    return bool(parallel_slogan().search(text, m.start - 1, m.end + 1))


def starts_inside_word(m: Mention, text: str) -> bool:
    """A place or body whose first character ends an ordinary word with the one before it
    (故 | 里某县: 故里) while its own first two make none: the word's end, no name's start;
    not after a level (县 | 城关镇), nor after a character that ends a word of its own (前往 |
    常乐镇), nor where a known place opens the name."""
    if m.label not in (Label.PLACE, Label.ORGANIZATION) or not as_written(m, text):
        return False
    before, pairs = text[m.start - 1], ordinary_pairs()
    if not HAN_CHAR.match(before) or before in LEVELS or m.name[0] in LEVELS:
        return False  # 我 | 县人民医院: the paper's level, a body of its own
    if before + m.name[0] not in pairs:
        return False
    if text[max(0, m.start - 2) : m.start] in pairs:
        return False  # 前往 | 常乐镇: the character before ends a word of its own
    places = word_list("places.txt")
    if any(m.name[:k] in places for k in range(2, min(len(m.name), 5) + 1)):
        return False
    return m.name[:2] not in pairs and m.name[:2] not in word_list("common_words.txt")


def cut_at(m: Mention, text: str) -> bool:
    """A known place and a direction that begins the next name (某省西 | 丰讯): cut, no place."""
    name = m.name
    return (
        len(name) >= 3
        and name[-1] in DIRECTIONS
        and name[:-1] in word_list("places.txt")
        and text[m.end : m.end + 1] == text[m.end : m.end + 1].strip()
        and bool(HAN_CHAR.match(text[m.end : m.end + 1]))
        and written_at(m, text)
    )


def after_role_noun(name: str) -> str:
    """县医共体牵头医院 | 县人民医院: a body written after the noun of its role (a body's head
    of two characters or more), from the level that opens it again."""
    heads = word_list("org_heads.txt") | word_list("generic_heads.txt")
    for i in range(len(name) - 4, 1, -1):
        head = longest_suffix(name[:i], heads)
        if name[i] in LEVELS[:4] and head and len(head) >= 2 and not name[:i].endswith("委"):
            return name[i:]
    return name


def body_as_person(m: Mention) -> bool:
    """A person whose name ends in a body's head of two characters or more (某某局长 |
    安分局): the end of a body's name, no person."""
    if m.label != Label.PERSON or m.byline:
        return False
    head = longest_suffix(m.name, word_list("org_heads.txt"))
    return head is not None and len(head) >= 2
