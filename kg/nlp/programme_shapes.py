"""Programme shapes read on the characters, beside the verb-and-head names of kg_programmes.

Meetings hear and pass documents named by what they are about: 关于…的议案 / 的报告 (the
name runs from 关于; the body proposing it stands outside), and a list item ending 情况的
报告. An oral report is named by its topic: 听取关于加快X的汇报 and 听取X情况汇报 name the
programme X (a leading verb, resolution word or year is no part of it; 情况介绍 names it
too), and so does
就X(起草情况)作说明; what a meeting passes or hears, the whole object of
通过了/听取了 ending in a document's head (某会议选举办法(草案)). An honour stands
after the verb that wins it (荣获…示范社区) or before the person who holds it
(全国模范教师、某校校长…), ending in an honour's head (kg/nlp/data/programme_honours.txt).
A project is named by its site (在某村高标准农田项目建设现场).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from kg.nlp.candidates import candidates, clause_opening, propose
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import longest_suffix, pattern_of, table, word_list
from kg.nlp.triggers import trigger_table
from kg.schema import Label

NAME = r"[^，。,；;！？!?、：:“”《》\n]"
DOCUMENT = re.compile(rf"关于{NAME}{{4,70}}?的(?:报告|议案|决定|请示|批复)")
MARKS = (("“", "”"), ("《", "》"))  # what a name written inside is part of
ONE_NAME = r"[^，。,；;！？!?、：:“”《》\n和及与]"  # a name of one document: no list inside
LISTED_NAME = (
    r"[^，。,；;！？!?、：:《》\n和及与]"  # one of a list, its quotes kept (“三农”工作意见)
)
LIST_ITEM = re.compile(r"[^、和及]+")
LIST_DOCUMENT = re.compile(rf"(?<=[、了])(?:(?!关于){NAME}){{4,40}}?情况的报告")
YEAR = r"(?:\d{4}\s*年度?\s*)?"
HOME = r"(?:我市|全市|本市|我区|全区|我县|全县|我省|全省)?"
EXPLAINED = re.compile(rf"(?<=就)({NAME}{{4,30}}?)(?:起草情况|有关情况|情况)?作说明")
REPORT_ON = re.compile(
    rf"(?:(?<=[了和、])|(?<=听取)(?!了))(?:关于)?{YEAR}({NAME}{{4,30}}?)(?:情况|工作情况)?的?(?:汇报|介绍)"
)
HEARD = re.compile(r"听取了?")  # 会议听取 | 甲项目、乙项目情况介绍
ASIDE = re.compile(r"[(（][^()（）\n，。]{1,4}[)）]")  # 补助(慰问)金, 产业园(一期)
HAN = r"(?![的为向对和与在受])[\u4e00-\u9fff]"  # an honour holds no function word
HONOUR_LEVEL = rf"(?:全国|全省|全市|自治区|{HAN}{{1,4}}?[省市县区])"
YEAR_WORK = re.compile(r"\d{4}年度?[^\d]{0,8}工作$")
PROJECT_LIST = re.compile(rf"(?:{NAME}{{4,40}}?、)+{NAME}{{4,40}}?(?=等[^，。,；;\n]{{0,14}}项目)")
PROJECT_SERIES = re.compile(
    rf"(?:{NAME}{{4,40}}?项目、)+{NAME}{{4,40}}?项目(?=等?[，。,；;\n])"
)  # 甲项目、乙项目, / 甲项目、乙项目等。
ITEM = re.compile(r"[^、]+")
NEW = "新的"  # 通过了新的人事任免决议: the resolution, not its newness
COUNTED_REST = re.compile(r"等[\d一二三四五六七八九十百余多几]+[个项]")
# 在某镇某村高标准农田项目建设现场, 来到某某工程施工现场: the project whose site it is
PROJECT_SITE = re.compile(
    rf"(?<=[在到入])({NAME}{{2,30}}?(?:项目|工程))(?:建设|施工)?(?:现场|工地)"
)
CLAUSE = re.compile(r"[^，,。；;\n]*")
COUNT = r"[0-9一二三四五六七八九十百]+"
# a counted honour of a list: 10个甲单位、20名乙教师和10名丙个人 (the count is no part of it)
COUNTED_HONOUR = re.compile(
    rf"(?:^|、|(?<=[和及]))\s*{COUNT}[个名位家所支]([\u4e00-\u9fff“”]{{2,12}}?)(?=、|[和及]{COUNT}|[，,。；;]|$)"
)
HONOURED_BEFORE = re.compile(r"对([^，。,；;\n]{4,80}?)进行[^，。,；;\n]{0,6}?表彰")
BRACKETED = re.compile(r"[(（][^()（）\n]{1,16}[)）]")
FOLLOWED = re.compile(r"[、，,。和及]|称号|荣誉")


@functools.cache
def introducers() -> re.Pattern:
    """The trigger verbs and the verbs that introduce programmes, longest first."""
    verbs = set(trigger_table()) | word_list("programme_verbs.txt")
    return pattern_of(verbs)


@functools.cache
def passed_pattern() -> re.Pattern:
    """A document a meeting passes or hears, the whole object of its verb up to the clause's
    end (通过了某会议选举办法(草案); 协商通过了某会议议程。), with its draft mark; not a list
    of them (工作报告(审议稿)和…决议: the verb's reading names each), nor a kind (有关工作报告)."""
    verbs, heads, drafts = (
        "|".join(sorted(map(re.escape, word_list(f)), key=len, reverse=True))
        for f in ("passed_verbs.txt", "passed_heads.txt", "document_drafts.txt")
    )
    return re.compile(
        rf"(?:{verbs})({ONE_NAME}{{4,40}}?(?:{heads})(?:[(（](?:{drafts})[)）])?)(?=[；;。，,])"
    )


@functools.cache
def passed_list_pattern() -> re.Pattern:
    """Documents a meeting passes or hears, listed as the whole object of its verb (听取了
    甲行动方案、“乙”实施意见和丙工作方案的汇报): each item ends in a document's head."""
    verbs, heads = (
        "|".join(sorted(map(re.escape, word_list(f)), key=len, reverse=True))
        for f in ("passed_verbs.txt", "passed_heads.txt")
    )
    item = rf"{LISTED_NAME}{{4,40}}?(?:{heads})"
    return re.compile(
        rf"(?:{verbs})((?:{item}[、和及])+{item})(?=(?:的(?:汇\s?报|说\s?明))?[；;。，,])"
    )


@functools.cache
def listed_document_pattern() -> re.Pattern:
    """A document of a list that names each from 关于 to its head (通过了关于甲的报告、关于乙的
    决定和关于丙的工作意见(试行)), with its draft mark, up to the next item or the clause's end."""
    heads, drafts = (
        "|".join(sorted(map(re.escape, word_list(f)), key=len, reverse=True))
        for f in ("passed_heads.txt", "document_drafts.txt")
    )
    return re.compile(
        rf"(?<=[、了和及])关于{ONE_NAME}{{4,60}}?(?:{heads})(?:[(（](?:{drafts})[)）])?"
        rf"(?=[、；;。，,]|[和及]关于)"
    )


@functools.cache
def honour_pattern() -> re.Pattern:
    """An honour: its level, a few words, its head (全国敬老爱老助老模范人物)."""
    heads = "|".join(sorted(word_list("programme_honours.txt"), key=len, reverse=True))
    return re.compile(rf"{HONOUR_LEVEL}(?:“{HAN}{{1,6}}”|{HAN}){{0,16}}?(?:{heads})")


def generic(name: str, heads: frozenset[str]) -> bool:
    """Words of the genre, not names: a head alone, after another head or after one short
    word (志愿服务, 工作举措, 优惠政策, 发展规划; a subsidy is a name: 电价补贴); a year's
    or a field's work (2020年安全生产工作, 疫情防控工作); a phrase with 的 (稳定的利益联结
    机制, 全院的审判工作); what people hold (委员们的意见)."""
    name = plain(name)
    stem = name[: len(name) - len(longest_suffix(name, heads) or "")]
    bare_work = name.endswith("工作") and len(stem) <= 4  # 秋种工作, 疫情防控工作
    fund = longest_suffix(name, word_list("programme_fund_heads.txt"))
    return (
        (len(stem) <= 2 and not fund)
        or stem in heads
        or bare_work
        or "的" in name
        or "们" in name
        or bool(YEAR_WORK.search(name))
    )


def plain(name: str) -> str:
    """A name without its asides and layout spaces: what its head and canonical form read."""
    return re.sub(r"[\s“”]", "", ASIDE.sub("", name))


def propose_named(doc: Doc, start: int, end: int, source: str = "trigger_head") -> None:
    """A programme named by its verb and head; its canonical name drops layout spaces and
    quotes (合作社“示范社” and 合作社示范社 are one programme). An honour holds no body
    (市“五四”红旗团支部): it is proposed as a quoted name is, which absorbs what it contains."""
    name = re.sub(r"[\s“”]", "", doc_index(doc).text[start:end])
    if longest_suffix(name, word_list("programme_honours.txt")):
        source = "quoted"
    propose(doc, start, end, Label.PROGRAMME, source, canonical=name)


def find_shapes(doc: Doc, heads: frozenset[str]) -> None:
    """Documents, report topics and honours of the text (see the module's docstring)."""
    text = doc_index(doc).text
    for m in DOCUMENT.finditer(text):
        propose_named(doc, m.start(), m.end())
    for m in (*LIST_DOCUMENT.finditer(text), *listed_document_pattern().finditer(text)):
        propose_named(doc, m.start(), m.end())
    passed = [
        (m.start(1) + item.start(), m.start(1) + item.end())
        for m in passed_list_pattern().finditer(text)
        for item in LIST_ITEM.finditer(m.group(1))
    ]
    passed += [m.span(1) for m in passed_pattern().finditer(text)]
    for start, end in passed:
        about = text.find("关于", start, end)  # the body proposing it stands outside
        start += len(NEW) if text.startswith(NEW, start) and end - start > len(NEW) + 3 else 0
        if not text.startswith(tuple(word_list("document_determiners.txt")), start):
            propose_named(doc, about if about >= 0 else start, end)
    for m in PROJECT_SITE.finditer(text):
        if not generic(m.group(1), heads):
            propose_named(doc, m.start(1), m.end(1))
    for m in (*REPORT_ON.finditer(text), *EXPLAINED.finditer(text)):
        for start, end in [*listed_reports(text, m.start(1)), m.span(1)]:
            report_topic(doc, start, end, heads)
    determiners = tuple(word_list("document_determiners.txt"))
    for p in honour_starts(text):
        p += next(
            (len(d) for d in determiners if text.startswith(d, p)), 0
        )  # 此次 | 某某县劳动模范
        m = honour_pattern().match(text, p)
        if m and not won_inside(m.group(0)) and honour_stands(doc, m.start(), m.end()):
            propose_named(doc, m.start(), m.end(), "quoted")
    standing(doc)
    for m in (*PROJECT_LIST.finditer(text), *PROJECT_SERIES.finditer(text)):
        listed_projects(doc, m.start(), m.group(0))
    counted_honours(doc, text)


def honoured_count(text: str, start: int) -> bool:
    """Whether a name is an honour of a counted list (表彰了10个|甲单位、20名|乙教师, 对10个|
    甲单位进行表彰): its count is of its holders, a figure of the occasion, and no figure
    measures the honour."""
    opening = clause_opening(text, start)
    verbs = pattern_of(word_list("honour_list_verbs.txt"))
    counted = re.compile(rf"{COUNT}[个名位家所支]$")
    if not counted.search(text, opening, start):
        return False
    before = HONOURED_BEFORE.search(text, opening)
    return bool(verbs.search(text, opening, start)) or (
        before is not None and before.start(1) <= start < before.end(1)
    )


def counted_honours(doc: Doc, text: str) -> None:
    """The honours listed, each counted, after a verb of honouring (表彰奖励了10个甲单位、
    20名乙教师) or before it (对44个甲单位(校园、社区)和5个乙家庭进行授牌和表彰): each
    item's noun is an honour, its bracketed kinds no part of it."""
    verbs = pattern_of(word_list("honour_list_verbs.txt"))
    listings = [(v.end(), CLAUSE.match(text, v.end()).group(0)) for v in verbs.finditer(text)]
    listings += [(m.start(1), m.group(1)) for m in HONOURED_BEFORE.finditer(text)]
    for start, listing in listings:
        for m in COUNTED_HONOUR.finditer(BRACKETED.sub(lambda b: "，" * len(b.group()), listing)):
            propose_named(doc, start + m.start(1), start + m.end(1), "quoted")


def honour_starts(text: str) -> list[int]:
    """Where an honour may begin: a clause or list item's start, or after the verb won it."""
    won = pattern_of(word_list("honour_verbs.txt")).pattern
    return [m.end() for m in re.finditer(rf"^|[，,。、；;：:\n]|{won}", text)]


@functools.cache
def standing_names() -> tuple[dict[str, tuple[str, ...]], re.Pattern]:
    """The standing policies with the full forms they stand for, and their pattern."""
    rows = {r[0]: r[1:] for r in table("programme_names.tsv")}
    return rows, pattern_of(rows)


def standing(doc: Doc) -> None:
    """Standing policies named without quotes or head (低保, 精准扶贫), as whole words outside
    quotes and book-title marks (a document's title is one name); a short form is named as
    the fuller one the article writes (低保 as 城乡低保, or as 最低生活保障 where the table
    says so)."""
    text, index = doc_index(doc).text, doc_index(doc)
    forms: dict[str, str] = {}  # each short form's name, looked up once per article
    for m in standing_names()[1].finditer(text):
        quoted = any(text.rfind(o, 0, m.start()) > text.rfind(c, 0, m.start()) for o, c in MARKS)
        if m.start() in index.token_at_start and m.end() in index.token_at_end and not quoted:
            short = m.group(0)
            if short not in forms:
                forms[short] = fuller_form(short, text)
            propose(
                doc, m.start(), m.end(), Label.PROGRAMME, "trigger_head", canonical=forms[short]
            )


def fuller_form(short: str, text: str) -> str:
    """The name a standing policy's short form gets in ``text``: the longest form written
    there that ends with it (城乡低保) or that the table gives for it (最低生活保障), else
    itself. Also asked of a long article's whole text (kg.builder.pieces), since a piece may
    not hold the fuller form."""
    rows = standing_names()[0]
    fuller = [w for w in rows if w.endswith(short) and w in text]
    fuller += [w for w in rows[short] if w in text]
    return max(fuller, key=len, default=short)


@functools.cache
def list_openers() -> re.Pattern:
    """What the words before a listed project end with (实地察看了 | 甲工程、乙项目等):
    movement and trigger verbs, 了, 的, 和, 一行."""
    words = set(trigger_table()) | word_list("motion_verbs.txt") | word_list("list_openers.txt")
    return pattern_of(words)


def listed_projects(doc: Doc, start: int, listing: str) -> None:
    """A list closed by 等…项目 (甲基地、乙产业园(一期)等总投资10亿元以上项目), or one whose
    every item ends in 项目 (分别是甲项目、乙项目、丙项目,): each item
    ending in a project's head is a project, from after the verb or 的 it may hold
    (实地察看了 | 甲工程; not after a verb inside its name: 综合利用 | 项目) to before its
    trailing aside."""
    heads = word_list("project_heads.txt")
    for item in ITEM.finditer(listing):
        counted = COUNTED_REST.search(listing, item.start(), item.end())
        if counted:  # 丁项目等21个项目: the list's count closes the last item
            item = ITEM.match(listing[: counted.start()], item.start())
        openers = list_openers().finditer(listing, item.start(), item.end())
        begins = sorted({m.end() for m in openers} | {item.start()}, reverse=True)
        for begin in begins:  # the last opener that leaves a name before the head
            aside = ASIDE.search(listing, begin, item.end())
            end = aside.start() if aside and aside.end() == item.end() else item.end()
            head = longest_suffix(plain(listing[begin:end]), heads)
            if head and len(plain(listing[begin:end])) - len(head) >= 2:
                propose_named(doc, start + begin, start + end)
                break


def listed_reports(text: str, start: int) -> list[tuple[int, int]]:
    """听取甲项目、乙项目情况介绍: the topics listed before the last one, each a report's,
    the first after the verb that hears them."""
    opening, out = clause_opening(text, start), []
    while start - 1 > opening and text[start - 1] == "、":
        prev = max(text.rfind("、", opening, start - 1) + 1, opening)
        heard = HEARD.search(text, prev, start - 1) if prev == opening else None
        out.insert(0, (heard.end() if heard else prev, start - 1))
        start = prev
    return out


def report_topic(doc: Doc, start: int, end: int, heads: frozenset[str]) -> None:
    """The topic of an oral report, without the verb or resolution word it opens with."""
    text = doc_index(doc).text
    verb = introducers().match(text, start)
    if verb:
        start = verb.end()
    start = re.compile(HOME).match(text, start).end()
    name = text[start:end]
    if end - start >= 4 and longest_suffix(plain(name), heads) and not generic(name, heads):
        propose_named(doc, start, end)


def won_inside(name: str) -> bool:
    """先后荣获自治区…: the verb is no part of the honour, which starts after it."""
    return any(w in name for w in word_list("honour_verbs.txt"))


def honour_stands(doc: Doc, start: int, end: int) -> bool:
    """An honour is followed by a list mark, the holder's name or 称号."""
    text = doc_index(doc).text
    people = {c.start for c in candidates(doc) if c.label == Label.PERSON}
    return bool(FOLLOWED.match(text, end)) or end in people
