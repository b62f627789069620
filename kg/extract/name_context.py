"""Names that are no names by what stands around them in the text, not by their letters.

kg.extract.plausible judges a name by itself; a few non-names look like names and only
the characters beside them give them away:

- a place that begins inside a word of the segmenter (委 | 托区县): the end of a word;
- a place made of a road's direction and what follows, right after another place
  (某某 | 北路街道): one name the rules cut in two, made whole;
- a company after the level of 我区 (我 | 区某某实业有限公司): the level is 我区's;
- a place's bare name opening a longer name (某某 | 金控数字产业园, 某国 | 农民丰收节):
  no place of its own;
- a body right after digits or letters (某某78 | 特跑队): the end of a longer name; a
  centre right before 工作 or 任务 (县委县政府中心 | 工作): the central task, no centre;
  a place's 组织 before 召开 (某镇组织 | 召开): the verb, no body;
- a body counted (传习所85个): a kind, so many of them; a body whose name and the level
  after it are a place of the article (某某馆 | 镇): the place cut short;
- a person of three characters whose last begins a verb (李某陪 | 同) or is a verb of
  speaking before 了 (曾某作 | 了发言): named without it;
- a body inside the name of a regulation (省乡镇人大工作条例): the law's words, no body;
- a body that took the 以 of 以及 (某某委以 | 及): the name without it;
- a place with its own kind of area glued on (某某开发区 | 园区, 某某镇 | 圩镇): the place;
- a unit by its number right after its place (某某街道 | 第一社区): one name with it;
  alone, no name;
- a bare word the text writes before a firm's head (某某 | 公司) read as a place or a
  person: the firm's name, no place nor person;
- a person of two characters before 均 with no list before it (孟某均 | 主持): the third
  character is the name's, not the adverb's;
- 中国 opening a term (中国特色, 中国记者节) or after 新: a word of the term, no place;
- a name inside the title of a work (宣传片《游走镇远》): a word of the title;
- a person's name alone in quotes (四个“全覆盖”): a slogan's word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from spacy.tokens import Doc

from kg.extract.plausible import ADMIN_SUFFIXES, COMPANY_HEADS, stem_of
from kg.nlp.candidates import HAN_CHAR, acts_on_names, begins_body, is_boundary
from kg.nlp.doc_index import doc_index
from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.lexicon import affixes, longest_suffix, word_list, word_lists
from kg.nlp.mentions import issuer_at
from kg.records import Mention
from kg.schema import Label

RESOLVERS = "我本全该"  # 我区, 本市: the paper's own place, no part of a name after it
HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")
ROAD_PIECE = re.compile(r"^[东南西北中]路")  # 北路街道 of 某某北路街道
COUNTED = re.compile(r"\d+(?:个|家|所|座|处)")  # 传习所85个: a kind, counted
COUNTS = "一二两三四五六七八九十几多数各"  # 两大渔港: a count of things after the place
MAX_WORDS = 5  # words a longer name may run on after the place that opens it
FIRM_HEADS = ("农场", "公司", "合作社", "家庭农场", "养殖场", "厂")
SPEAKING = "作做讲谈说"  # 作了发言, 讲了话: verbs a speaker's name runs into
# 作 | 动员讲话, 作 | 工作报告: the speech a speaker made
SPEECH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:讲话|报告|发言|部署|辅导|说明|总结|点评)")
ADDRESSES = ("开幕词", "闭幕词", "欢迎词", "贺词", "答谢词", "辞")  # 致开幕词: a speech made
STACKED_AREA = re.compile(r"^(.+[区镇乡])(?:园区|圩镇|集镇|镇区)$")  # 某某镇 | 圩镇
ORDINAL_PIECE = re.compile(r"^第[一二三四五六七八九十]+(?:社区|村|居委会|网格)$")
FIRM_AFTER = ("公司", "集团", "有限", "股份", "超市", "商场")
RANK = re.compile(r"第[一二三四五六七八九十\d]+名")  # 第二名某某中学: a place in a contest
ORGANISED = ("召开", "开展", "举办", "举行", "实施")  # 某镇组织 | 召开: 组织 the verb
MARKET = "市场"  # 某某 | 大市场, 某某 | 集贸市场: a market named after a place
LIST_MARKS = "、和与及,，"  # 甲、乙均出席: 均 of a list, not of a name
NATION = ("中国", "中华")
NATION_AFTER = "的各境之和与及"  # 中国的, 中国各地: the country itself
REGULATION = re.compile(r"(?:工作|组织|议事|选举)?(?:条例|实施办法|管理办法|议事规则|组织法)")


def drop_by_context(mentions: list[Mention], text: str, token_starts: Container[int]) -> None:
    """Remove, in place, the places and bodies the text around them shows are no names,
    after joining a place cut at a road's direction to the place before it."""
    join_road_pieces(mentions, text)
    join_ordinal_pieces(mentions, text)
    for m in mentions:
        area = STACKED_AREA.match(m.name) if m.label == Label.PLACE else None
        if area and text[m.start : m.end] == m.text == m.name:
            m.name = m.text = area.group(1)
            m.end = m.start + len(m.text)
        if m.label == Label.PERSON and adverb_cut(m, text):
            m.end, m.text = m.end + 1, text[m.start : m.end + 1]
            m.name = m.text
    whole = {m.text for m in mentions if m.label == Label.PERSON and not verb_cut(m, text)}
    cut_from: dict[str, str] = {}
    for m in mentions:
        rank = RANK.match(m.text) if m.label == Label.ORGANIZATION else None
        if rank and m.text == m.name and text[m.start : m.end] == m.text:
            m.start, m.text = m.start + rank.end(), m.text[rank.end() :]
            m.name = m.text  # 第一名 | 某某小学代表队: the place won, no part of the name
        if m.label == Label.ORGANIZATION and (resolution_level(m, text) or own_level(m)):
            m.start, m.text = m.start + 1, m.text[1:]
            cut_from[m.name] = m.text  # 我 | 县人民医院: the county's, by its level
            m.name = m.text
        if verb_cut(m, text) and m.text not in whole:
            m.end, m.text = m.end - 1, m.text[:-1]
            m.name = m.text
        if m.label in (Label.ORGANIZATION, Label.PLACE) and cut_conjunction(m, text):
            m.end, m.text = m.end - 1, m.text[:-1]
            m.name = m.name[:-1]
    for m in mentions:  # a later 县司法局 read as the short form of 我县司法局
        if m.label == Label.ORGANIZATION and m.name in cut_from and m.name != m.text:
            m.name = cut_from[m.name]
    places = {m.text for m in mentions if m.label == Label.PLACE}
    slogans = {m.name for m in mentions if quoted_word(m, text)}
    people = {m.name for m in mentions if m.label == Label.PERSON}
    stems = {st for m in mentions if m.label == Label.PLACE and (st := stem_of(m.name))}
    mentions[:] = [
        m
        for m in mentions
        if not (unnamed(m, text, token_starts) or opens_place(m, text, places) or firm(m, text))
        and not (m.label == Label.PLACE and ORDINAL_PIECE.match(m.name))  # 第一社区, bare
        and not national_term(m, text)
        and not in_book_title(m, text)
        and not (m.label == Label.PERSON and m.name in slogans)
        and not person_acting(m, people)
        and not (
            m.label in (Label.PERSON, Label.PLACE)
            and not m.refers_back
            and begins_inside(m, text, stems)
        )
    ]


def begins_inside(m: Mention, text: str, stems: set[str]) -> bool:
    """A person or place read from the middle of a place's short form on (为上蔡和武汉: 蔡和,
    上蔡县县情: 蔡县县, where 上蔡县 is named): a piece of the place, no name."""
    return any(
        (k := text.rfind(stem, max(0, m.start - len(stem) + 1), m.start + len(stem) - 1)) >= 0
        and k < m.start < k + len(stem)
        for stem in stems
    )


PERSON_ACTS = "将把向对给为在与和被"  # 甲将善款交至某工商联: a person acting, no body's name


def person_acting(m: Mention, people: set[str]) -> bool:
    """A body's name that opens with a person the article names and a word that makes
    the person act (王建国将善款交至某县工商联); a body named after a person
    (某某工作室) goes on with a noun."""
    return m.label == Label.ORGANIZATION and any(
        m.name.startswith(p) and m.name[len(p) : len(p) + 1] in PERSON_ACTS
        for p in people
        if len(m.name) > len(p) + 1
    )


def quoted_word(m: Mention, text: str) -> bool:
    """A person's name standing alone in quotes (四个“全覆盖”): a slogan's word, no person."""
    return (
        m.label == Label.PERSON and m.start > 0 and text[m.start - 1 : m.end + 1] == f"“{m.text}”"
    )


def in_book_title(m: Mention, text: str) -> bool:
    """A name inside the title of a work (宣传片《游走镇远》): a word of the title; not a body
    issuing a document, named before 关于 (《某县人民政府关于…的通知》)."""
    if m.label == Label.PROGRAMME or m.start < 0:
        return False
    opened, closed = text.rfind("《", 0, m.start), text.rfind("》", 0, m.start)
    close, reopen = text.find("》", m.end), text.find("《", m.end)
    inside = opened > closed and close >= 0 and (reopen < 0 or close < reopen)
    return inside and not (m.label == Label.ORGANIZATION and issuer_at(text, opened, m.end))


def national_term(m: Mention, text: str) -> bool:
    """中国 opening a term (中国特色社会主义, 中国记者节, 中国人民, 中国电建集团) or after 新
    (新中国成立): a word of the term, no place the news is about."""
    if m.label != Label.PLACE or m.text not in NATION or text[m.start : m.end] != m.text:
        return False
    after = text[m.end : m.end + 1]
    return text.endswith("新", 0, m.start) or (
        bool(HAN_CHAR.match(after)) and after not in NATION_AFTER
    )


def opens_place(m: Mention, text: str, places: set[str]) -> bool:
    """A body whose name and the level after it are a place the article names (某某馆 | 镇
    of 某某馆镇): the place's name cut before its level, no body."""
    level = text[m.end : m.end + 1]
    return m.label == Label.ORGANIZATION and level in LEVELS and m.text + level in places


def cut_conjunction(m: Mention, text: str) -> bool:
    """Whether ``m`` ends with the 以 of 以及 (宣传部、政法委以 | 及…): the conjunction's."""
    return (
        m.text.endswith("以")
        and m.name.endswith("以")
        and text[m.start : m.end] == m.text
        and text[m.end : m.end + 1] == "及"
    )


def unnamed(m: Mention, text: str, token_starts: Container[int]) -> bool:
    """Whether the text around ``m`` shows it is no name (see the module's list)."""
    if m.home_city or m.byline or m.end <= m.start or text[m.start : m.end] != m.text:
        return False
    if m.label == Label.PLACE and m.name == m.text:  # not 全县 read inside 某全县
        if m.start > 0 and HAN_CHAR.match(text[m.start - 1]) and m.start not in token_starts:
            # 邢台市 | 威县: a place after a level; 来临 | 沂市: a known place the segmenter cut
            return text[m.start - 1] not in LEVELS and m.text not in word_list("places.txt")
        return first_taken(m, text)
    if m.label == Label.ORGANIZATION:
        if COUNTED.match(text, m.end) or REGULATION.match(text, m.end):
            return True
        if m.text.endswith("部") and text.startswith("门", m.end):
            return True  # 行业主管部 | 门: a kind of body, its head cut
        if m.text.endswith("组织") and text.startswith(ORGANISED, m.end):
            return True  # 某镇组织 | 召开: the verb 组织, no body
        if m.text.endswith("中心") and text.startswith(("工作", "任务"), m.end):
            return True  # 围绕县委县政府中心 | 工作: the central task, no centre
        if cut_company(m, text, token_starts):
            return True
        before = text[m.start - 1 : m.start]
        if before.isascii() and before.isalnum():
            return True  # 某某78 | 特跑队: the digits or letters before it are its name's
        return tail_of_word(m.start, text, token_starts)
    return False


def first_taken(m: Mention, text: str) -> bool:
    """A place whose first character ends a word with the character before it (全年 | 龄段社区
    of 年龄段): the name is cut, no place; not after a level (县 | 城关镇 holds 县城)."""
    before = text[m.start - 1 : m.start] if m.start > 0 else ""
    if not HAN_CHAR.match(before) or before in LEVELS or m.text in word_list("places.txt"):
        return False
    return text[m.start - 1 : m.start + 1] in common() and m.text[:2] not in common()


def tail_of_word(start: int, text: str, token_starts: Container[int]) -> bool:
    """A body that begins inside a common word of the segmenter (大家 | 庭宴会厅 of 大家庭宴会厅)
    or in the second half of a four-character set phrase (全力 | 以赴服务…): the rest of a
    longer phrase, not a name; a name glued to a preposition (赴某 | 某) is not cut so."""
    if start in token_starts or start == 0 or not HAN_CHAR.match(text[start - 1]):
        return False
    first = next((k for k in range(start - 1, max(start - 4, -1), -1) if k in token_starts), None)
    end = next((k for k in range(start + 1, start + 4) if k in token_starts), None)
    if first is None or end is None:
        return False
    word = text[first:end]  # 全力以赴: pkuseg keeps a set phrase of four whole
    return word in common() or (len(word) == 4 and start - first == 2 and HAN4.fullmatch(word))


@functools.cache
def common() -> frozenset[str]:
    return word_list("common_words.txt")


def verb_cut(m: Mention, text: str) -> bool:
    """Whether a person of three characters took the first of a verb after it (李某陪 | 同):
    the verb's, not the name's, unless the article also writes the name before no such
    verb (某某高 | 就 and 某某高一行: the name is whole)."""
    if m.label != Label.PERSON or m.name != m.text or len(m.text) != 3:
        return False
    verb = text[m.end - 1 : m.end + 1]  # 曾某作 | 了发言: a one-character verb and its 了
    if verb[0] in SPEAKING and (verb[1:] in ("了", "的") or SPEECH.match(text, m.end)):
        return True  # 某某作 | 的报告: the report he made; 某某作 | 动员讲话
    if verb[0] == "致" and text.startswith(ADDRESSES, m.end):
        return True  # 某某致 | 开幕词
    return verb in word_list("verbs.txt") and not speaks_after(text, m.end)


def speaks_after(text: str, end: int) -> bool:
    """某连发 | 出席: a word of two characters or more that ends names follows the third
    character, so the name is whole (not 某连 | 发出)."""
    return text.startswith(affixes("speech_verbs.txt", 2), end)


LIMITED = re.compile(r"(?:股份)?有限(?:责任)?公司$")


def cut_company(m: Mention, text: str, token_starts: Container[int]) -> bool:
    """某某和金属压 | 铸件有限公司: a company whose name, cut after a one-character word,
    keeps two characters or fewer before 有限公司 (安徽 | 开润股份有限公司 is whole)."""
    limited = LIMITED.search(m.text)
    one_char_before = (
        m.start > 0 and HAN_CHAR.match(text[m.start - 1]) and m.start - 1 in token_starts
    )
    return bool(limited and limited.start() <= 2 and one_char_before)


def resolution_level(m: Mention, text: str) -> bool:
    """我区 | 某某实业有限公司, 该县 | 某镇污水处理厂: the level of 我区 or 该县 (the place
    met before) read as the start of a company's name, or of any body's after 该."""
    return (
        m.name == m.text
        and m.start > 0
        and text[m.start - 1] in RESOLVERS
        and m.text[:1] in LEVELS
        and (m.text.endswith(COMPANY_HEADS) or text[m.start - 1] == "该")
    )


def own_level(m: Mention) -> bool:
    """我县人民医院, 本市图书馆: the paper's own level before a body, read into its name; the
    body is named by its level (县人民医院), which the linker ties to the paper's county."""
    return m.name == m.text and len(m.text) > 3 and m.text[0] in "我本" and m.text[1] in LEVELS


def join_road_pieces(mentions: list[Mention], text: str) -> None:
    """某某 | 北路街道: a place beginning with a road's direction right after a place with no
    level (not 某某县 | 西路村) is one name with it; the first piece is dropped and the
    second made whole."""
    ends = {m.end: m for m in mentions if m.label == Label.PLACE and m.end > m.start}
    pieces = [m for m in mentions if m.label == Label.PLACE and ROAD_PIECE.match(m.text)]
    dropped = []
    for m in pieces:
        before = ends.get(m.start)
        if before and before is not m and not (before.home_city or leveled(before.text)):
            m.start = before.start
            m.text = m.name = text[m.start : m.end]
            dropped.append(before)
    mentions[:] = [m for m in mentions if all(m is not d for d in dropped)]


def leveled(place: str) -> bool:
    return longest_suffix(place, frozenset(ADMIN_SUFFIXES)) is not None


def drop_name_openings(mentions: list[Mention], doc: Doc) -> None:
    """Remove, in place, the places named bare (no level) that open a longer name."""
    mentions[:] = [m for m in mentions if not opens_name(m, doc)]


def opens_name(m: Mention, doc: Doc) -> bool:
    """Whether the words after a bare place run on, with no verb, boundary, level or other
    place between, to a word that ends a body's, landmark's, zone's or festival's name."""
    index = doc_index(doc)
    if m.label != Label.PLACE or m.home_city or m.name != m.text:
        return False
    i = index.token_at_start.get(m.end)
    if i is None:
        return False
    suffixed = longest_suffix(m.text, name_ends() | word_list("place_suffixes.txt"))
    if suffixed and (m.text not in word_list("places.txt") or len(m.text) - len(suffixed) > 1):
        heads = word_lists("landmark_heads.txt", "zone_suffixes.txt")  # 某工业园区 | 开发有限公司
        return suffixed in heads and runs_to_firm(doc, i)
    # 某某港 | 两大渔港, 某某市 | 副市长: a place of its own; 温州 | 商城 is bare
    for token in doc[i : i + MAX_WORDS]:
        word = token.text
        if word == MARKET:
            return True  # 某某 | 市场: 市 opens no level here
        if (
            not HAN_CHAR.match(word)
            or is_boundary(word)
            or acts_on_names(word)
            or begins_body(word)
        ):
            return False
        generic = word in word_list("generic_places.txt") - word_list("landmark_heads.txt")
        if token.like_num or word[0] in COUNTS or generic:
            return False  # 某某港 | 两大渔港, 某某 | 南部山区; not 某某 | 小区
        head = longest_suffix(word, name_ends())
        if head and (len(head) > 1 or word not in word_list("common_words.txt")):
            return True  # not 南部 of 某某 | 南部山区
    return False


def runs_to_firm(doc: Doc, i: int) -> bool:
    """A landmark's or zone's name that opens a firm's or farm's (沙河桥 | 家庭农场, 某工业园区
    | 开发有限公司): within three words, a firm's head."""
    words = [t.text for t in doc[i : i + 3]]
    runs = ["".join(words[:k]) for k in range(1, len(words) + 1)]  # 开发 | 有限 | 公司
    return any(r.endswith(FIRM_HEADS) for r in runs) and all(HAN_CHAR.match(w) for w in words[:1])


@functools.cache
def name_ends() -> frozenset[str]:
    """Words that end a longer name a place may open (org_heads.txt, landmark_heads.txt,
    zone_suffixes.txt, project_heads.txt: 某某 | 厂房改造项目), 节 of a festival, 市场 of a
    market and 频道 of a channel."""
    lists = ("org_heads.txt", "landmark_heads.txt", "zone_suffixes.txt", "project_heads.txt")
    return frozenset().union(*(word_list(f) for f in lists)) | {
        "节",
        "产业园",
        "商城",
        MARKET,
        "频道",
    }


def join_ordinal_pieces(mentions: list[Mention], text: str) -> None:
    """某某街道 | 第一社区: a unit named by its number right after its place is one name with
    it, the place kept as well (it is named)."""
    ends = {m.end: m for m in mentions if m.label == Label.PLACE and m.end > m.start}
    for m in mentions:
        before = ends.get(m.start)
        if m.label == Label.PLACE and ORDINAL_PIECE.match(m.text) and before and before is not m:
            m.start = before.start
            m.text = m.name = text[m.start : m.end]


def firm(m: Mention, text: str) -> bool:
    """A bare name with no level, not a known place, that the text also writes before a
    firm's head (某某 | 公司): the firm's short name, read as a place or a person."""
    if m.label not in (Label.PLACE, Label.PERSON) or m.byline or m.home_city or m.name != m.text:
        return False
    if leveled(m.name) or m.name in word_list("places.txt"):
        return False
    return any(m.name + head in text for head in FIRM_AFTER)


def adverb_cut(m: Mention, text: str) -> bool:
    """A person of two characters before 均 and a verb, with no list mark before it (孟某均
    | 主持会议): the name runs on; 甲、乙均出席 is 均 of the list."""
    if len(m.text) != 2 or m.byline or text[m.start : m.end] != m.text:
        return False
    if text[m.end : m.end + 1] != "均" or not HAN_CHAR.match(text[m.end + 1 : m.end + 2]):
        return False
    return m.start == 0 or text[m.start - 1] not in LIST_MARKS
