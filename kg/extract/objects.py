"""What a verb acts on: the names its clause writes after it (or between 将 and it) of the
labels its row allows, where a body or place written right before a noun qualifies the
noun (落实省、州委部署要求: the 要求, not the 州委, is what is carried out); with none
written, what the reader carries (the event met before, the gift's receivers, the
sentence's setting, the party accompanied, the last visit's places).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from kg.extract.evidence import Span, sentence_of
from kg.extract.giving import amount, gift_receivers, shipped_to
from kg.extract.measures import TARGETED
from kg.extract.meetings import hosted_after
from kg.extract.subjects import titles_pattern
from kg.extract.verbs import disposal, roles, subordinate
from kg.extract.visits import most_specific
from kg.nlp.events import CONGRESS
from kg.nlp.lexicon import affixes, ordered_words, word_list
from kg.nlp.triggers import action_table, object_labels
from kg.records import Mention
from kg.schema import Label, RelType

if TYPE_CHECKING:
    from kg.extract.actions import ActionReader

SPEECH_AT = re.compile(r"上(?:作|发表)?了?(?:重要)?$")  # 在某会议上 | 强调
NO_OBJECT_FALLBACK = {RelType.SPOKE, RelType.PRESIDED, RelType.ATTENDED}
EACH_LEADS = "分别"  # 甲,乙分别带队: each leads a party
LEAD_REACH = 4  # the characters after the last name 分别 may stand in
ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
CLAUSE_OR_STOP = re.compile(r"[，,；;：:。！？!?\n]")


def possessor(text: str, m: Mention, limit: int) -> bool:
    """落实省、州委部署要求: a body or place followed, up to the next verb or the clause's
    end, by plain words qualifies them; those words, not the body, are the object."""
    rest = text[m.end : limit]
    return (
        m.label in (Label.ORGANIZATION, Label.PLACE)
        and len(rest) >= 2
        and bool(ALL_HAN.fullmatch(rest))
        and not rest.startswith(affixes("object_followers.txt"))
    )


def clause_end(text: str, pos: int) -> int:
    found = CLAUSE_OR_STOP.search(text, pos)
    return found.start() if found else len(text)


THEME_OF = re.compile(r"”?\s*(?:为主题|为主线|为总基调)?的")  # 以“X”为主题的Y活动


def theme_sense(text: str, o: Mention, objs: list[Mention], kind: str) -> str:
    """开展以“X”为主题的Y活动, 开展主题为“X”的Y活动: Y is held; its theme X is acted on."""
    if kind != RelType.HELD or o.label != Label.PROGRAMME:
        return kind
    de = THEME_OF.match(text, o.end)
    themed = de and any(m.label == Label.EVENT and m.start == de.end() for m in objs)
    return RelType.ACTED if themed else kind


@functools.cache
def theme_frame() -> re.Pattern:
    heads = "|".join(sorted(word_list("theme_frame_heads.txt"), key=len, reverse=True))
    return re.compile(rf"为({heads})(?!的)")


def framed_themes(
    text: str, clause: Span, here: list[Mention], speech: bool
) -> list[tuple[Mention, str]]:
    """以X为主题 / 以《X》为题 / 以X为总基调 (not 以X为主题的Y活动, where Y is the object):
    each programme X so framed, with the frame as its verb (以…为主题); none in what a
    speaker said (他表示,…以X为主题: whose act it is the speech does not say)."""
    out = []
    if speech:
        return out
    for m in here:
        if m.label != Label.PROGRAMME or not text.endswith("以", clause[0], m.start):
            continue
        frame = theme_frame().match(text, m.end, clause[1])
        if frame:
            out.append((m, f"以…为{frame.group(1)}"))
    return out


def beneficiary(text: str, start: int, trig: re.Match, here: list[Mention]) -> int | None:
    """Where 为 stands that puts the object of 揭牌, 授牌 before it (共同为某中心揭牌)."""
    if roles().get(trig.group(0)) != "for":
        return None
    k = text.rfind("为", start, trig.start())
    return k if k >= 0 and any(k < m.start and m.end <= trig.start() for m in here) else None


BEHALF_ENDS = re.compile(r"关于|向|对|的|所|在|为|就|与|分别|[，,。；;]")
BEHALF_GAP = 2  # 代表中共某市委: a word before the first body
LIST_MARKS = "、，,"  # 人大代表、…: a title in a chain of titles, no verb


def behalf_of(text: str, pos: int, objs: list[Mention]) -> tuple[list[Mention], int]:
    """The names written right after ``pos`` up to what is done for them (代表甲和乙签署,
    代表中共某市委、某市人民政府向…), and where that begins; none when the first name
    stands further on (向各位代表汇报了某街道…: 代表 is a noun), nor those of what follows
    (代表区政府关于我区…的报告: 我区 is in the report's name), nor any after a mark of a list
    (州人大代表、州人大常委会副主任甲: 代表 is the title)."""
    if text[pos : pos + 1] in LIST_MARKS:
        return [], pos
    found = BEHALF_ENDS.search(text, pos)
    end = found.start() if found else len(text)
    objs = [o for o in objs if o.start < end]
    if not objs or min(o.start for o in objs) - pos > BEHALF_GAP:
        return [], end
    return objs, end


def without_post_bodies(text: str, objs: list[Mention]) -> list[Mention]:
    """邀请某博物馆原馆长甲: with a person among the objects, a body written right before
    a title is where that person works, not what is acted on."""
    if not any(o.label == Label.PERSON for o in objs):
        return objs
    return [
        o
        for o in objs
        if o.label != Label.ORGANIZATION or not titles_pattern().match(text, post_start(text, o))
    ]


def members_of(text: str, body: Mention) -> bool:
    """A body written right before its members (县政协 | 常委、委员, 局 | 干部职工): the people,
    none named, not the body."""
    return body.label == Label.ORGANIZATION and text.startswith(
        ordered_words("member_nouns.txt"), body.end
    )


def post_start(text: str, body: Mention) -> int:
    """Where the title after a body begins, past a word that qualifies it (原, 专职)."""
    for word in ordered_words("title_modifiers.txt"):
        if text.startswith(word, body.end):
            return body.end + len(word)
    return body.end


def party_congress(m: Mention) -> bool:
    """A party congress (党的二十大): the genre studies its spirit in nearly every article; it
    is an event named, no one's act (unlike 学习贯彻某全会精神, a meeting of their own)."""
    return m.label == Label.EVENT and CONGRESS.fullmatch(m.name) is not None


def written_objects(
    text: str, trig: re.Match, span: tuple[int, int | None], here: list[Mention], names
) -> list[Mention]:
    """The names a verb's clause writes as its objects, of the labels its row allows: after
    it up to the next verb (``span``: the clause's start, that stop), or between 将 and it
    (将甲、乙抓获); the last of an address, not a body or place that qualifies a noun."""
    start, stop = span
    allowed = object_labels(trig.group(0))
    held = disposal(text, start, trig.start(), here) or beneficiary(text, start, trig, here)
    objs = [
        m
        for m in here
        if (m.start >= trig.end() or (held is not None and held < m.start < trig.start()))
        and (stop is None or m.start < stop)
        and m.name not in names
    ]
    posts = without_post_bodies(text, objs)  # 带领市政府副秘书长甲: 甲's post, no one led
    objs = [m for m in objs if m.label in allowed and m in posts and not party_congress(m)]
    limit = stop if stop is not None else clause_end(text, trig.end())
    objs = without_post_bodies(text, most_specific(text, objs))
    if roles().get(trig.group(0)) == "lead":  # 带领部分县政协常委、委员: its members, unnamed
        objs = [o for o in objs if not members_of(text, o)]
    if roles().get(trig.group(0)) == "behalf":  # what follows the bodies is done for them
        objs, done_at = behalf_of(text, trig.end(), objs)
        limit = min(limit, done_at)
    if action_table()[trig.group(0)] != RelType.VISITED:  # 考察云南重要讲话精神: 云南 is visited
        objs = [m for m in objs if m.start < trig.start() or not possessor(text, m, limit)]
    return objs


def objects_of(
    reader: ActionReader,
    trig: re.Match,
    span: tuple[int, int | None],
    here: list[Mention],
    before: list[Mention],
) -> list[Mention]:
    """What the verb acts on: names after it (up to the next verb, ``span``: the clause's
    start and that stop) of the labels its row allows; 由X…主持 the programme or event
    before; else the event met before its organisers, the gift's receivers, the programme
    a stress is put on, the sentence's setting, the party accompanied, the places of the
    last visit, the meeting reported on."""
    clause_start, stop = span
    text, verb, allowed = reader.text, trig.group(0), object_labels(trig.group(0))
    names = {a.name for a in reader.subject}
    if text.startswith("由", trig.end()):
        stop = None  # 收到由甲下发的《乙》: what is received comes after 甲's verb
    objs = written_objects(text, trig, (clause_start, stop), here, names)
    passive = text.find("由", clause_start, trig.start())
    if passive >= 0:
        objs += [m for m in before if m.end <= passive and m.label in TARGETED]
    if passive >= 0 or verb in word_list("organiser_verbs.txt"):  # A主办,B承办的E
        objs = objs or hosted_after(text, trig.end(), reader.mentions, allowed)
    if passive >= 0 and not objs and action_table()[verb] == RelType.HELD:  # 招聘会由甲、乙联合举办
        here_in = sentence_of(reader.sentences, passive)
        named = [
            m
            for m in reader.mentions
            if m.label == Label.EVENT and m.end <= passive and here_in[0] <= m.start
        ]
        objs = named[-1:] or ([reader.last_event] if reader.last_event else [])
    if not objs and action_table()[verb] == RelType.DONATED:
        given_sum = amount([m for m in here if trig.end() <= m.start < (stop or len(text))])
        home = reader.home_place() if given_sum else None  # 捐款5万元: to the home place
        given = (reader.receivers, reader.topic.lead_subject, home)
        sentence_end = sentence_of(reader.sentences, trig.start())[1]
        objs = shipped_to(text, trig.end(), sentence_end, reader.mentions) or gift_receivers(
            text, before, (clause_start, trig.start()), *given
        )
        reader.receivers = objs or reader.receivers
    if not objs and action_table()[verb] == RelType.SPOKE:
        objs = spoken_at(text, before, trig.start()) or spoken_of(reader, trig)
    if not objs and action_table()[verb] == RelType.VISITED:
        during = subordinate(text, trig.end())  # 甲在某地考察时的讲话: when, no visit told
        at = [] if during else visited_at(text, before, names)
        objs = at or ([reader.setting] if reader.setting else [])
    return objs or fallback_objects(reader, trig, names)


def visited_at(text: str, before: list[Mention], names: set[str]) -> list[Mention]:
    """甲在某县就某事进行调研: the place or body after 在, between the visitor and the
    verb, is where the visit went (在县敬老院,甲看望…: the sentence's setting, else)."""
    return [
        m
        for m in before
        if m.label in (Label.PLACE, Label.ORGANIZATION)
        and m.start > 0
        and text[m.start - 1] == "在"
        and m.name not in names
    ][-1:]


def spoken_at(text: str, before: list[Mention], verb_start: int) -> list[Mention]:
    """甲在某会议上强调: the meeting after 在, right before the speech verb, is where it was
    said (not the last one reported)."""
    return [
        m
        for m in before
        if m.label == Label.EVENT
        and text[m.start - 1 : m.start] == "在"
        and SPEECH_AT.match(text[m.end : verb_start])
    ][-1:]


def spoken_of(reader: ActionReader, trig: re.Match) -> list[Mention]:
    """甲强调:精准扶贫关键在…: a stress put on a programme, the first name of what was said,
    is what the speaker spoke on (rather than the meeting it was said at)."""
    if roles().get(trig.group(0)) != "stress":
        return []
    said = clause_end(reader.text, trig.end() + 1)
    return [
        m for m in reader.mentions if m.label == Label.PROGRAMME and trig.end() <= m.start < said
    ][:1]


def fallback_objects(reader: ActionReader, trig: re.Match, names: set[str]) -> list[Mention]:
    """What a verb with no object written acts on, by its role: the party accompanied, the
    places of the last visit, the hearing a part is taken in, the meeting reported on."""
    verb = trig.group(0)
    role = roles().get(verb)
    if role == "escort":
        visitors = reader.visitors or reader.touring[0]  # 甲一行莅临某区调研。乙陪同调研
        party = [m for m in visitors or reader.escorted if m.name not in names]
        bodies = [m for m in party if m.label == Label.ORGANIZATION]
        people = [m for m in party if m.label == Label.PERSON]
        if not bodies and len(people) > 1 and each_leads(reader.text, people):
            return people  # 甲,乙分别带队…。丙陪同: both parties
        return (bodies or people or party)[:1]  # 甲,乙一行…,丙陪同: the one who leads
    if role == "join":
        return reader.last_visit
    if action_table()[verb] == RelType.ATTENDED and visit_in_sentence(reader, trig.start()):
        return reader.last_visit  # 甲前往某县考察,乙参加: 乙 goes too
    if role == "part" and reader.last_event:  # 甲担任审判长: a part in the hearing held
        return [reader.last_event]
    if role == "respond":  # 强降雨发生后,甲第一时间作出批示: the disaster reported
        return reported_disaster(reader)
    if action_table()[verb] == RelType.SPOKE and spoken_of_as_thing(reader.text, trig.start()):
        return last_named_event(reader, trig.start())  # 某全会…。甲书记的讲话: at that one
    if action_table()[verb] in NO_OBJECT_FALLBACK and reader.last_event:
        return kinds_named(reader.text, trig.end(), reader.held) or [reader.last_event]
    return []


def reported_disaster(reader: ActionReader) -> list[Mention]:
    """The disaster a response is to (kg/nlp/data/event_disasters.txt): the first the article
    names, as its lead reports it (受强降雨袭击; not the 局部大暴雨 of the forecast after)."""
    disasters = [
        m
        for m in reader.mentions
        if m.label == Label.EVENT and m.name.endswith(affixes("event_disasters.txt"))
    ]
    return sorted(disasters, key=lambda m: m.start)[:1]


def each_leads(text: str, people: list[Mention]) -> bool:
    """甲,乙分别带队: each of the people named leads a party of their own."""
    return EACH_LEADS in text[people[-1].end : people[-1].end + LEAD_REACH]


def spoken_of_as_thing(text: str, pos: int) -> bool:
    """甲书记的讲话: a speech spoken of as a thing, after its speaker (not 所作的题为《X》的
    发言, a talk given here)."""
    return text[pos - 1 : pos] == "的" and text[pos - 2 : pos - 1] not in "》”"


def last_named_event(reader: ActionReader, pos: int) -> list[Mention]:
    """The event named last before ``pos``, in its sentence or the one before: where a
    speech spoken of as a thing (甲的讲话) was made; none further back."""
    here = next((k for k, (s, e) in enumerate(reader.sentences) if s <= pos < e), -1)
    named = [
        m
        for m in reader.mentions
        if m.label == Label.EVENT and m.end <= pos and m.sentence >= here - 1
    ]
    return named[-1:]


def visit_in_sentence(reader: ActionReader, pos: int) -> bool:
    """Whether the last visit went to places named in the sentence holding ``pos``."""
    here = sentence_of(reader.sentences, pos)
    return bool(reader.last_visit) and all(
        sentence_of(reader.sentences, m.start) == here for m in reader.last_visit
    )


GENERIC_EVENTS = re.compile(r"(会议|活动|仪式)(?:[和及与、](会议|活动|仪式))?")
KIND_ENDS = {"会议": ("会", "会议"), "活动": ("活动",), "仪式": ("仪式", "典礼")}


def kinds_named(text: str, pos: int, held: list[Mention]) -> list[Mention]:
    """参加会议和活动 after 召开某现场会并开展某活动: the last event held of each kind
    written (the meeting and the activity), not only the last one."""
    kinds = GENERIC_EVENTS.match(text, pos)
    if not kinds:
        return []
    out = []
    for kind in filter(None, kinds.groups()):
        found = [e for e in held if e.name.endswith(KIND_ENDS[kind])]
        if found and found[-1] not in out:
            out.append(found[-1])
    return out
