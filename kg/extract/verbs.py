"""Which words of a clause are acts: the trigger verbs that stand as words outside the
names (共建 inside 关于共建X医院的报告 is none, 讲话精神 and 考察团 are nouns), the
movement verbs that end a verb's objects, the 将 that puts the object before its verb,
the speech verbs after which the sentence is what was said (and the programme a speech
is on), and the role a verb plays for the verbs after it (kg/nlp/data/verb_roles.tsv).
"""

from __future__ import annotations

import functools
import re

from kg.extract.evidence import Span
from kg.extract.visits import motion_pattern
from kg.nlp.lexicon import affixes, pattern_of, table, word_list
from kg.nlp.triggers import action_pattern, action_table
from kg.records import Mention
from kg.schema import Label, RelType

ACCORDING = re.compile(r"(?:按照|根据|依照|遵照|对照|围绕|落实)")
SPEECH_TOPIC = re.compile(r"(题为|就)[^，。；]{0,3}$")
FUTURE = ("将于", "将在", "将会", "将要", "将进一步")
DISPOSAL_REACH = 8  # 将犯罪嫌疑人甲: the object's name starts this close after 将


def roles() -> dict[str, str]:
    return {r[0]: r[1] for r in table("verb_roles.tsv") if len(r) > 1}


def role_verbs(*wanted: str) -> re.Pattern:
    """The verbs of these roles in verb_roles.tsv, as one alternation, longest first."""
    return pattern_of(v for v, role in roles().items() if role in wanted)


MADE = re.compile(r"(?:作|做|发表)了?$")  # 作了重要讲话: a speech made


def triggers_in(
    text: str, start: int, end: int, word_starts: set[int], names: list[Mention]
) -> list[re.Match]:
    """Trigger verbs in text[start:end] that begin a word (a one-character verb is a whole
    word) and stand outside the names (共建 inside 关于共建X医院的报告 is no act)."""
    return [
        t
        for t in action_pattern().finditer(text, start, end)
        if t.start() in word_starts
        and (len(t.group(0)) > 1 or t.end() in word_starts or t.end() == end)
        and not any(m.start <= t.start() < m.end for m in names)
        and not text.endswith("关于", 0, t.start())  # 听取关于修订X的汇报: a topic, no act
        and not text.startswith("精神", t.end())  # 讲话精神: a noun
        and not received(text, t)  # 收到捐款12万元: what was received, nobody gives here
        and not noun_speech(text, t.start())
        and not event_modifier(text, t)
        and not noun_suffixed(text, t.end(), word_starts)  # 考察团, not 开展 | 人居…
    ]


def noun_suffixed(text: str, end: int, word_starts: set[int]) -> bool:
    """Whether the character after a verb makes it a noun (考察团, 发言人): not when that
    character opens a longer word of its own (开展 | 人居环境整治)."""
    if text[end : end + 1] not in word_list("verb_noun_suffixes.txt"):
        return False
    if text.startswith(SUFFIX_WORDS, end):
        return True  # 列席人员, 建设情况: still a noun
    return not (end in word_starts and end + 1 not in word_starts and end + 1 < len(text))


# Words a verb's noun suffix opens that still make the verb a noun (列席人员, 建设情况)
SUFFIX_WORDS = ("人员", "人士", "人们", "人群", "团队", "队伍", "组织", "情况", "单位")
RECEIVED = re.compile(r"(?:收到|接收|接受|募集|筹集|募捐)(?:了|到)?[\u4e00-\u9fff]{0,6}$")
GIFT_NOUNS = ("资金", "物资", "款物", "款项", "善款")  # 捐赠资金: the gift as a thing
GIVERS_NAMED = ("企业", "方", "单位")  # 捐赠企业, 捐赠方: the giver named as such, no act


def received(text: str, trig: re.Match) -> bool:
    """A gift's verb after 收到, 募集, 接收 (县慈善总会收到捐款, 累计接收抗疫捐赠资金), or
    naming the giver (捐赠企业某公司): the gift as a thing, nobody gives in the clause."""
    if action_table()[trig.group(0)] != RelType.DONATED:
        return False
    if text.startswith(GIVERS_NAMED, trig.end()):
        return True  # 捐赠企业某公司总经理: who gave, named by the gift
    before = RECEIVED.search(text, max(0, trig.start() - 10), trig.start())
    return before is not None and (
        before.end() - before.start() <= 6 or text.startswith(GIFT_NOUNS, trig.end())
    )


EVENT_NOUNS = ("活动", "仪式", "大会")
EVENT_VERBS = (RelType.ATTENDED, RelType.HELD)  # 出席, 举行: verbs that take an event


@functools.cache
def event_verb_before() -> re.Pattern:
    """A verb that takes an event (出席, 举行), ending where the pattern's search ends."""
    verbs = [v for v, t in action_table().items() if t in EVENT_VERBS]
    return re.compile(f"(?:{pattern_of(verbs).pattern})$")


def event_modifier(text: str, trig: re.Match) -> bool:
    """出席捐赠活动, 参加签约仪式: a verb between another verb and 活动/仪式 names the event
    attended, not an act of the attendee; so does one whose event is the topic after it
    (捐赠仪式由甲主持, 签约仪式上,…)."""
    noun = next((n for n in EVENT_NOUNS if text.startswith(n, trig.end())), None)
    if noun is None or action_table()[trig.group(0)] in EVENT_VERBS:
        return False
    if text.startswith(EVENT_TOPIC, trig.end() + len(noun)):
        return True
    return bool(event_verb_before().search(text, max(0, trig.start() - 8), trig.start()))


EVENT_TOPIC = ("由", "上")  # 捐赠仪式由甲主持, 签约仪式上: the event, spoken of
SUBORDINATE = re.compile(r"(?:调研|考察|视察)?(?:时|期间)")


def subordinate(text: str, end: int) -> bool:
    """甲考察河南时…, 甲在某地考察调研时的讲话: the act only says when something else was
    done; it is no act of its own."""
    return SUBORDINATE.match(text, end) is not None


def noun_speech(text: str, start: int) -> bool:
    """重要讲话 names a speech (学习某重要讲话精神), unless made here (作了重要讲话)."""
    return text.endswith("重要", 0, start) and not MADE.search(text, max(0, start - 6), start - 2)


def reports_speech(text: str, start: int, end: int) -> bool:
    """A clause ending with a speech verb (甲在致辞中说, 乙要求): the rest of the sentence is
    what was said."""
    words = text[start:end].strip().rstrip("了道")
    if ACCORDING.search(words):
        return False  # 按照《意见》要求: a rule followed, not a speech
    return words.endswith(affixes("speech_openers.txt"))


SPEAKER_GAP = re.compile(r"[\u4e00-\u9fff]{0,8}")  # 动情地, 在致辞中: between speaker and 说


@functools.cache
def said_pattern() -> re.Pattern:
    """A quoting verb closing its clause (说, 表示: role quote in verb_roles.tsv), the verb
    as group 1."""
    return re.compile(f"({role_verbs('quote').pattern})[:：。]?[“”\\s]*$")


AT_EVENT = re.compile(r"(?:会上|[^，。,；;！？\n]{0,20}?(?:会|仪式|典礼|晚会)上)[，,]")  # 发布会上,


@functools.cache
def reported_pattern() -> re.Pattern:
    """A verb of saying (介绍, 通报, 表示: roles report and quote in verb_roles.tsv)."""
    return role_verbs("report", "quote")


def speaker_at_event(
    text: str, sentence: Span, clause: Span, here: list[Mention]
) -> tuple[Mention, str] | None:
    """The person who says something in a sentence set at the event (发布会上,庭长甲介绍了…,
    …;乙通报了…): the speaker, right before the verb, and the verb."""
    if not AT_EVENT.match(text, sentence[0]):
        return None
    for m in (m for m in here if m.label == Label.PERSON and clause[0] <= m.start):
        said = reported_pattern().match(text, m.end)
        if said:
            return m, said.group(0)
    return None


def quoted_speaker(text: str, clause: Span, here: list[Mention]) -> tuple[Mention, str] | None:
    """The person a clause closes by quoting (”甲说。, 乙动情地说:): the speaker and the verb."""
    said = said_pattern().search(text, clause[0], clause[1])
    if said is None:
        return None
    people = [m for m in here if m.label == Label.PERSON and m.end <= said.start()]
    if not people or not SPEAKER_GAP.fullmatch(text, people[-1].end, said.start()):
        return None
    return people[-1], said.group(1)


def motions_in(text: str, clause: Span, word_starts: set[int]) -> set[int]:
    """Where movement verbs stand in a clause: a verb's objects end there (带领甲到乙)."""
    return {
        m.start()
        for m in motion_pattern().finditer(text, *clause)
        if m.start() in word_starts and (len(m.group(0)) > 1 or m.end() in word_starts)
    }  # a one-character verb or marker is a whole word (就 of 就业 is none)


def speech_topics(
    text: str, trig: re.Match, here: list[Mention], speakers: list[Mention]
) -> tuple[str, list[Mention]]:
    """作题为《X》的发言, 就X作说明: the programme a speech is on, named between the speaker
    and the verb, with the verb written for it (题为…发言); none when no topic is named."""
    topics = [
        m
        for m in here
        if m.label == Label.PROGRAMME
        and m.end <= trig.start()
        and any(a.end <= m.start for a in speakers)
        and SPEECH_TOPIC.search(text, max(0, m.start - 6), m.start)
    ]
    if not topics:
        return "", []
    word = SPEECH_TOPIC.search(text, max(0, topics[0].start - 6), topics[0].start)
    return f"{word.group(1)}…{trig.group(0)}", topics


def disposal(text: str, start: int, end: int, here: list[Mention]) -> int | None:
    """Where 将 stands that puts a verb's object before it (将犯罪嫌疑人甲抓获): a name
    follows it closely; not 将 of the future (将于, 将在某地召开)."""
    k = text.rfind("将", start, end)
    if k < 0 or text.startswith(FUTURE, k):
        return None
    return k if any(k < m.start <= k + DISPOSAL_REACH and m.end <= end for m in here) else None


def passive_mark(text: str, start: int, trig: re.Match) -> int | None:
    """Where 被 stands before a verb whose agents it puts between (某村被甲部、乙部等部门
    授予…称号: the village is honoured, the bodies honour), in its clause from ``start``."""
    k = text.rfind("被", start, trig.start())
    return k if k >= 0 else None
