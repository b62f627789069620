"""What each figure measures: the entity its clause is about, never a person.

Government news reports numbers about a programme, an event, a body or a place
(全县共发放补贴X万元 → the subsidy; 该公司年产值X亿元 → the company; 某县GDP增长X%
→ the county). The nearest name is often the wrong one (a person quoted, a list
of villages, the office a figure was learnt from), so the target is read from
the clause's structure, most specific first:

1. a programme or event named in the figure's clause (not the means, 通过/以…, nor a
   document, 《…》: a policy's figures are its programme's, not its text's);
   the event the sentence opens with after 此次/本次; the last event held, when the
   figure counts who attend it (共58名代表参加会议);
2. the body or place the clause opens with, as its subject;
   then, for a part (…企业100家,其中规上企业30家), what the figure before measures;
   then the event an earlier clause of the sentence holds (某镇举办某活动,为全镇52名…);
3. the subject of an earlier clause of the sentence (某公司积极落实“某理念”,…226万吨);
4. a programme or event named earlier in the sentence;
5. for a standard (按照每人47元的标准,…发放某补贴), the programme or event named later
   in the sentence;
6. the meeting, when the sentence opens with it (会上, 活动中, 此次活动);
7. the body whose named leader opens the clause or sentence (某商会会长张三…捐款);
8. the subject of an earlier sentence of the paragraph (该厂…; 这批物资…);
9. the programme or event the article's lead reports as held or launched;
10. the body whose staff open the clause or sentence (某所工作人员…悬挂: their
    work is the programme's, when the lead launched one);
    then the body or programme named before that the clause's head word or quoted
    short name points back to (合作社吸纳…; “资金池”由…组成);
11. the scope word that opens the clause or sentence (全市, 全乡: the home city, the
    last township named);
12. the subject of the lead (我市…, 某公司…).

A subject carried from an earlier paragraph is not used: a new paragraph of
this genre usually opens a new topic.

A clause's subject is read by kg.extract.topics. A person is never the
target: a number a leader gives is about the body, place or programme he
speaks for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.evidence import evidence, key
from kg.extract.topics import (
    SCOPE_SUFFIXES,
    Subject,
    clause_start,
    nested,
    sentence_start,
    subject_of,
)
from kg.nlp.programme_shapes import honoured_count
from kg.nlp.triggers import trigger_table
from kg.records import Mention, Relation
from kg.schema import Label, RelType

if TYPE_CHECKING:
    from kg.extract.actions import ActionReader

ACTORS = (Label.PERSON, Label.ORGANIZATION)
TARGETED = (Label.PROGRAMME, Label.EVENT)
SOURCE_OF_NEWS = re.compile(r"上?(?:获悉|了解到|得知)")
NAMED = (Label.ORGANIZATION, Label.PROGRAMME)  # what a head word or short name points back to
MEANS = re.compile(r"(?:以|通过|按照|采取|借助)$")
SUB_FIGURE = re.compile(r"其中[，,：:]?")
STANDARD = re.compile(r"按照|依照|依据|根据|按每")
SINCE = re.compile(
    r"\s*(?:据悉|据了解)?[，,]?\s*自(?:从)?"
)  # 自某会召开以来: a time, not the topic
PROSE_END = ("。", "！", "？", "!", "?", "。”", "！”", "？”", "；", ";")  # ；too
ATTENDING = re.compile(r"[^，。,；;！？]{0,12}?(?:参加|出席|列席|旁听|参会|观摩)")  # 四十位代表旁听
THIS_TIME = "(?:此次|本次|这次)"
MEETING_OPENS = re.compile(  # 会上, 活动中, 此次执行行动: the sentence is about the event
    r"\s*(?:会上|会议|活动中|活动现场|大会|[^，。,]{0,8}活动上"
    rf"|{THIS_TIME}[^，。,]{{0,8}}(?:活动|行动|会议|仪式))"
)
THIS = re.compile(rf"\s*{THIS_TIME}")
# The first words of a sentence, to find in the name of the event just held.
ECHO = re.compile(r"[\u4e00-\u9fff]{4}")
ITEM_GAP = re.compile(r"[\u4e00-\u9fff]{0,3}")  # “乙”提名 | 4名, “丙”获得者 | 5个: one item
HELD_GAP = 6  # 全面启动|春节景观亮化工作: the launch verb stands this close before the name


@dataclass
class Topic:
    """What the article is about so far: its lead, the last subject and its paragraph."""

    lead_sentence: int | None = None
    lead_target: Mention | None = None
    lead_subject: Mention | None = None
    paragraph: int = -1
    subject: Mention | None = None
    places: dict[str, str] = field(default_factory=dict)  # the last place named per suffix
    home: str | None = None  # the article's home city
    last: tuple[int, Mention] | None = None  # the paragraph and target of the last figure
    named: list[Mention] = field(default_factory=list)  # bodies and programmes named so far
    home_place: Mention | None = None  # the article's first naming of its home city

    def place_for(self, suffix: str) -> str | None:
        """The place a scope word of this suffix means (全乡, 全县): the home city when it is
        of that kind (a county paper's 全县), else the last one named."""
        home = self.home if self.home and self.home.endswith(suffix) else None
        return home or self.places.get(suffix)

    def named_for(self, word: str) -> Mention | None:
        """The last body or programme named whose name ends with ``word`` and is longer."""
        names = ((m, m.name.strip("“”")) for m in reversed(self.named))
        return next((m for m, name in names if name.endswith(word) and name != word), None)

    def see(self, reader: ActionReader, start: int, here: list[Mention]) -> None:
        """Note the clause beginning at ``start``: its subject, and the lead's names."""
        text = reader.text
        found = subject_of(text, start, here, len(text), self)
        if found and found.kind == "body":
            self.subject, self.paragraph = found.mention, text.rfind("\n", 0, start)
        self.named += [m for m in here if m.label in NAMED and not m.refers_back]
        for m in here:
            suffix = next((x for x in SCOPE_SUFFIXES if m.name.endswith(x)), None)
            if m.label == Label.PLACE and suffix:
                self.places[suffix] = m.name
        if here[0].sentence != self.lead_sentence:
            return
        if found and found.kind != "staff":
            self.lead_subject = self.lead_subject or found.mention
        if not self.lead_target:
            self.lead_target = next(
                (m for m in here if m.label in TARGETED and held(text, m)), None
            )


def held(text: str, m: Mention) -> bool:
    """Whether the lead reports the event or programme as held or launched (召开…会议,
    启动…工作), not as a time (党的十八大以来) or a policy carried out (落实…建设)."""
    if SOURCE_OF_NEWS.match(text, m.end):
        return False  # 记者从近日召开的某发布会上获悉: where the news came from, not its topic
    if m.label == Label.EVENT and m.trigger:
        return True
    return bool(held_before().search(text, max(0, m.start - HELD_GAP), m.start))


@functools.cache
def held_before() -> re.Pattern:
    """A HELD verb of the trigger table (召开, 启动, 开展), up to two characters before a name."""
    verbs = sorted((v for v, t in trigger_table().items() if t == "HELD"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, verbs)) + r")\S{0,2}$")


def lead_sentence(text: str, sentences: list[tuple[int, int]]) -> int:
    """The first prose sentence (a heading or a credit line does not end in 。)."""
    return next(
        (k for k, (s, e) in enumerate(sentences) if text[s:e].rstrip().endswith(PROSE_END)), 0
    )


def clause_measures(
    reader: ActionReader, here: list[Mention], in_sentence: list[Mention]
) -> list[Relation]:
    """MEASURES of the figures of one clause, read with the topic the reader carries."""
    text, out, topic = reader.text, [], reader.topic
    if topic.lead_sentence is None:
        topic.lead_sentence = lead_sentence(text, reader.sentences)
        topic.home = reader.article.home_city
        topic.home_place = home_place(reader.mentions, topic.home)
    for fig in (m for m in here if m.label == Label.FIGURE):
        target = measured(text, fig, here, in_sentence, topic, reader.last_event)
        if target:
            topic.last = (text.rfind("\n", 0, fig.start), target)
        for one in each_of(text, fig, here) or ([target] if target else []):
            where = evidence(text, reader.sentences, fig.start, one.start)
            out.append(Relation(RelType.MEASURES, key(fig), key(one), where))
    for fig, name in named_figures(here, in_sentence):  # 年产5000吨精制木糖项目
        where = evidence(text, reader.sentences, fig.start)
        out.append(Relation(RelType.MEASURES, key(fig), key(name), where))
    if here:
        topic.see(reader, clause_start(text, here[0].start), here)
    return out


def named_figures(here: list[Mention], sentence: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Figures written inside a programme's or event's name (年产5000吨精制木糖项目,
    14起…案件集中出庭公诉): each measures the name it stands in."""
    return [
        (fig, name)
        for name in here
        if name.label in (Label.PROGRAMME, Label.EVENT)
        for fig in sentence
        if fig.label == Label.FIGURE and name.start <= fig.start and fig.end <= name.end
    ]


def measured(
    text: str,
    fig: Mention,
    clause: list[Mention],
    sentence: list[Mention],
    topic: Topic,
    last_event: Mention | None,
) -> Mention | None:
    """The entity a figure is about: the first of its readings that finds one."""
    readings = readings_of(text, fig, clause, sentence, topic, last_event)
    return next((target for target in readings if target is not None), None)


def readings_of(
    text: str,
    fig: Mention,
    clause: list[Mention],
    sentence: list[Mention],
    topic: Topic,
    last_event: Mention | None,
) -> Iterator[Mention | None]:
    """What the figure measures by each reading of the module's docstring, in its order."""
    start = clause_start(text, fig.start)
    earlier = [
        m
        for m in sentence
        if m.end <= start and not nested(m, sentence) and not text.startswith("讯", m.end)
    ]  # 某某日报讯(记者 X)经过…: the paper's dateline is no clause's subject
    later = [m for m in sentence if m.start >= fig.end and m not in clause]
    own = subject_of(text, start, clause, fig.start, topic)
    before = earlier_subject(text, earlier, topic)
    kinds = {s.kind: s.mention for s in (before, own) if s is not None}  # its own clause's first
    yield programme_or_event(text, fig, clause, topic, own)
    yield this_event(text, fig, sentence, last_event)
    yield attendance(text, fig, last_event)
    yield own.mention if own and own.kind == "body" else None
    yield part_of_last(text, start, topic)
    yield held_before_clause(text, earlier)
    yield before.mention if before and before.kind == "body" else None
    yield programme_or_event(text, fig, earlier, topic, before)
    standard = STANDARD.search(text, start, fig.start)
    yield programme_or_event(text, fig, later, topic, None) if standard else None
    yield meeting(text, fig, last_event)
    yield kinds.get("leader")
    scoped = own is not None and own.kind == "scope"  # 村里已建起…: not the subject carried
    yield topic.subject if topic.paragraph == text.rfind("\n", 0, start) and not scoped else None
    yield topic.lead_target
    yield kinds.get("staff")
    yield kinds.get("head")
    yield kinds.get("scope")
    yield topic.lead_subject
    yield topic.home_place if only_figures(sentence) else None


def home_place(mentions: list[Mention], home: str | None) -> Mention | None:
    """The article's first 全市/我市 for the paper's own city, in a report of its area that
    names no event nor programme (an economy's figures): else a figure no clause places
    belongs to what was held or run, not to the city."""
    if any(m.label in TARGETED for m in mentions):
        return None
    return next((m for m in mentions if m.home_city and home and m.name == home), None)


def only_figures(sentence: list[Mention]) -> bool:
    """Whether a figure's sentence names nothing but figures: a report of the paper's own
    area (第一产业增加值145.88亿元,增长3.8%) whose figures are the home city's."""
    return all(m.label == Label.FIGURE for m in sentence)


def each_of(text: str, fig: Mention, clause: list[Mention]) -> list[Mention]:
    """The bodies a figure measures one by one (甲公司、乙公司各捐款5万元): the list of
    bodies or places that opens the clause and ends right before 各."""
    listed = [
        m for m in clause if m.end <= fig.start and m.label in (Label.ORGANIZATION, Label.PLACE)
    ]
    if not listed or not text.startswith("各", listed[-1].end):
        return []
    members = [listed[-1]]
    for m in reversed(listed[:-1]):
        if text[m.end : members[0].start] not in ("、", "和", "及", "与"):
            break
        members.insert(0, m)
    return members if len(members) > 1 else []


def held_before_clause(text: str, earlier: list[Mention]) -> Mention | None:
    """The event an earlier clause of the sentence holds (某镇举办某活动,为全镇52名党员…;
    某区召开某招聘会,提供岗位800个): what the clause after it counts, not its holder; not
    one it follows as a standard (按照区委组织…活动要求,组织100名干部: the body's figure)
    nor one that only dates the clause (自某现场会召开以来,…迎接了3批参观)."""
    return next(
        (
            m
            for m in reversed(earlier)
            if m.label == Label.EVENT
            and m.trigger
            and not STANDARD.search(text, clause_start(text, m.start), m.start)
            and not SINCE.match(text, clause_start(text, m.start))
            and not SOURCE_OF_NEWS.match(text, m.end)
        ),
        None,
    )


def part_of_last(text: str, start: int, topic: Topic) -> Mention | None:
    """What the figure before measures, for a part of it: the clause or sentence opens with
    其中 (…企业100家,其中规上企业30家)."""
    if topic.last is None or topic.last[0] != text.rfind("\n", 0, start):
        return None
    opening = sentence_start(text, start)
    return (
        topic.last[1] if SUB_FIGURE.match(text, start) or SUB_FIGURE.match(text, opening) else None
    )


def programme_or_event(
    text: str, fig: Mention, pool: list[Mention], topic: Topic, subject: Subject | None
) -> Mention | None:
    """The programme or event of ``pool`` nearest the figure, unless named as the means.

    A figure after a list of names (“A”“B”等…活动90余场) counts the whole list's
    activity, so it goes to the subject, or to the one carried, never to the list's last
    name (甲基地、乙产业园等项目5个: the later readings, such as the meeting, follow).
    """
    near = [
        m
        for m in pool
        if m.label in TARGETED
        and not m.name.startswith("《")  # a document says how, it is not what is counted
        and not MEANS.search(text, max(0, m.start - 3), m.start)
        and not honoured_count(text, m.start)  # 表彰了10个先进单位: the occasion's
    ]
    if not near:
        return None
    right_before = [
        m for m in near if m.end <= fig.start and ITEM_GAP.fullmatch(text, m.end, fig.start)
    ]  # “甲”3名、“乙”提名4名: 3名 is 甲's, 4名 乙's
    best = right_before[0] if right_before else min(near, key=lambda m: abs(m.start - fig.start))
    if best.end <= fig.start and "等" in text[best.end : fig.start]:
        return (subject.mention if subject else None) or topic.subject
    return best


def earlier_subject(text: str, earlier: list[Mention], topic: Topic) -> Subject | None:
    """The subject of the first earlier clause of the sentence that has one."""
    for start in sorted({clause_start(text, m.start) for m in earlier}):
        found = subject_of(text, start, earlier, earlier[-1].end, topic)
        if found:
            return found
    return None


def meeting(text: str, fig: Mention, last_event: Mention | None) -> Mention | None:
    """The last event held, when the figure's sentence opens with it (会上, 活动中)."""
    if last_event and MEETING_OPENS.match(text, sentence_start(text, fig.start), fig.start):
        return last_event
    return None


def this_event(
    text: str, fig: Mention, sentence: list[Mention], last_event: Mention | None
) -> Mention | None:
    """The event a sentence opens with after 此次/本次 (此次某区“春风行动”系列招聘洽谈会准备了
    岗位1500余个,…企业100余家): what all its figures are about; with no name before the
    figure (本次集中签约项目共计23个, or the event's own words: 集中开工项目30个), the last
    event held."""
    start = sentence_start(text, fig.start)
    opening = THIS.match(text, start)
    named = (m for m in sentence if m.start >= start and m.label != Label.FIGURE)
    first = min(named, key=lambda m: (m.start, -m.end), default=None)
    if not opening:
        echo = echoed(text, start, last_event)
        return last_event if echo and (first is None or first.start >= fig.start) else None
    if first and first.label == Label.EVENT and first.start <= opening.end() + 1:
        return first
    return last_event if first is None or first.start >= fig.start else None


def echoed(text: str, start: int, event: Mention | None) -> re.Match | None:
    """A sentence opening with the words of the event just held (某县举行重点项目集中开工仪式。
    集中开工重点项目30个): it reports that event, as 本次 would."""
    words = ECHO.match(text, start)
    return words if event is not None and words and words.group(0) in event.name else None


def attendance(text: str, fig: Mention, last_event: Mention | None) -> Mention | None:
    """The last event held, when the figure counts those who attend it (全镇…共58名妇女代表
    参加会议, 四十位人大代表旁听了此次庭审): before the clause's subject."""
    if last_event and fig.text.endswith(("人", "名", "位")) and ATTENDING.match(text, fig.end):
        return last_event
    return None
