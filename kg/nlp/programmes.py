"""Programmes: named policies, campaigns, projects and documents.

Three shapes carry them in this genre: a document title in 《》; a quoted name,
alone when a trigger verb precedes it in its clause (捐赠了…的“抗疫爱心包”),
when it stands in a list of quoted names
(“村村联建”“村企联建”), or when it carries its head (“书记领航工程”), or
followed by its head noun (“最强党支部”建设, “8+1”社会救助体系); and an
unquoted name between a trigger verb and a head noun (启动 | 春节景观亮化工作).
A name with an event head and a date in its sentence is left to kg_events.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import candidates, is_boundary, propose
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import affixes, longest_suffix, word_list
from kg.nlp.places import proper_piece
from kg.nlp.programme_shapes import ASIDE, find_shapes, generic, introducers, plain, propose_named
from kg.nlp.triggers import trigger_pattern
from kg.schema import Label

BOOK = re.compile(r"《[^《》\n]{2,60}》")
# “两个维护”, “六稳”: a count, then what is counted (not “一事一议”, nor a plan's “十四五”)
NUMBERED_SLOGAN = re.compile(
    r"(?!十[一二三四五六七八九]五)[一二三四五六七八九十两]+[个大]?[^\W\d一二三四五六七八九十两]{1,6}"
)
FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]五")  # “十四五”: the plan, named by its number
QUOTE = re.compile(r"[“\"]([^“”\"\n，。,；;！？]{2,20})[”\"]")
MAX_TAIL_TOKENS = 4
MAX_TAIL_CHARS = 6  # “8+1”社会救助体系, not “村企联建”发展村集体经济模式
MIN_BARE_QUOTE = 3
LIST_MARKS = "、和及"
CLAUSE_MARKS = "，。,；;！？!?：:\n"
MAX_CHARS = 30
INNER_QUOTE = re.compile(r"“[^“”\n，。,；;]{1,8}”")  # 合作社“示范社”: a quoted head
# 授予…“云南省双拥模范城”称号; 以“…”为主题 (为总基调) names the theme the same way
HONOUR = ("称号", "荣誉称号")
# “某市最美家庭”5个, “某省劳动模范”提名3名: an honour, by the count of those who won it
AWARDED_COUNT = re.compile(  # not “某镇”3个示范点: the count of a kind named after it
    r"(?:提名|获得者|称号)?[\d一二三四五六七八九十百]+(?:名|人|个|户|家|位)(?=[、，,。；;和及]|$)"
)
# “幸福是自我价值的实现”, “谁来报告”: words said or asked, not a name
SPOKEN = re.compile(r"[是吗吧呢啊谁哪]|什么|如何|怎么|怎样|为何")
# a preposition or a count never begins a name (与某市的同城化建设, 一批…项目); a year may
NOT_FIRST = re.compile(r"的|[与同向对为给和]|一[批个些项座]|[\d０-９](?![\d０-９]*\s*年)")
OPENING_PROJECT = re.compile(  # …,某镇某某项目总投资…: a project opening its clause
    r"(?:^|(?<=[，。,；;！？\n的]))([\u4e00-\u9fff](?:[^\W\d_的]|·){3,30}?(?:项目|工程))"
    r"(?=涉及|总投资|计划总投资|位于|坐落|占地|总面积|建筑面积|预计|建成后|共投资|是|备受|正式|顺利"
    r"|[，,](?:总投资|计划总投资|位于|占地|总面积|建筑面积|该项目|该工程))"
)  # 与某公司签约的某某项目,总投资…, 此次开工的某某项目备受关注,该项目…: the subject after
PROJECT_HEADS = ("项目", "工程")
# 对甲项目、乙工程、丙建设情况、丁项目八个项目进行了视察: the projects of a list looked at,
# whatever else it holds, its count left out
PROJECTS_LOOKED_AT = re.compile(
    r"(?<=对)((?:[^对、，。,；;！？\n]{4,40}、){2,}[^对、，。,；;！？\n]{4,40}?)进行"
)
LIST_COUNT = re.compile(r"等?(?:[\d一二三四五六七八九十]+[个项处](?:项目|工程)?)?$")
PROJECT_LIST = re.compile(  # 对甲项目、乙工程、丙项目进行…: named projects, listed
    r"(?<=[对了，,：:])((?:(?:[^对了\W_]|[“”]){4,30}?(?:项目|工程)、)+"
    r"(?:[^对了\W_]|[“”]){4,30}?(?:项目|工程))"
    r"(?=[，。,；;和及等进]|[一二三四五六七八九十两\d]+[个项])"
)
BARE_LIST = re.compile(  # 开展甲、乙、“丙”丁和戊等十余个项目: projects named bare, listed
    r"(?<=[展施出造进动了])((?:[\u4e00-\u9fff“”]{2,12}、){2,}[\u4e00-\u9fff“”]{2,12}"
    r"(?:[和及][\u4e00-\u9fff“”]{2,12})?)"
    r"(?=等[\d一二三四五六七八九十百余多几]*[个项]?(?:志愿服务|志愿|公益|特色|品牌|重点)?项目)"
)  # not 等便民项目: services offered (理发、义诊), no named projects
DOCUMENT = re.compile(
    r"[^，。,；;！？!?、：:“”《》\n]{4,36}?(?:倡议书|实施方案|工作方案|行动方案|实施意见|指导意见|管理办法|实施细则|工作要点|通知|公告)"
)


@Language.factory("kg_programmes")
def make_programmes(nlp: Language, name: str):
    return find_programmes


def find_programmes(doc: Doc) -> Doc:
    text = doc_index(doc).text
    heads = word_list("programme_heads.txt")
    for m in BOOK.finditer(text):
        if not a_work(text, m.start()):
            propose(doc, m.start(), m.end(), Label.PROGRAMME, "book_title")
    starts = doc_index(doc).token_at_start
    quotes = list(QUOTE.finditer(text))
    runs = quote_runs(text, quotes)
    listed = {k for run in runs if len(run) > 1 for k in run}
    sites = quoted_sites(doc, quotes, runs)
    for k, m in enumerate(quotes):
        end = None if text.startswith("的", m.end()) else head_end(doc, starts, m.end(), heads)
        if end is not None and end - m.end() > MAX_TAIL_CHARS:
            end = None
        clause_start = max(text.rfind(p, 0, m.start()) for p in CLAUSE_MARKS) + 1
        triggered = any(
            t.start() in starts for t in trigger_pattern().finditer(text, clause_start, m.start())
        )
        honour = text.startswith(HONOUR, m.end()) or bool(AWARDED_COUNT.match(text, m.end()))
        quoted = m.group(1)
        honour = honour or (text.endswith("以", 0, m.start()) and text.startswith("为", m.end()))
        if end is not None:
            propose(doc, m.start(), end, Label.PROGRAMME, "quoted_head")
        elif event_name(quoted):
            continue  # “…趣味运动会”: an event's name, kg_events
        elif k in sites and not honour:
            continue  # “某某寺”、“某某镇”: a list of sites, not of programmes
        elif not SPOKEN.search(m.group(1)) and (
            honour
            or (FIVE_YEAR_PLAN.fullmatch(quoted) and not named_fuller(text, m.group(0), heads))
            or NUMBERED_SLOGAN.fullmatch(quoted) is not None  # 增强“四个意识”, “六稳”
            or (text.startswith("的", m.end()) and head_end(doc, starts, m.end(), heads))
            or (k in listed and len(m.group(1)) >= 2)
            or (len(m.group(1)) >= MIN_BARE_QUOTE and (triggered or longest_suffix(quoted, heads)))
        ):
            propose(doc, m.start(), m.end(), Label.PROGRAMME, "quoted")
    named_after_verbs(doc, starts, heads | word_list("programme_honours.txt"))
    find_shapes(doc, heads | word_list("programme_honours.txt"))
    opening_projects(doc)
    listed_projects(doc, heads)
    bare_lists(doc)
    return doc


def bare_lists(doc: Doc) -> None:
    """Projects named bare in a list a verb opens and 等…项目 closes (开展甲、乙、“丙”丁和戊
    等十余个项目): the kind after 等 says what every member is; three members at least."""
    text = doc_index(doc).text
    for m in BARE_LIST.finditer(text):
        start = m.start(1)
        for item in re.split(r"、|[和及](?=[^、]*$)", m.group(1)):
            propose_named(doc, start, start + len(item))
            start += len(item) + 1


def named_fuller(text: str, quote: str, heads: frozenset[str]) -> bool:
    """Whether the article also names a programme that opens with this quote and goes on to
    a head (“十四五”发展目标): the quote alone is its short form, no programme of its own."""
    for k in (m.end() for m in re.finditer(re.escape(quote), text)):
        if any(longest_suffix(text[k : k + n], heads) for n in range(1, MAX_TAIL_CHARS + 1)):
            return True
    return False


def quote_runs(text: str, quotes: list[re.Match]) -> list[list[int]]:
    """The quotes (by index) in runs written one after another, bare or parted by 、
    (“村村联建”“村企联建”, “甲”、“乙”): a run of more than one is a list."""
    runs: list[list[int]] = []
    for k, m in enumerate(quotes):
        if k > 0 and text[quotes[k - 1].end() : m.start()] in ("", "、"):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def quoted_sites(doc: Doc, quotes: list[re.Match], runs: list[list[int]]) -> set[int]:
    """The quotes (by index) of each list of quoted names in which a name is a place or a
    body the rules read (“某某镇”、“某某社区”、“某某寺”): a list of sites, whose names the
    other rules label or leave."""
    named = {
        (c.start, c.end) for c in candidates(doc) if c.label in (Label.PLACE, Label.ORGANIZATION)
    }
    lists = [run for run in runs if len(run) > 1]
    return {k for run in lists if any(quotes[j].span(1) in named for j in run) for k in run}


def listed_projects(doc: Doc, heads: frozenset[str]) -> None:
    """Projects listed by name, each with its own head, after a preposition, a verb's 了 or
    a mark (对甲项目、乙工程、丙项目进行了解; 视察了甲工程、乙工程): two or more names each
    opening with a proper word or a place, not a kind of work (重点项目)."""
    places = {c.start for c in candidates(doc) if c.label != Label.PERSON}
    text = doc_index(doc).text
    for m in (*PROJECT_LIST.finditer(text), *PROJECTS_LOOKED_AT.finditer(text)):
        start = m.start(1)
        for written in m.group(1).split("、"):
            item = LIST_COUNT.sub("", written) or written  # 丁项目八个项目: the count left out
            if (
                item.endswith(PROJECT_HEADS)
                and opens_project(doc, start, places)
                and not generic(item, heads)
            ):
                propose(doc, start, start + len(item), Label.PROGRAMME, "trigger_head")
            start += len(written) + 1


def opens_project(doc: Doc, start: int, places: set[int]) -> bool:
    """Whether a project's name at ``start`` opens with a name read there (``places``: where
    they begin) or a proper word of its own (某某 | 绿色…项目), as a named project does."""
    first = doc_index(doc).token_at_start.get(start)
    word = doc[first].text if first is not None else ""
    return start in places or (len(word) > 1 and proper_piece(word))


def opening_projects(doc: Doc) -> None:
    """A project a clause opens with, named from its place (小河镇全域国土综合整治项目涉及
    7个行政村,总投资4.6亿元) or its own proper word (某某绿色建材项目位于…): the words
    to the head, which hold verbs a walk would stop at, when what follows says what the
    project is (涉及, 总投资, 位于…)."""
    index = doc_index(doc)
    places = {c.start for c in candidates(doc) if c.label in (Label.PLACE, Label.ORGANIZATION)}
    heads = word_list("project_heads.txt")
    for m in OPENING_PROJECT.finditer(index.text):
        after_de = index.text[m.start(1) - 1 : m.start(1)] == "的"  # 签约的兴隆风电场项目
        named = opens_project(doc, m.start(1), places) or (
            after_de and not generic(m.group(1), heads)
        )
        if named and m.end(1) in index.token_at_end:
            propose(doc, m.start(1), m.end(1), Label.PROGRAMME, "trigger_head")


def named_after_verbs(doc: Doc, starts: dict[int, int], heads: frozenset[str]) -> None:
    """Names between a verb and their head (启动 | 春节景观亮化工作, 荣获 | …示范社区; honours
    count here, not after a quote: “最强党支部”示范点), or a document the verb issues."""
    text = doc_index(doc).text
    for m in introducers().finditer(text):  # on characters: pkuseg may cut a verb (紧 | 扣)
        if m.start() not in starts:
            continue  # 组织 inside 党组织 is no verb
        start = m.end() + (text.startswith("了", m.end()))  # 开展了…专项整治
        while start < len(text) and text[start] in " \n":  # 发放 | (new line) 一次性补助金
            start += 1
        if start in starts and introducers().match(text, start):
            continue  # 检查 | 指导…工作: the name follows the verb after
        end = head_end(doc, starts, start, heads, max_tokens=10)
        document = document_end(text, start)
        if document and (end is None or document > end):
            propose_named(doc, start, document)
        elif (
            end is not None
            and end - start >= 4
            and not NOT_FIRST.match(text, start)
            and not generic(text[start:end], heads)
        ):
            propose_named(doc, start, end)
            listed_after(doc, starts, end, heads)


def listed_after(doc: Doc, starts: dict[int, int], end: int, heads: frozenset[str]) -> None:
    """开展了A专项整治、B综合治理和C专项整治: each listed name with its own head."""
    text = doc_index(doc).text
    aside = ASIDE.match(text, end)  # 工作报告(审议稿)和…决议
    end = aside.end() if aside else end
    while end < len(text) and text[end] in LIST_MARKS:
        nxt = head_end(doc, starts, end + 1, heads, max_tokens=6)
        if nxt is None or nxt - end - 1 < 4:
            return
        propose_named(doc, end + 1, nxt)
        end = nxt


def quote_ends(before: str, quote: re.Match, heads: frozenset[str]) -> bool:
    """Whether a quote inside an unquoted name ends it: a quoted head closes the name
    (合作社“示范社”); a quoted name with its own head is a name of its own (基层党建
    “书记领航工程”), and so is one after a body (党支部“双书记”机制) or 的; else the name
    goes on through the quote (名师“送教下乡”活动)."""
    if "的" in before or longest_suffix(plain(before), word_list("org_heads.txt")):
        return True
    return bool(longest_suffix(quote.group(0)[1:-1], heads))


def opens_head(doc: Doc, j: int, pos: int, heads: frozenset[str]) -> bool:
    """Whether token ``j`` and the next make a head (会议 | 纪要 ends in 会议纪要)."""
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    head = longest_suffix(plain(doc_index(doc).text[pos : nxt.idx + len(nxt.text)]), heads)
    return head is not None and len(head) > len(nxt.text)


def event_name(name: str) -> bool:
    """A quoted name ending in an event head other than 活动 (which programmes share)."""
    head = longest_suffix(name, word_list("event_heads.txt"))
    return head is not None and head != "活动" and len(head) > 1


def a_work(text: str, start: int) -> bool:
    """语文课《纪昌学射》, 舞蹈《甲》《乙》、《丙》, 《国歌》: the title of a lesson, song,
    dance or film, or one listed after such a title, not a programme."""
    end = text.find("》", start)
    if text[start + 1 : end].endswith("歌"):  # 《国歌》, 《校歌》: a song by its name
        return True
    if text.endswith(affixes("work_kinds.txt"), 0, start):
        return True
    before = start - text.endswith("、", 0, start)
    if text.endswith("》", 0, before):  # the list of titles the first one's kind opens
        return a_work(text, text.rfind("《", 0, before))
    return False


def document_end(text: str, start: int) -> int | None:
    """A document named by what it calls for (发布全力做好…的倡议书): any words up to its head."""
    m = DOCUMENT.match(text, start)
    return m.end() if m else None


def head_end(
    doc: Doc,
    starts: dict[int, int],
    pos: int,
    heads: frozenset[str],
    max_tokens: int = MAX_TAIL_TOKENS,
) -> int | None:
    """End offset of the last head noun within a few name-like tokens from ``pos``.

    The head is read on the name so far, so a head pkuseg cuts in two counts (工作 | 报告);
    a short aside in brackets (喷水(气)织布项目) and layout spaces (第 41 次) may stand
    inside, never at the end."""
    text = doc_index(doc).text
    i = starts.get(pos)
    if i is None:
        return None
    best, j, stop = None, i, min(len(doc), i + max_tokens)
    while j < stop:
        tok = doc[j]
        if tok.idx + len(tok.text) - pos > MAX_CHARS:
            break
        aside = ASIDE.match(text, tok.idx) or INNER_QUOTE.match(text, tok.idx)
        if aside and tok.idx > pos:
            if aside.group(0)[0] == "“" and quote_ends(text[pos : tok.idx], aside, heads):
                return aside.end() if aside.group(0)[1:-1] in heads else best
            j = starts.get(aside.end(), stop)
            stop = min(len(doc), stop + 2)
            continue
        if tok.is_space:
            j, stop = j + 1, min(len(doc), stop + 1)  # layout, not a word of the name
            continue
        if tok.text != "的" and is_boundary(tok.text) and not tok.like_num:
            if not opens_head(doc, j, pos, heads):
                break
            j += 1  # 会议 | 纪要: a boundary word that begins a head
            continue
        head = longest_suffix(plain(text[pos : tok.idx + len(tok.text)]), heads)
        if head and (head == tok.text or len(head) > 1):  # 建设, 管理法; not any word ending in 法
            best = tok.idx + len(tok.text)
        j += 1
    return best
