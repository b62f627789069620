"""Visits written as a movement and a purpose: 来到A、B进行实地查看, 深入甲村X合作社,
乙村Y合作社进行调研, 来广考察.

A movement verb (kg/nlp/data/motion_verbs.txt) followed, later in the same
sentence, by a visiting verb (a VISITED row of the trigger table) makes one
visit; the places and bodies named between them are where the visit went. A
chain of names written together (板店乡彭营村大地合作社) is one address: the
last, most specific name is the one visited. With no name between them, a short
form of the home city (来广考察, in a paper of 广德市) is the place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.extract.evidence import CLAUSE
from kg.nlp.candidates import clause_opening
from kg.nlp.lexicon import longest_suffix, ordered_words, table, word_list
from kg.nlp.triggers import action_pattern, action_table
from kg.records import Article, Mention
from kg.schema import Label, RelType

PLACES = (Label.PLACE, Label.ORGANIZATION)
SITES = (*PLACES, Label.PROGRAMME)  # 来到甲工程、乙公园等项目现场察看: a project is a site
MAX_SPAN = 120  # 来到甲村、乙村,对…、…情况进行走访调研: the purpose may stand far after
SHORT_FORM = re.compile(r"^[\u4e00-\u9fff]{1,2}$")
TOPIC_VERB = re.compile(r"进行|开展")  # 对…情况进行走访
ADDRESS_GAP = re.compile(r"(?:[\u4e00-\u9fff]{1,6}的)?")  # 某乡 | 最偏远的 | 某村: one address
SITES_END = re.compile(r"等(?:处|地|单位|场所)|(?<=[^，。,；;])家中")  # 来到甲、乙等处
ROUNDS = ("先后", "相继", "依次")  # 先后到甲、乙: one after another, a round of visits
SETTING = re.compile(r"\s*在([\u4e00-\u9fff]{2,24}?)(?:家|内|里|现场)?[,，]")


@dataclass
class Visit:
    motion: re.Match  # the movement verb, or the topic marker (就X…调研)
    purpose: re.Match  # the verb it leads to
    places: list[Mention]
    type: str = RelType.VISITED  # ACTED for another purpose (到X开展Y活动)

    @property
    def moves(self) -> bool:
        """A movement (来到X): the names between are where it went, no one's subject."""
        return self.motion.group(0) not in ordered_words("topic_markers.txt")

    @property
    def verb(self) -> str:
        if CLAUSE.fullmatch(self.purpose.group(0)):
            return self.motion.group(0)  # 先后到甲、乙,…: the movement alone
        return f"{self.motion.group(0)}…{self.purpose.group(0)}"


def adverb(text: str, after: int, word_starts: set[int]) -> bool:
    """深入 before a verb that is no act of its own (深入 | 学习, 深入 | 贯彻): an adverb
    (deeply), not a visit (深入 | 某镇, 深入 | 调研, 深入 | 联系点: a whole word only)."""
    word = next(
        (
            text[after : after + k]
            for k in (2, 3)
            if text[after : after + k] in word_list("verbs.txt") and after + k in word_starts
        ),
        None,
    )
    return word is not None and word not in action_table()


@functools.cache
def motion_pattern() -> re.Pattern:
    words = ordered_words("motion_verbs.txt") + ordered_words("topic_markers.txt")
    return re.compile("|".join(map(re.escape, words)))


def visits_in(
    article: Article, start: int, end: int, mentions: list[Mention], word_starts: set[int]
) -> list[Visit]:
    """The visits written in text[start:end] (one sentence)."""
    text, out = article.text, []
    for motion in motion_pattern().finditer(text, start, end):
        if motion.start() not in word_starts or inside(motion.start(), mentions):
            continue
        if motion.group(0) == "深入" and adverb(text, motion.end(), word_starts):
            continue  # 深入学习某某在某地考察时的讲话: deeply, no movement
        purpose = purpose_of(text, motion, end, word_starts, mentions)
        stops = sites_end(text, motion, end, word_starts)
        if purpose and stops and purpose.start() < stops.end():
            stops = None  # 到甲等地调研: the verb after the places says what the visit was
        purpose = stops or purpose
        if purpose is None or (out and motion.start() < out[-1].purpose.end()):
            continue
        kind = RelType.VISITED if stops else visit_kind(text, motion, purpose, word_starts)
        topic = motion.group(0) in ordered_words("topic_markers.txt")
        if topic and moves_before(text, motion.end(), purpose.start(), word_starts):
            continue  # 就某工作到甲县、乙县调研: the movement names where the visit went
        homes = bool(stops) and stops.group(0).endswith("家中")  # 到甲、乙等人家中: the people
        between = [
            m
            for m in outermost(
                mentions, motion.end(), topic_start(text, motion, purpose, word_starts)
            )
            if (m.label in (PLACES if topic else SITES) or (homes and m.label == Label.PERSON))
            and (m.label in PLACES or kind != RelType.VISITED or project(m) or homes)
        ]
        if between and topic:
            between = [m for m in between if m.start == between[0].start]  # 就X镇创建Y: X镇
        places = most_specific(text, between) or written_short(
            article, motion.end(), purpose.start()
        )
        if kind and places:
            out.append(Visit(motion, purpose, places, kind))
    return out


def moves_before(text: str, start: int, end: int, word_starts: set[int]) -> bool:
    """Whether a movement verb stands as a word of its own in text[start:end]."""
    moves = ordered_words("motion_verbs.txt")
    return any(
        m.start() in word_starts and m.end() in word_starts and m.group(0) in moves
        for m in motion_pattern().finditer(text, start, end)
    )


def sites_end(text: str, motion: re.Match, end: int, word_starts: set[int]) -> re.Match | None:
    """A movement to places listed up to 等处, 等地 or 家中, in its clause, before any verb
    (先后来到甲中心、乙部等处,详细了解…; 到某某等人家中,送上慰问金), or after 先后 up to
    the clause's end: the movement is the visit; a one-character verb only as a whole word
    (到 of 到位 is none)."""
    if motion.start() not in word_starts or (
        len(motion.group(0)) < 2 and motion.end() not in word_starts
    ):
        return None
    clause = CLAUSE.search(text, motion.end(), end)
    listed = SITES_END.search(text, motion.end(), clause.start() if clause else end)
    if listed is None and clause and text.endswith(ROUNDS, 0, motion.start()):
        return clause  # 先后到甲、乙、丙,进企业、看园区: a round of visits, the sites listed
    return listed


def project(m: Mention) -> bool:
    """A programme is a visited site when it names a project by its head (甲工程, 乙产业园), not a
    scheme or a quoted label (棉花“百亩/千亩”示范点: the 示范点 are where the visit goes)."""
    return bool(longest_suffix(m.name.strip("“”"), word_list("project_heads.txt")))


@functools.cache
def own_subject_verbs() -> frozenset[str]:
    """Verbs acting only for a subject of their own clause or 由 frame (verb_roles.tsv:
    named, framed), and responses to a disaster (respond: 赶赴某中心,现场调度 is no visit
    made to direct there, the direction is the disaster's)."""
    roles = (("named",), ("framed",), ("respond",))
    return frozenset(r[0] for r in table("verb_roles.tsv") if r[1:] in roles)


def purpose_of(
    text: str, motion: re.Match, end: int, word_starts: set[int], mentions: list[Mention]
) -> re.Match | None:
    """The verb a movement leads to: the next verb, not one inside a name (深入某某结对帮扶
    创建工作联系点…慰问: 创建 names the work); for a topic marker (就X…做了调研), the next
    visiting verb of its clause."""
    topic = motion.group(0) in ordered_words("topic_markers.txt")
    sites = [m for m in mentions if m.label in SITES]
    for t in action_pattern().finditer(text, motion.end(), min(end, motion.end() + MAX_SPAN)):
        if t.start() not in word_starts or t.group(0) in own_subject_verbs():
            continue  # 到某地建设现场: building is no purpose of a movement
        if inside(t.start(), sites):
            continue  # 某某结对帮扶创建工作联系点: a verb inside a site's name
        if not topic and in_topic(text, t, word_starts):
            continue  # 来到甲村,对美丽庭院创建…情况进行走访: 创建 is what was looked at
        if not topic or action_table()[t.group(0)] == RelType.VISITED:
            nxt = action_pattern().match(text, t.end())  # 到X开展调研: the visit is the purpose
            if action_table()[t.group(0)] != RelType.VISITED and nxt:
                return nxt if action_table()[nxt.group(0)] == RelType.VISITED else t
            return t
        if CLAUSE.search(text, motion.end(), t.start()):
            return None
    return None


def topic_marker(text: str, k: int, word_starts: set[int]) -> bool:
    """对 as a word of its own at ``k`` (not 对接, 针对)."""
    return text[k] == "对" and k in word_starts and k + 1 in word_starts


def topic_start(text: str, motion: re.Match, purpose: re.Match, word_starts: set[int]) -> int:
    """Where the places a movement went to end: at a 对 opening the topic before the purpose
    (来到甲村、乙村,对某某香瓜种植情况进行走访: 某某 is what was looked at), else at the purpose."""
    marks = [k for k in range(motion.end(), purpose.start()) if topic_marker(text, k, word_starts)]
    topic = motion.group(0) in ordered_words("topic_markers.txt")
    return marks[0] if marks and not topic else purpose.start()


def in_topic(text: str, verb: re.Match, word_starts: set[int]) -> bool:
    """A verb inside the topic of 对…进行/开展 (对美丽庭院创建情况进行走访): part of what the
    act is about, not the act."""
    opening = clause_opening(text, verb.start())
    closing = CLAUSE.search(text, verb.end())
    after = text[verb.end() : closing.start() if closing else len(text)]
    marker = [k for k in range(opening, verb.start()) if topic_marker(text, k, word_starts)]
    return bool(marker) and TOPIC_VERB.search(after) is not None


def visit_kind(text: str, motion: re.Match, purpose: re.Match, word_starts: set[int]) -> str | None:
    """VISITED when the purpose is a visiting verb; ACTED when a movement verb leads to
    another verb of its own clause (到X开展送教活动); None when the words are no visit
    (到位, 来源: a one-character verb must be a word; 就 and 对 mark a topic only for a
    visiting verb of their clause)."""
    one_clause = not CLAUSE.search(text, motion.end(), purpose.start())
    single = len(motion.group(0)) == 1
    if single and motion.end() not in word_starts and purpose.start() - motion.end() > 2:
        return None
    if action_table()[purpose.group(0)] == RelType.VISITED:
        topic = motion.group(0) in ordered_words("topic_markers.txt")
        return RelType.VISITED if one_clause or not topic else None
    if one_clause and motion.group(0) in ordered_words("motion_verbs.txt"):
        return RelType.ACTED
    if not single and motion.group(0) in ordered_words("motion_verbs.txt"):
        return RelType.VISITED  # 来到甲村,为…颁发奖牌: went there to act, a visit
    return None


def outermost(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions in text[start:end] not inside a longer programme there (甲河防洪治理
    is the site, not 甲河)."""
    inner = [m for m in mentions if start <= m.start and m.end <= end]
    sites = [m for m in inner if m.label == Label.PROGRAMME]
    return [
        m
        for m in inner
        if not any(s is not m and s.start <= m.start and m.end <= s.end for s in sites)
    ]


def inside(pos: int, mentions: list[Mention]) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


def most_specific(text: str, names: list[Mention]) -> list[Mention]:
    """A place written right before another place or body, or before a 的-phrase that
    describes it, is its address (板店乡彭营村大地合作社, 某乡最偏远的某村): keep the last,
    most specific name. Other names side by side (“村村联建”“村企联建”) stay each one."""
    ordered = sorted(names, key=lambda m: m.start)
    return [
        m
        for k, m in enumerate(ordered)
        if not (
            m.label == Label.PLACE
            and k + 1 < len(ordered)
            and ADDRESS_GAP.fullmatch(text, m.end, ordered[k + 1].start)
            and ordered[k + 1].label in PLACES
        )
    ]


def written_short(article: Article, start: int, end: int) -> list[Mention]:
    """来广考察 in a paper of 广德市: a one- or two-character short form of the home city; else
    来闽考察: a province's one-character short form (kg/nlp/data/province_abbreviations.tsv)."""
    word = article.text[start:end]
    city = article.home_city
    if city and SHORT_FORM.match(word) and city.startswith(word) and len(city) > len(word):
        return [Mention(Label.PLACE, city, word, start, end, home_city=True)]
    province = province_abbreviations().get(word)
    return [Mention(Label.PLACE, province, word, start, end)] if province else []


@functools.cache
def province_abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in table("province_abbreviations.tsv") if len(row) == 2}


def inside_visit(m: Mention, v: Visit) -> bool:
    """Whether ``m`` stands between a visit's movement and its purpose (where it went)."""
    return v.motion.end() <= m.start and m.end <= v.purpose.start()


def setting_of(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The place or body a sentence opens with as its setting (在县敬老院,甲看望慰问…;
    在某村,乙察看了…): where the visits written after it went, when they name no place."""
    m = SETTING.match(text, start)
    if not m:
        return None
    named = [n for n in mentions if n.label in PLACES and start < n.start and n.end <= m.end(1)]
    last = max(named, key=lambda n: n.end, default=None)
    return last if last and last.end == m.end(1) else None
