"""Where an event's name begins: the words before its head, and the pieces a name carries
before its words (year and month, 第七期, a quoted theme, a bracketed qualifier, the place
holding it). Used by kg.nlp.events."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.candidates import INSIDE_NAME, candidates, is_boundary, walk_left
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import longest_suffix, word_list
from kg.schema import Label

WHOLE_AREA = {"全市", "全区", "全县", "全旗", "全省", "全盟", "全州"}  # 全市经济工作会议
LEAD = re.compile(  # pieces a name carries before its words; see lead_start
    r"(?:\d{4}年(?:\d{1,2}月)?|第[一二三四五六七八九十百\d]{1,4}[期届次批轮个]?"
    r"|“[^“”\n，。,；;！？、]{2,16}”|[(（][\u4e00-\u9fff]{1,4}[)）])$"
)
LEAD_CHARS = 20
MAX_SUBJECT = 60  # the longest name a clause's subject is taken for
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
PLACE_CHARS = 8  # 寒亭区“…”招聘会: a place before the quote, at most this long
PLACE_ENDS = ("省", "市", "区", "县", "旗", "镇", "乡", "街道")
SHORT_FORM = re.compile(r"[\u4e00-\u9fff]{2}")
YEAR = re.compile(r"\d{4}年")
# “口号”, 第十届“最美某某人”: the slogan or numbered honour a subject's name opens with
SLOGAN = re.compile(r"(?:第[一二三四五六七八九十百\d]{1,4}[届期次])?“[^“”]{2,16}”")
CLAUSE_OPEN = re.compile(r"[，。,；;！？!?：:\n]")
TIME_LEAD = re.compile(  # 3月18日上午, 近日, 当天: when, not what
    r"(?:\d{4}年(?=\d)|\d{1,2}月|\d{1,2}日|[上下中晚]午|晚上?|早上|[近日前]日|日前|近日|当[天日]"
    r"|当晚|昨[天日]|今[天日]|今年|去年|本月|上月|本周)*"
)
HOME_WORD = r"(?:我|本)[省市县区旗镇乡]"  # 我县, 本市: the paper's own place
HOME = re.compile(rf"{HOME_WORD}(?!的)")
NOT_SUBJECT = re.compile(  # a clause (会议讨论通过了…), a list, a 的-phrase, 我县…, an adverbial
    r"[、“”《》的由将了]|等|我|通过|讨论|审议|研究|听取|^(?:在|于|从|自|随着|为了|围绕)"
)


def head_walk(doc: Doc, end: int, max_chars: int, heads: frozenset[str]) -> int:
    """Where an event's name ending at ``end`` begins, walking left from its head; a head of
    two words (签约|仪式) holds a verb that would stop the walk, so the walk starts before it."""
    index = doc_index(doc)
    allow = INSIDE_NAME | WHOLE_AREA
    start = walk_left(doc, index.token_at_end[end], max_chars, allow=allow)
    head = longest_suffix(index.text[:end], heads) or ""
    first = index.token_at_start.get(end - len(head))
    if first is not None and start > end - len(head):
        if first == 0 or is_boundary(doc[first - 1].text, allow):  # (扩大)|学习会: the head
            return end - len(head)
        start = walk_left(doc, first - 1, max_chars - len(head), allow=allow)
    return joined_words(doc, start, max_chars - (end - start))


def joined_words(doc: Doc, start: int, max_chars: int) -> int:
    """A walk stopped right after 暨 has cut the first act off (…宣传展示暨…启动仪式: 展示 is
    a verb): the words back to the last mark before it are the first act's name."""
    index = doc_index(doc)
    i = index.token_at_start.get(start)
    if i is None or doc[i].text not in INSIDE_NAME:
        return start
    while i > 0 and HAN_WORD.fullmatch(doc[i - 1].text) and max_chars >= len(doc[i - 1].text):
        i -= 1
        max_chars -= len(doc[i].text)
    return doc[i].idx if doc[i].text not in INSIDE_NAME else start


def lead_start(doc: Doc, start: int, floor: int) -> int:
    """Where a name begins once the pieces a name carries before its words are taken in: its
    year and month, its period (第七期), a quoted theme (“三个一批”项目…), a qualifier in
    brackets (学习中心组(扩大)学习会), and the place holding it glued before these
    (某区2023年第七期“…”项目集中开工仪式, 2022年某区春风行动专场招聘会)."""
    text, dated = doc_index(doc).text, False
    while start > floor:
        lead = LEAD.search(text[max(0, floor, start - LEAD_CHARS) : start])
        if not lead or (dated and lead.group(0)[0] == "“"):  # “口号”某市2023年…: a slogan
            return start
        new = start - len(lead.group(0))
        if lead.group(0)[0] in "“(（":  # words of the name stand before a quote or bracket
            new = min(words_before(doc, new, start - floor), body_before(doc, new))
        year = lead.group(0)[0].isdigit()
        dated = dated or year
        start = min(new, place_before(doc, new, short=year))
        dated = dated or start < new
    return start


def words_before(doc: Doc, pos: int, max_chars: int) -> int:
    i = doc_index(doc).token_at_end.get(pos)
    if i is None or is_boundary(doc[i].text):  # 下午,“…”: the quote opens the name
        return pos
    return min(pos, walk_left(doc, i, max_chars))


def body_before(doc: Doc, pos: int) -> int:
    """Where a body proposed as a name ends right at ``pos`` begins (区委理论学习中心组 before
    (扩大)学习会: its verb-like words stop a plain walk), else ``pos``."""
    bodies = [c.start for c in candidates(doc) if c.end == pos and c.label == Label.ORGANIZATION]
    return min(bodies, default=pos)


def place_before(doc: Doc, pos: int, short: bool = False) -> int:
    """Where an event's name begins when the place holding it stands glued before its quote
    or year (此次寒亭区“春风行动”招聘洽谈会 → 寒亭区…); before a year, ``short``, also a
    place's short form (江华2024年第一次…仪式: one proper word); else ``pos``."""
    index = doc_index(doc)
    i = index.token_at_end.get(pos)
    if i is None:
        return pos
    start = walk_left(doc, i, PLACE_CHARS)
    words = index.text[start:pos]
    named = len(words) > 1 and words.endswith(PLACE_ENDS) and not words.endswith("城市")
    word = doc[i].text
    proper = short and SHORT_FORM.fullmatch(word) and not is_boundary(word)
    proper = proper and word not in word_list("common_words.txt")
    return start if named else doc[i].idx if proper else pos  # 园林城市“三城同创”: a kind


def attendance_inside(text: str, start: int, end: int) -> bool:
    """A verb that makes a stretch a clause, not an event's name (…教师参加了此次活动)."""
    return any(w in text[start:end] for w in word_list("event_clause_verbs.txt"))


def clause_subject(doc: Doc, start: int, end: int) -> int:
    """Where an event's name begins when the event is the subject of its clause (3月18日,
    “口号”某商会助力教育振兴爱心公益捐赠活动在某中学举行): every word from the clause's
    opening (after its date) to the head is the name, though pkuseg may cut verbs out of it
    (助力, 振兴) that stop a walk; else ``start``. Only a plain run of words: no list, no
    的-phrase (县委主办的…), no person named, quotes only as the name's opening slogan."""
    text = doc_index(doc).text
    floor = max(0, end - MAX_SUBJECT)
    marks = [m.end() for m in CLAUSE_OPEN.finditer(text, floor, start)]
    if not marks and floor > 0:
        return start  # the clause opens further back than a name runs
    opening = TIME_LEAD.match(text, marks[-1] if marks else 0).end()
    opening += text.startswith(("，", ","), opening)
    home = HOME.match(text, opening)  # 我县某发放仪式在某广场举行: the home holds it
    opening = home.end() if home else opening
    words = text[opening:start]
    slogan = SLOGAN.match(words)
    rest = words[slogan.end() :] if slogan else words
    people = any(c.label == Label.PERSON and opening <= c.start < start for c in candidates(doc))
    clause = NOT_SUBJECT.search(rest) or attendance_inside(rest, 0, len(rest))
    if not words or clause or people or not (HAN_WORD.match(rest or "一") or YEAR.match(rest)):
        return start
    numbered = slogan and (slogan.group(0)[0] == "第" or rest.startswith("暨"))
    if slogan and not numbered and YEAR.search(text, opening + slogan.end(), end):
        opening += slogan.end()  # “口号”某市2024年…开幕式: the slogan is no part of a dated name
    return min(opening, start)
