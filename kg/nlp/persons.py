"""Person names read from the shapes the genre writes them in.

- a title or role, then one name or a list (秘书长李春晓, 副市长甲、乙、丙, 市民张倩);
- a name or a list, then a title (王勇科长, 吴静波、龙丹老师, 蔡福华委员代表…);
- a surname and an honorific or title, when that is all the text gives (阳师傅, 闫主任);
- an appointment (任命甲、乙为…副区长, 补选甲为…代表);
- lists (kg.nlp.person_lists): 甲、乙、丙等出席 where the model found most, 张三 李 四.

Where each name stops is kg.nlp.person_names' job. A person named after a
title carries ``title_end``: the end of that title, before the name, or after
it when the title follows (kg.extract.posts reads the post from there).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import PUNCT, clause_opening, is_boundary, propose, quote_spans
from kg.nlp.doc_index import doc_index
from kg.nlp.levels import LOCAL_LEVELS, PLACE_ENDS
from kg.nlp.lexicon import affixes, alternation, ordered_words, pattern_of, word_list
from kg.nlp.person_lists import SOURCE, described_lists, model_lists, spaced_names
from kg.nlp.person_names import (
    NameReader,
    name_enders,
    starts_follower,
    surnames,
    title_words,
    titles_in,
)
from kg.schema import Label

GROUP_BEFORE = re.compile(  # 全体干部职工, 700余名志愿者: a group
    r"(?:(?:全体|广大|所有|各级)[\u4e00-\u9fff]{0,4}|(?:\d+|[一二三四五六七八九十百千两几数多]+)余?[名位])$"
)
FORMER = "原前"  # 原某局局长: the post someone held, no surname
RANKS_NOT_CALLED = ("领导", "干部")  # 县领导, 村干部: a rank, no one's form of address
ELECTED = re.compile(r"(?:成功|顺利|全票|一致)?当选为?")  # 甲当选为某镇妇联主席
ELECTED_POST = re.compile(r"[^，。；！？,;!?\n]{2,60}")  # the post the clause ends with
APPOINTED = re.compile(  # 甲、乙、丙等18人, 甲、乙同志: the names, the count and 同志 left out
    r"([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*?)(?:等\d+[人名位])?(?:同志)?"
)
REMOVED = re.compile(  # 免去甲、乙同志某职务; 甲同志辞去某职务: the names, then the post held
    r"(?:免去|免除|撤销)([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*?)同志"
    r"|同志(?:辞去|请辞)"
)
POST_HELD = "职务"
APPOINTMENT_CLAUSE = re.compile(r"[^，。；！？,;!?\n]{2,80}")
ELECTED_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*")
DOTTED_ALONE = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]")
DOTTED_OPENERS = (
    "",
    "的",
    "是",
    "和",
    "与",
    "及",
    "、",
    "，",
    ",",
    "。",
    "”",
    "“",
    "(",
    "（",
    " ",
    "\n",
)
MAX_DOTTED_PART = 5
NOT_IN_NAME = re.compile(r"[的了在和与及]|来自")  # 来自新会·台山的游客: words, no name
PLACE_LEVELS = ("", "市", "县", "区", "镇")  # 新会·台山: places, not a name
LINE_ALONE = re.compile(r"\n[^\n]*\n")
PLACES_BRACKETED = re.compile(r"[省市县区州][(（]$")
ANONYMISED_PAIR = re.compile(
    r"[\u4e00-\u9fff]某{1,2}[、和与][\u4e00-\u9fff]某"
)  # a title that begins so names its place first (龙湾区长)


@functools.cache
def before_words() -> frozenset[str]:
    """What may follow a name: titles and honorifics (王勇科长, 夏霖老师), not roles (市民)."""
    words = word_list("titles.txt") | word_list("honorifics.txt")
    return frozenset(
        w for w in words if w[0] not in LOCAL_LEVELS and not w.endswith("领导")
    )  # not 龙湾 | 区委常委, 乡镇包保 | 领导


@functools.cache
def appointment_pattern() -> re.Pattern:
    return pattern_of(word_list("appointment_verbs.txt"))


@Language.factory("kg_persons")
def make_persons(nlp: Language, name: str):
    return find_persons


def find_persons(doc: Doc) -> Doc:
    reader = NameReader(doc)
    index = doc_index(doc)
    for m in titles_in().finditer(reader.text):
        if m.start() not in index.token_at_start and m.end() not in index.token_at_end:
            continue  # 湖南省 | 长沙市: 省长 straddles two words, no title
        body_in_title(doc, reader, m.start(), m.group(0))
        names_after_title(doc, reader, m.start(), m.end())
        names_before_title(doc, reader, m.start(), m.end())
    honorific_forms(doc, reader)
    anonymised(doc, reader)
    appointments(doc, reader)
    removals(doc, reader)
    elections(doc, reader)
    model_lists(doc, reader)
    described_lists(doc, reader)
    spaced_names(doc, reader)
    dotted_names(doc, reader)
    return doc


def dotted_names(doc: Doc, reader: NameReader) -> None:
    """吾斯曼·吐尔逊是…, …”普拉提·尼亚孜说: a name of the 沙比尔·麦合木提 kind with no title
    before it, when a word that ends names or punctuation closes it and no part is a place
    or a quoted slogan's (not “格桑花开·南京墨竹周”, 新会·台山)."""
    text = reader.text
    quoted = {k for a, b in quote_spans(text) for k in range(a - 1, b + 1)}
    for m in DOTTED_ALONE.finditer(text):
        start = next(
            (k for k in range(m.start(), m.end() - 3) if text[k - 1 : k] in DOTTED_OPENERS), None
        )
        end = reader.dotted(start) if start is not None else None
        parts = text[start:end].split("·") if end else []
        if (
            end
            and start not in quoted
            and all(2 <= len(p) <= MAX_DOTTED_PART and not NOT_IN_NAME.search(p) for p in parts)
            and not any(p + k in word_list("places.txt") for p in parts for k in PLACE_LEVELS)
            and not any(p.endswith(affixes("credit_body_ends.txt")) for p in parts)  # 某晚报·某
            and not LINE_ALONE.fullmatch(text, start - 1, end + 1)  # 上饶·英歌燃情: a heading
            and not PLACES_BRACKETED.search(text, 0, start)  # 江门市(新会·台山): its parts
        ):
            propose(doc, start, end, Label.PERSON, SOURCE)


def body_in_title(doc: Doc, reader: NameReader, start: int, title: str) -> None:
    """市委书记 written as one word: 市委 is a body, when nothing before names it more
    fully (芜湖市委书记 names 芜湖市委)."""
    text = reader.text
    body = next((b for b in ordered_words("level_bodies.txt") if title.startswith(b)), None)
    if body and (start == 0 or text[start - 1] in PUNCT or is_boundary(text[start - 1])):
        propose(doc, start, start + len(body), Label.ORGANIZATION, SOURCE)


def names_after_title(doc: Doc, reader: NameReader, t_start: int, t_end: int) -> None:
    """秘书长李春晓 / 副市长甲、乙 / 岳阳市工商联主席 陈立新 (one space may part them);
    not a word that qualifies the next title (理科学生甲和 | 文科 | 学生乙)."""
    text = reader.text
    if GROUP_BEFORE.search(text, max(0, t_start - 8), t_start):
        return  # 全体干部职工 | 齐参与: a group, no one named
    pos = t_end + 1 if text[t_end : t_end + 1] == " " else t_end
    while True:
        end = reader.after(pos) or reader.transliterated(pos)
        if end is None or text[end - 1] in PLACE_ENDS:
            return  # 唐古拉山镇长 | 江源村: a title read across a place, a place after it
        if pos > t_end + 1 and (text.startswith(title_words(), end) or text[pos] in FORMER):
            return  # 甲、原某区委宣传部副部长乙: a former post opens the next item
        propose(doc, pos, end, Label.PERSON, SOURCE, title_end=t_end)
        if end < len(text) and text[end] in "、和及":
            pos = end + 1
            continue
        return


def names_before_title(doc: Doc, reader: NameReader, t_start: int, t_end: int) -> None:
    """王勇科长告诉记者 / 吴静波、龙丹、夏霖老师分别…: the names before a title that ends
    there (a word follows that cannot go on a title: punctuation, 说, 代表, 分别)."""
    text = reader.text
    end = bracket_start(text, t_end)
    if end is None and (
        text[t_start:t_end] not in before_words()
        or not reader.ends_here(t_end)
        or text[t_end : t_end + 1] in name_enders()
    ):
        return  # not 金石委员会
    end = t_start if end is None else end
    while True:
        start = reader.before(end, bracketed=text[end : end + 1] in "(（")
        if start is None or text[end - 1] in name_enders():
            return
        propose(doc, start, end, Label.PERSON, SOURCE, title_end=t_end)
        if start > 0 and text[start - 1] == "、":
            end = start - 1
            continue
        return


@functools.cache
def called_by_pattern() -> re.Pattern:
    """A character, then an honorific or a two- or three-character title (阳师傅, 闫主任)."""
    words = word_list("honorifics.txt") | word_list("titles.txt")
    alternatives = alternation(w for w in words if len(w) in (2, 3))
    return re.compile(f"(?=([\u4e00-\u9fff](?:{alternatives})))")


def bracket_start(text: str, t_end: int) -> int | None:
    """黄世周(村支书), 王立(平溪村党支部书记): where the bracket that the title closes opens."""
    if text[t_end : t_end + 1] not in ")）":
        return None
    m = re.search(r"[(（][\u4e00-\u9fff]{2,16}$", text[max(0, t_end - 17) : t_end])
    return t_end - len(m.group(0)) if m else None


def honorific_forms(doc: Doc, reader: NameReader) -> None:
    """阳师傅, 杨老汉, 闫主任: a surname and what people call him by. After a word that
    ends names or punctuation only (the surname must not be the end of a word: 党委书记);
    no one is called by a rank (温 | 县领导干部: the county's leaders)."""
    text = reader.text
    for m in called_by_pattern().finditer(text):
        start, end = m.start(), m.start() + len(m.group(1))
        surname = text[start]
        if (
            start in reader.token_starts
            and surname in surnames()
            and not is_boundary(surname)
            and m.group(1) not in word_list("titles.txt")
            and m.group(1) not in word_list("common_words.txt")
            and not m.group(1).endswith(RANKS_NOT_CALLED)
            and (end == len(text) or text[end] in PUNCT or reader.ends_here(end))
            and (start == 0 or text[start - 1] in PUNCT or after_boundary(reader, start))
        ):
            propose(doc, start, end, Label.PERSON, SOURCE)


def anonymised(doc: Doc, reader: NameReader) -> None:
    """张某, 王某某: a party the paper does not name (courts, disputes) is a person of the
    article, one word to pkuseg; linking never joins two of them (kg.link.names)."""
    text = reader.text
    for start, end in reader.spans:
        word = text[start:end]
        surname = word.rstrip("某")
        if 1 <= len(word) - len(surname) <= 2 and (
            surname in surnames()
            or (len(surname) == 1 and ANONYMISED_PAIR.search(text, max(0, start - 4), end + 4))
        ):  # 张某、芦某: a rare surname beside another party the paper does not name
            propose(doc, start, end, Label.PERSON, SOURCE)


def after_boundary(reader: NameReader, start: int) -> bool:
    prev = reader.token_ends.get(start)
    return prev is not None and is_boundary(reader.text[reader.spans[prev][0] : start])


def appointments(doc: Doc, reader: NameReader) -> None:
    """任命甲、乙为区人大常委会组成人员: the names between the verb and 为 (each whole
    between the marks: 祝庆和 | 为, not 祝庆 | 和), and in the clauses right after that are
    written the same way (,丙同志为…); the post is read by kg.extract.posts from the title
    that ends the clause (title_end)."""
    text = reader.text
    for m in appointment_pattern().finditer(text):
        start = m.end()
        while True:  # 任命甲同志为某职,乙同志为某职: the clauses after name the appointed too
            clause = APPOINTMENT_CLAUSE.match(text, start)
            if not clause or "为" not in clause.group(0):
                break
            wei = start + clause.group(0).index("为")
            t_end = title_end_in(text, wei + 1, clause.end())
            members = APPOINTED.fullmatch(text, start, wei)
            if not t_end or not members:
                break
            propose_members(doc, reader, start, members.group(1), t_end)
            if text[clause.end() : clause.end() + 1] not in ("，", ","):
                break
            start = clause.end() + 1


def removals(doc: Doc, reader: NameReader) -> None:
    """免去甲同志某法院审判员职务, 乙同志辞去某区人民政府副区长职务: the names hold the post
    written before 职务 until the act; kg.extract.posts reads it from the title that ends
    there (title_end)."""
    text = reader.text
    for m in REMOVED.finditer(text):
        clause = APPOINTMENT_CLAUSE.match(text, m.end())
        held = clause.group(0).find(POST_HELD) if clause else -1
        t_end = title_end_in(text, m.end(), m.end() + held) if held > 0 else None
        start = m.start(1) if m.group(1) else reader.before(m.start())
        if t_end and start is not None:
            propose_members(doc, reader, start, m.group(1) or text[start : m.start()], t_end)


def elections(doc: Doc, reader: NameReader) -> None:
    """李某成功当选为某镇妇联主席, 王某、曾某当选为…副主席: the names before the verb hold
    the post the clause ends with."""
    text = reader.text
    for m in ELECTED.finditer(text):
        opening = clause_opening(text, m.start())
        members = ELECTED_NAMES.fullmatch(text, opening, m.start())
        clause = ELECTED_POST.match(text, m.end())
        t_end = title_end_in(text, m.end(), clause.end()) if clause else None
        if members and t_end and opening > 0:
            propose_members(doc, reader, opening, members.group(0), t_end)


def propose_members(doc: Doc, reader: NameReader, pos: int, members: str, t_end: int) -> None:
    """Each name of a 、 list from ``pos`` as a person holding the post ending at
    ``t_end``, each whole between the marks (祝庆和 | 为, not 祝庆 | 和)."""
    text = reader.text
    for whole in members.split("、"):
        part = whole[: next((k for k in (2, 3) if starts_follower(text, pos + k)), 4)]
        trusted = reader.model.get(pos) == pos + len(part)  # 曾 | 凤姣: the model agrees
        if part[:1] in surnames() and reader.plain(
            pos, pos + len(part), loose_end=True, listed=True, trusted=trusted
        ):
            propose(doc, pos, pos + len(part), Label.PERSON, SOURCE, title_end=t_end)
        pos += len(whole) + 1  # 潘俊 | 同志


def title_end_in(text: str, start: int, end: int) -> int | None:
    """End of the clause's post: the clause must end with a title (…副区长, …代表)."""
    tail = text[start:end]
    word = next((w for w in reversed(title_words()) if tail.endswith(w)), None)
    if word is None and tail.endswith(tuple(word_list("appointment_titles.txt"))):
        word = tail
    return end if word else None
