"""Events: dated happenings named after the verb that holds them (召开 X会议, 开展 X活动)
the events a clause opens with (全市经济工作会议召开), and the party congresses (党的二十大).

An event name runs from right after its trigger verb to an event head noun
(会议, 活动, 仪式, 述职评议 …) inside the same clause; it may hold quotes and
dashes (开展“…”——“…”基层服务线上直播文艺演出活动) but no list (等, 、). It is
an Event when its sentence carries a date (1月4日, 近日) or a convening verb
(召开, 举行, 举办); otherwise the name is a standing programme and left to
kg_programmes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import (
    INSIDE_NAME,
    LEVELS,
    NER_SOURCE,
    acts_on_names,
    candidates,
    clause_opening,
    is_boundary,
    propose,
    sentence_bounds,
    walk_left,
)
from kg.nlp.doc_index import doc_index
from kg.nlp.event_leads import (
    HOME_WORD,
    TIME_LEAD,
    WHOLE_AREA,
    attendance_inside,
    clause_subject,
    head_walk,
    lead_start,
    place_before,
)
from kg.nlp.lexicon import longest_suffix, pattern_of, word_list
from kg.nlp.programmes import event_name
from kg.schema import Label

NUMBER = "[一二三四五六七八九十]{1,3}"
CONGRESS = re.compile(
    rf"党的{NUMBER}大|{NUMBER}届{NUMBER}中全会|全国两会"
    rf"|[省市县区州旗]?第{NUMBER}次(?:党代会|党员代表大会)"  # 县第十一次党代会
    r"|(?:建党|建国|建军|新中国成立)\d{1,3}周年"  # 庆祝建党100周年
)
OBSERVANCE = re.compile(  # the days and festivals the country keeps (中国农民丰收节, 全国助残日)
    r"(?:中国|全国|国际|世界|中华)[\u4e00-\u9fff]{2,6}?(?:日|节)"
    r"(?=[^\u4e00-\u9fff]|到来|之际|期间|当天|前夕|来临|$)"
)
NOT_OBSERVANCES = ("节日", "工作日", "中心")  # 中华民族传统节日, 某中心工作日: no day named
SESSION = re.compile(  # a body's numbered session, wherever written (贯彻区委十一届七次全会精神)
    rf"(?:[省市县区州旗](?:纪委|政协|人大|委)?|纪委|政协|人大)?第?{NUMBER}届"
    rf"(?:中央纪委|中央|人大常委会|人大|政协)?第?{NUMBER}次(?:全体会议|会议|全会|常委会议|常委会)"
)
QUOTED = re.compile(r"“([^“”\n，。,；;！？]{4,40})”")  # “…村民致富大会”的会标
DATE = re.compile(
    r"\d{1,2}月(?:\d{1,2}日|份|初|上旬|中旬|下旬|底|以来)?|[近日前]日|日前|近日|当天|当日|昨天|今天|上午|下午"
)
CONVENE = ("召开", "举行", "举办", "主持召开", "组织召开")
CONVENED = re.compile(r"(召开|举行|举办)[了的]?$")  # 召开的“…”: the quoted event is held here
HOW = "隆重|顺利|正式|盛大|胜利|圆满"  # 某仪式顺利举行, 某会议胜利闭幕: how it was held
HELD_AFTER = re.compile(  # 全市经济工作会议召开, 某晚会(,)在某地举行, 某仪式顺利举行
    rf"(?<=[会议动式礼坛赛节展])(?:[,，]?在[^，。,；;！？\n]{{1,20}}?)?(?:{HOW})?"
    r"(召开|举行|举办|开幕|闭幕)(的|前夕|之际|前|以来|期间)?"
)
GOAL = re.compile(r"确保|保障|保证|力争|推动")  # 确保大会顺利召开: wished for, not reported
GUARDS = ("防御", "防范", "预防")  # 防御强降雨工作: no rain that fell
GUARDED = re.compile(r"防御|防范|预警|天气|工作")
QUOTES = {"“", "”"}  # 某市“春风行动”专项活动启动仪式暨…: the ceremony's name may hold a quote
CLAUSE_MARK = re.compile(r"[，。,；;！？!?\n]")
STOP = re.compile(
    r"[，。,；;！？!?、\n]|等|并(?:开展|举行|召开|进行|启动|组织)"
)  # 甲会并开展乙: two
DAY_OR_HOME = re.compile(rf"(?:今[天日]|当[天日]|昨[天日]|当晚|{HOME_WORD})(?!的)")
BAD_START = re.compile(  # a count opens no name (22类、180余项…活动); a date or a year may
    r"(?:的|了|[一两三四五六七八九十几][次场]|这次|此次|本次|这样的|这种|这场|那场|该|其"
    r"|(?!(?:19|20)\d\d[\u4e00-\u9fff])\d+(?![\d.]*\s*[年月日]))"
)
THEMED = re.compile(  # 开展主题为“X”的Y活动: Y活动; its theme's commas end no name
    r"(?:主题为|以)“[^“”\n。]{1,30}”(?:为主题)?的|主题为(?=“)"  # 举行主题为“X”活动: “X”活动
)
PARTY = re.compile(r"被告人|被告|犯罪嫌疑人")  # 审理被告人甲…一案: the case is named without it
COUNT = re.compile(r"\d+(?:场次|场|次)")  # 举办33场“…”系列招聘会: the count is no part of the name
QUOTED_HEAD = 8  # “春风行动”系列招聘洽谈会: the head stands this close after the quote
THEME_GAP = re.compile(r"[，。,；;！？!?、\n“]|等|的")  # “…”为主题的颁奖典礼: a clause, no name
MAX_CHARS = 60
YEAR_BEFORE = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?:年度?)?$")
CASE = re.compile(  # 公开审理一起合同诈骗案: the case, an event; not 案件, 案例
    r"(审理|开庭审理|宣判|侦破|破获)了?(?:[一两三四五六七八九十\d]+[起宗])?"
    r"([\u4e00-\u9fff“”·]{2,16}?案)(?![件例情子卷])"
)
OCCASION = re.compile(  # 在…上的重要讲话, 致…的贺信, 在…上强调: the occasion is an event
    r"(?:在|致)([^，。；;,“”《》\n]{4,120}?)(?:上)?的(?:重要)?(?:讲话|致辞|贺信|贺辞|贺电|指示)"
    r"|在([^，。；;,“”《》\n在]{4,60}?)上(?:作|发表)?了?(?:重要)?(?:讲话|强调|指出|发言|致辞|表示)"
)
MIN_OCCASION = 4
BRACKETS = re.compile(r"[(（)）]")
JOINERS = ("以及", "和", "及")  # 召开甲会议和乙会议: two events


@Language.factory("kg_events", default_config={"max_chars": MAX_CHARS})
def make_events(nlp: Language, name: str, max_chars: int):
    return functools.partial(find_events, max_chars=max_chars)


def propose_event(doc: Doc, start: int, end: int, trigger: str | None, source: str) -> None:
    """An event named after its verb, unless the stretch is a clause (的一次…会议,
    全乡小学教师参加了此次活动)."""
    text = doc_index(doc).text
    aspect = text.startswith("了", start)  # 召开了七届委员会第九次主席会议
    start += aspect
    start += trigger is not None and text.startswith("好", start)  # 开展好某活动: done well
    start += trigger in CONVENE and text.startswith("的", start)  # 近日召开的某局发布会上
    when = TIME_LEAD.match(text, start).end()  # 出席当天的捐赠仪式: a time, then the name
    start = when + 1 if when > start and text.startswith("的", when) else start
    day = DAY_OR_HOME.match(text, start)  # 出席今天集中开工仪式, 我县某推进会召开: no part of it
    start = day.end() if day else start
    praise = epithet().match(text, start)  # 举行了隆重的开工仪式
    start = praise.end() if praise else start
    count = COUNT.match(text, start) or PARTY.match(text, start) or THEMED.match(text, start)
    start = count.end() if count else start
    if BAD_START.match(text, start) or attendance_inside(text, start, end):
        return
    name = re.sub(r"\s", "", text[start:end])  # 第 32 次常务会议: the spaces are layout
    if aspect and trigger not in CONVENE and name in word_list("event_heads.txt"):
        return  # 参加了会议: the meeting met before, no name
    propose(doc, start, end, Label.EVENT, source, trigger=trigger, canonical=name)


@functools.cache
def epithet() -> re.Pattern:
    return re.compile(f"(?:{pattern_of(word_list('event_epithets.txt')).pattern})的")


@functools.cache
def event_triggers() -> re.Pattern:
    """The verbs after which an event is named (召开, 举行), longest first."""
    return pattern_of(word_list("event_triggers.txt"))


def meeting_words(doc: Doc) -> frozenset[str]:
    """The doc's words of three characters or more that end with 会 and are no body's head
    (督办会, 恳谈会, 观摩会; not 委员会, 商会, 全社会): meetings the head list may lack, named
    after the verb that convenes them (召开代表建议督办会)."""
    bodies = word_list("org_heads.txt")
    index = doc_index(doc)
    words = (index.text[start:end] for start, end in index.token_spans)
    return frozenset(
        t
        for t in words
        if len(t) >= 3
        and t.endswith("会")
        and not t.endswith("社会")
        and not longest_suffix(t, bodies)
    )


def find_events(doc: Doc, max_chars: int = MAX_CHARS) -> Doc:
    text = doc_index(doc).text
    heads = word_list("event_heads.txt")
    meetings = meeting_words(doc) - heads
    trig = event_triggers()
    last_token = doc_index(doc).token_at_end
    for m in OBSERVANCE.finditer(text):
        if not any(w in m.group(0) for w in NOT_OBSERVANCES):
            propose(doc, m.start(), m.end(), Label.EVENT, "observance")
    for m in CONGRESS.finditer(text):
        propose(doc, m.start(), m.end(), Label.EVENT, "congress")
        if text.startswith("报告", m.end()):  # 党的二十大报告: the congress's document
            propose(doc, m.start(), m.end() + 2, Label.PROGRAMME, "book_title")
    for m in SESSION.finditer(text):
        propose(doc, session_start(doc, m.start(), m.end()), m.end(), Label.EVENT, "trigger_event")
    for m in HELD_AFTER.finditer(text):
        end = m.start()
        i = last_token.get(end)
        wished = GOAL.search(text, clause_opening(text, end), end) and re.search(HOW, m.group(0))
        if i is not None and longest_suffix(text[:end], heads) and not wished:
            start = head_walk(doc, end, max_chars, heads)
            start = joined_start(doc, start, end, heads)
            start = lead_start(doc, start, end - max_chars)
            start = clause_subject(doc, start, end)
            year = YEAR_BEFORE.search(text, max(0, start - 6), start)
            start = year.start() if year else start  # 2025世界智能产业博览会: the year names it
            if end - start > 3 + (m.group(0)[0] == "在"):  # 主题的 | 慈善活动在某地举行
                held = None if m.group(2) else m.group(1)  # 会议召开的时间, …开幕前夕: a time
                propose_event(doc, start, end, held, "trigger_event")
    quoted_events(doc)
    cases(doc)
    occasions(doc, heads)
    spirits(doc, heads)
    settings(doc, heads)
    disasters(doc)
    for s, e in sentence_bounds(text):
        sentence = text[s:e]
        dated = bool(DATE.search(sentence))
        for m in trig.finditer(sentence):
            start = s + m.end()
            theme = THEMED.match(text, start + text.startswith("了", start))
            limit = min(
                name_stop(text, theme.end() if theme else start, e, heads), start + max_chars
            )
            end = last_head_end(text, start, limit, heads | meetings, last_token)
            if end is None or text[start:end] in meetings:
                continue  # 召开专题会: a kind of meeting, no name
            if dated or m.group(0) in CONVENE:
                for a, b in joined_events(text, start, end, heads | meetings, last_token):
                    propose_event(doc, a, b, m.group(0), "trigger_event")
    return doc


def joined_events(
    text: str, start: int, end: int, heads: frozenset[str], ends: Container[int]
) -> list[tuple[int, int]]:
    """The events one verb holds, joined by 和 or 及 after an event's head (召开甲党组会议和
    乙常务会议: two meetings); one name when no head stands before the joiner."""
    for k in range(start + 3, end - 3):
        joiner = next((j for j in JOINERS if text.startswith(j, k)), None)
        if joiner and k in ends and longest_suffix(BRACKETS.sub("", text[start:k]), heads):
            return [(start, k), *joined_events(text, k + len(joiner), end, heads, ends)]
    return [(start, end)]


def session_start(doc: Doc, start: int, end: int) -> int:
    """Where a session's name begins: a place or body read from before the match into it or
    right up to it (山西省|委十二届六次全会, 某区六届人大|二次会议), taken in whole; a place
    read into it only when a known one (开好 | 市政协…: a verb glued to the level)."""
    known = word_list("places.txt")
    text = doc_index(doc).text
    places = [
        c.start
        for c in candidates(doc)
        if c.label in (Label.PLACE, Label.ORGANIZATION)
        and c.start < start <= c.end < end
        and c.source != NER_SOURCE  # the statistical reader may glue a verb on (通报区…)
        and (c.label == Label.ORGANIZATION or c.end == start or text[c.start : start] in known)
    ]
    return min(places, default=start)


def stop_outside_quotes(text: str, start: int, end: int) -> int:
    """Where a name after its verb must end: the first comma, list mark or 等, outside the
    slogan that opens the name (举办“不忘初心,牢记使命”主题党日活动: the slogan's comma is
    in the name; a quote inside a name, 书记“晒党建、晒成绩”活动, leaves the list a list)."""
    stop = STOP.search(text, start, end)
    while (
        stop
        and text.startswith("“", start)
        and text.count("“", start, stop.start()) > text.count("”", start, stop.start())
    ):
        close = text.find("”", stop.start(), end)
        if close < 0:
            break
        stop = STOP.search(text, close, end)
    return stop.start() if stop else end


def clause_end(text: str, start: int, end: int) -> int:
    mark = CLAUSE_MARK.search(text, start, end)
    return mark.start() if mark else end


def name_stop(text: str, start: int, end: int, heads: frozenset[str]) -> int:
    """Where a name after its verb must end (see stop_outside_quotes); a 、 joining two
    acts of one event goes on (集中开工、竣工投产活动, 各联络组、活动组组长会议), one after
    an event's head (召开A会议、B会议) or before 等 does not."""
    stop = stop_outside_quotes(text, start, end)
    while (
        stop < end
        and text[stop] == "、"
        and not longest_suffix(text[start:stop], heads)
        and "等" not in text[stop : clause_end(text, stop, end)]
    ):
        stop = stop_outside_quotes(text, stop + 1, end)
    return stop


def joined_start(doc: Doc, start: int, end: int, heads: frozenset[str]) -> int:
    """Where a joint event's name begins: 某活动启动仪式暨城乡劳动者、高校毕业生专场招聘会
    is one event, the ceremony before 暨 and the fair after it (the list inside stops the
    walk from the fair's head; a verb in the ceremony's head, 开幕式, stops it too), else
    ``start``."""
    text = doc_index(doc).text
    j = text.rfind("暨", max(0, end - MAX_CHARS), end)  # before the walk's start, or inside
    head = longest_suffix(text[:j], heads) if j > 0 else None
    i = doc_index(doc).token_at_start.get(j - len(head)) if head else None
    if not i or CLAUSE_MARK.search(text, j, end):
        return start
    allow = INSIDE_NAME | WHOLE_AREA | QUOTES | heads  # 某会议预备会议暨…: a sitting of a meeting
    return min(start, walk_left(doc, i - 1, MAX_CHARS - (end - j), allow=allow))


def last_head_end(
    text: str, start: int, limit: int, heads: frozenset[str], ends: Container[int]
) -> int | None:
    """The furthest token end in [start, limit) where an event head ends; a head may hold
    its qualifier in brackets (县委常委(扩大)会: 扩大会)."""
    for end in range(limit, start + 2, -1):
        if end in ends and longest_suffix(BRACKETS.sub("", text[start:end]), heads):
            if end < len(text) and text[end] in '”"':
                continue
            return end
    return None


def occasions(doc: Doc, heads: frozenset[str]) -> None:
    """Events named as the occasion of a speech or a letter (在某峰会上的重要讲话; 致甲博览会、
    乙洽谈会的贺信): each name of the list that ends with an event head, a list mark inside
    a name kept (中俄友好、和平与发展委员会第十五次双方全会)."""
    text = doc_index(doc).text
    for m in OCCASION.finditer(text):
        g = 1 if m.group(1) else 2
        start = m.start(g)
        if BAD_START.match(text, start):
            continue  # 在此次会议上强调: the meeting named before
        for k in [*(j for j in range(m.start(g), m.end(g)) if text[j] == "、"), m.end(g)]:
            if longest_suffix(text[start:k], heads) and k - start >= MIN_OCCASION:
                propose_event(doc, start, k, None, "trigger_event")  # not held here
                start = k + 1


SPIRIT = re.compile(r"(?:文件)?精神")
SPIRIT_JOINER = re.compile(r"以及|[、和及]")
DAY = re.compile(r"\d{1,2}[月日]")
VAGUE = ("有关", "相关", "等", "一系列")  # 省、市有关会议, 甲等一系列会议: no meeting named


def spirits(doc: Doc, heads: frozenset[str]) -> None:
    """Meetings whose spirit is studied or carried out (传达学习甲政治局会议、乙委员会第六次
    会议精神; 体现了甲工作会议和乙全会精神): events held elsewhere, each name of the list
    before 精神 that ends with an event head, after the verbs and the day that lead it."""
    index = doc_index(doc)
    text = index.text
    for m in SPIRIT.finditer(text):
        start = clause_opening(text, m.start())
        cuts = [
            start,
            *(k for j in SPIRIT_JOINER.finditer(text, start, m.start()) for k in j.span()),
        ]
        cuts.append(m.start())
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            verbs = [k for k in range(a, b) if k in index.token_at_end and studies(doc, k)]
            a = max(verbs, default=a)  # 各部门要把学习宣传贯彻落实 | 市委某全会
            while (i := index.token_at_start.get(a)) is not None and a < b and leads(doc[i].text):
                a += len(doc[i].text)  # 也是 | 县委经济工作会议, 8月23日 | 某会议
            name = text[a:b]
            if (
                len(name) >= MIN_OCCASION
                and longest_suffix(name, heads)
                and not BAD_START.match(name)
                and not any(w in name for w in VAGUE)
            ):
                propose_event(doc, a, b, None, "trigger_event")  # not held here


def studies(doc: Doc, end: int) -> bool:
    """Whether the token ending at ``end`` is a verb of studying a spirit (spirit_verbs.txt)."""
    return doc[doc_index(doc).token_at_end[end]].text in word_list("spirit_verbs.txt")


def leads(word: str) -> bool:
    """A word that leads a name and is none of it: a verb, a particle, a day; not a scope
    (全县 | 三级干部大会: the county's)."""
    scope = len(word) == 2 and word[0] in "全我" and word[1] in LEVELS
    return not scope and (is_boundary(word) or acts_on_names(word) or bool(DAY.fullmatch(word)))


SETTING = re.compile(  # 在随后的座谈会上, 开班仪式上: not 此次大会上 (the one named before)
    r"(?:^|(?<=[，。；,;\n]))在?(?:随后(?:召开)?的|当天的)?(?![此本这该今])([\u4e00-\u9fff]{3,4})上[，,]",
    re.M,
)


def settings(doc: Doc, heads: frozenset[str]) -> None:
    """A meeting or ceremony named by its kind alone as the setting of what follows (在随后的
    座谈会上,甲介绍了…; 开班仪式上,乙作了发言): an event held there, unless one of that
    kind was named before (会议上 points back to it)."""
    text = doc_index(doc).text
    for m in SETTING.finditer(text):
        kind = m.group(1)
        if not longest_suffix(kind, heads):
            continue
        named = any(
            c.label == Label.EVENT and c.end <= m.start(1) and kind in text[c.start : c.end]
            for c in candidates(doc)
        )
        if not named:
            propose(doc, m.start(1), m.end(1), Label.EVENT, "trigger_event", trigger="召开")


def quoted_events(doc: Doc) -> None:
    """A quoted name ending in an event head other than 活动 (a standing activity may be a
    programme): the event's banner or title (“…致富大会”的会标, 一场“…运动会”); and a
    quoted name with such a head right after it, the quotes and the head together
    (“民营企业用工”专场招聘会, “春风行动”系列招聘洽谈会: the quote names its theme). A
    quote right after the verb that convenes it (召开的“…恳谈会”) is held there."""
    index = doc_index(doc)
    for m in QUOTED.finditer(index.text):
        if event_name(m.group(1)):
            verb = CONVENED.search(index.text, max(0, m.start() - 4), m.start())
            trigger = verb.group(1) if verb else None  # 召开的“…恳谈会”: held here
            propose(doc, m.start(1), m.end(1), Label.EVENT, "quoted", trigger=trigger)
            continue
        stop = THEME_GAP.search(index.text, m.end(), m.end() + QUOTED_HEAD)
        limit = stop.start() if stop else min(len(index.text), m.end() + QUOTED_HEAD)
        end = last_head_end(
            index.text, m.end() - 1, limit, word_list("event_heads.txt"), index.token_at_end
        )
        if end is not None and event_name(index.text[m.end() : end]):
            start = place_before(doc, m.start())
            name = re.sub(r"\s", "", index.text[start:end])
            propose(doc, start, end, Label.EVENT, "quoted", canonical=name)


def cases(doc: Doc) -> None:
    """A case tried or solved (公开审理一起合同诈骗案, 成功破获系列盗窃案): an event,
    named without the count before it."""
    index = doc_index(doc)
    for m in CASE.finditer(index.text):
        party = PARTY.match(index.text, m.start(2))  # 被告人某某…一案: named without it
        start = party.end() if party else m.start(2)
        if start in index.token_at_start or index.text[start - 1] in "起宗":
            propose(doc, start, m.end(2), Label.EVENT, "trigger_event", trigger=m.group(1))


def disasters(doc: Doc) -> None:
    """Weather and disasters the news reports as events (强降雨, 台风), whole words; a short
    form is named as the fuller one the article writes (强降雨 as 短时强降雨)."""
    index = doc_index(doc)
    words = word_list("event_disasters.txt")
    found = list(pattern_of(words).finditer(index.text))
    written = {m.group(0) for m in found}
    for m in found:
        guarded = GUARDED.match(index.text, m.end()) or index.text.endswith(GUARDS, 0, m.start())
        if m.start() in index.token_at_start and m.end() in index.token_at_end and not guarded:
            full = max((w for w in written if w.endswith(m.group(0))), key=len)
            propose(doc, m.start(), m.end(), Label.EVENT, "trigger_head", canonical=full)
