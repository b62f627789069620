"""Who acts: the subject of a trigger verb, read from the names before it in its clause.

A list of people is one subject whatever titles stand between the names
(市人大常委会主任甲、市政协主席乙参加 gives both); a body followed by
负责同志 stands for its delegate; a list of places or bodies right before the
verb acts together (A县、B县获…称号). Where the names before the verb are a
list running back over commas (副市长甲,副市长乙、丙出席会议), the earlier
clauses of the list join it. Titles' bodies (市委书记甲) and the home city
that only says where a body is (我市爱心企业——X公司) are not actors.
"""

from __future__ import annotations

import functools
import re

from kg.extract.evidence import CLAUSE, Span
from kg.extract.measures import ACTORS
from kg.nlp.lexicon import (
    affixes,
    alternation,
    longest_suffix,
    pattern_of,
    strip_in_turn,
    word_list,
    word_lists,
)
from kg.nlp.organizations import OCCASION
from kg.nlp.triggers import action_pattern
from kg.records import Mention
from kg.schema import Label

JOINED = re.compile(r"^[、和及与,，]")
COMMAS = re.compile(r"[,，]")  # a gap that continues a list of names
GIVEN_TO = re.compile(r"[向给为][\u4e00-\u9fff“”·]{2,16}$")  # the receiver before a gift
OTHERS_JOIN = re.compile(r"\s*(?:以及|及|和|与|、)")
JOINT = re.compile(r"^(?:联合|会同|携手)$")  # A联合B举办: B acts with A
# A、B等(12家)企业(的)主要负责人, A有关领导同志: the bodies, by their delegates
DELEGATE = re.compile(
    r"(?:等(?:\d+[家个])?(?:单位|部门|企业|公司))?的?(?:有关|相关)?(?:主要)?"
    r"(?:负责(?:同志|人)|领导同志|(?<=[关])领导)"
)
MAX_GAP = 24
COMRADES = "同志"  # 及相关部门同志: people joined by their bodies, none named
PEOPLE_ENDS = ("长", "人", "员", "们")  # 法检两长, 工作人员, 同学们: people, none named
PLACE_JOINERS = ("与", "和", "同", "、")  # 某区与甲公司签约: both sign
SETTINGS = ("在", "于")  # 在某中心举办: the body after them is where, not who
SITE = re.compile(r"[\u4e00-\u9fff]{2,8}")  # 在某镇文化广场举行: the site inside the place named
RECIPIENT_MARKS = ("向", "给", "为", "对")  # 向某指挥部捐赠: the body after them is acted on
UNNAMED_AFTER = ("，", ",", "等")  # 县法院院长,: a title with no name after it (、 chains titles)
LISTED_NOT = (Label.EVENT, Label.PROGRAMME, Label.FIGURE)  # a list of people names no such
PREPOSITION = re.compile(r"[对向为给替帮]")
UNNAMED_ITEMS = re.compile(r"^(?:、[\u4e00-\u9fff]{2,3})+(?=等|$)")  # 甲、乙、丙(等): 丙 unnamed
EACH = re.compile(r"各自?$")
TOPIC = re.compile(r"(?:围绕|就|针对)[^，,。；;]{1,80}?(?:作了?|做了?|进行了?)$")  # 就某事作了
MAX_SETTING = 16  # 在某镇某村文化广场: the longest setting a tail holds
LEADER_GROUP = re.compile(  # 甲、乙等县(级)四大家领导出席, 甲等爱心人士: their group
    r"等(?:[省市县区州旗镇乡]级?|全[省市县区])?(?:四大家|四套班子|党政|相关|有关)?(?:主要)?领导(?:同志)?"
    r"|等(?:爱心人士|嘉宾|来宾|特邀嘉宾)"
)
BODY_GROUP = re.compile(r"等(?:[\d一二三四五六七八九十百余多]+[家个])?([\u4e00-\u9fff]{2,4})$")
LISTED = (Label.PERSON, Label.ORGANIZATION)  # 甲、乙有关领导同志,: bodies listed for their heads
CARRY_BREAKS = (Label.PERSON, Label.ORGANIZATION, Label.PLACE)  # 陪同乙考察: 乙 acts


def tail_ok(text: str) -> bool:
    """Whether the words between the last name and the verb keep the names its subject
    (等, 一行, 负责同志, an adverb, 第八次, a short 在… phrase, each alone between commas;
    各 right before the verb:
    甲、乙各捐款, not 甲各部门 where the body's parts act; the topic they acted on:
    分别围绕某事作了 | 发言)."""
    text = counted_people().sub("", text)  # 甲、乙、丙3名县政协委员: the people just listed
    text = EACH.sub("", UNNAMED_ITEMS.sub("", OCCASION.sub("", LEADER_GROUP.sub("", text))))
    text = TOPIC.sub("", text)  # 甲、乙分别围绕某事作了 | 发言: what they spoke on
    return all(  # 甲村经过考核,分别荣获: tail words in clauses of their own
        w in word_list("subject_tails.txt") for part in COMMAS.split(text) for w in split_tail(part)
    )


@functools.cache
def counted_people() -> re.Pattern:
    """The count and kind of the people a list names (3名县政协委员, 等5位代表)."""
    nouns = alternation(word_list("member_nouns.txt"))
    return re.compile(rf"^等?[\d一二三四五六七八九十两]+[名位][\u4e00-\u9fff]{{0,6}}?(?:{nouns})")


def split_tail(text: str) -> list[str]:
    """Greedy split of a tail into known tail words; a leftover piece is returned as is.
    A short 在… phrase is one word, at the end or before tail words (在某中心集体参加)."""
    words, tails = [], word_list("subject_tails.txt")
    i = 0
    while i < len(text):
        if text[i] == "在":
            rests = (
                split_tail(text[j:]) for j in range(min(len(text), i + MAX_SETTING), i + 2, -1)
            )
            setting = next((rest for rest in rests if all(w in tails for w in rest)), None)
            if setting is not None:
                return [*words, "在", *setting]
        for k in range(min(6, len(text) - i), 0, -1):
            piece = text[i : i + k]
            if piece in tails or (piece.startswith("在") and k >= 2 and i + k == len(text)):
                words.append(piece if piece in tails else "在")
                i += k
                break
        else:
            return [text[i:]]
    return words


def actors_of(text: str, before: list[Mention], trig_start: int) -> list[Mention]:
    """The names before a verb that can act: people (and bodies standing for a
    delegate); else bodies, not one after 在 (甲会在乙中心举办: where it was held) nor
    one after 向, 给, 为 or 对 when another is named (甲公司向乙指挥部捐赠: given to);
    else places or the home city right before the verb, unless 在 opens their list
    (在A、B开展: where it happened; the subject carries over)."""
    people = [m for m in before if m.label == Label.PERSON or delegate(text, m)]
    if people and people[-1].label == Label.ORGANIZATION:  # 甲局、乙局负责人: both delegate
        bodies = [m for m in before if m.label == Label.ORGANIZATION and m.end <= people[-1].end]
        listed = group_back(text, bodies)
        people = [m for m in people[:-1] if m not in listed] + listed
    if people:
        return people
    bodies = [m for m in before if m.label in ACTORS or m.home_city]
    bodies = [m for m in bodies if not modifies_body(text, m, bodies) and not titled(text, m.end)]
    bodies = [m for m in bodies if not text.endswith(SETTINGS, 0, placed_from(m, before))]
    bodies = [m for m in bodies if not text.endswith(RECIPIENT_MARKS, 0, m.start)] or bodies
    if bodies:
        return bodies
    places = [m for m in before if m.label == Label.PLACE]
    if not places:
        return []
    tail = text[places[-1].end : trig_start].strip()
    if tail_ok(tail) or setting_after(text, places[-1].end, trig_start, before):
        return beside_setting(text, places)
    at_site = SITE.fullmatch(tail) and setting_opens(text, places) is not None
    return beside_setting(text, places) if at_site else []


def setting_after(text: str, start: int, trig_start: int, before: list[Mention]) -> bool:
    """Whether only where it happened stands between a name and its verb: 在 or 于, the
    names of the setting, a site (甲县在乙镇丙中学举行, 甲县在乙镇文化广场举行)."""
    pos = start + len(text[start:trig_start]) - len(text[start:trig_start].lstrip())
    if not text.startswith(SETTINGS, pos):
        return False
    pos += 1
    while after := next((m for m in before if m.start == pos), None):
        pos = after.end
    return pos == trig_start or bool(SITE.fullmatch(text, pos, trig_start))


def placed_from(m: Mention, before: list[Mention]) -> int:
    """Where a name's address begins: the places written right before it (在某镇某景区举行:
    the 景区 stands after 在 through its town)."""
    start = m.start
    while prev := next((p for p in before if p.label == Label.PLACE and p.end == start), None):
        start = prev.start
    return start


def setting_opens(text: str, places: list[Mention]) -> int | None:
    """Where the list the last places stand in opens, when 在 or 于 opens it (在A、B开展,
    在甲镇乙村举行)."""
    opens = placed_from(group_back(text, places)[0], places)
    return opens if text.endswith(SETTINGS, 0, opens) else None


def beside_setting(text: str, places: list[Mention]) -> list[Mention]:
    """甲县分别在A区和B区举行: the places listed after 在 say where, not who; the places
    named before the 在 (甲县, with only tail words between) act."""
    opens = setting_opens(text, places)
    if opens is None:
        return places
    rest = [m for m in places if m.end < opens]
    return rest if rest and tail_ok(text[rest[-1].end : opens - 1].strip()) else []


def titled(text: str, pos: int) -> bool:
    """旗委书记奇·达楞太: a body followed by a title names the person's post, not an actor."""
    return text.startswith(affixes("titles.txt"), pos)


def without_delegate(text: str, m: Mention, tail: str) -> str:
    """The words after a body less those saying its head stands for it (负责同志, 院长)."""
    if not delegate(text, m):
        return tail
    title = head_title(text, m.end)
    return (
        tail[len(title) :] if title and tail.startswith(title) else DELEGATE.sub("", tail, count=1)
    )


@functools.cache
def titles_pattern() -> re.Pattern:
    return pattern_of(word_list("titles.txt"))


def head_title(text: str, pos: int) -> str | None:
    title = titles_pattern().match(text, pos)
    return (
        title.group(0) if title and text[title.end() : title.end() + 1] in UNNAMED_AFTER else None
    )


def delegate(text: str, m: Mention) -> bool:
    """A body standing for the person who heads it: 某局负责同志, or its head's title with
    no name after it (县法院院长,县检察院检察长等参加)."""
    if m.label != Label.ORGANIZATION:
        return False
    opens = m.start == 0 or text[m.start - 1] in "，,、；;。\n"  # not 任命甲为某政府副区长,
    return bool(DELEGATE.match(text, m.end)) or (opens and head_title(text, m.end) is not None)


def subjects(text: str, before: list[Mention], trig_start: int) -> list[Mention]:
    """The actor(s) of a trigger: 由X主持 → X; A、B、C出席 → A, B, C; else the first actor."""
    actors = actors_of(text, before, trig_start)
    if not actors:
        return []
    actors = places_joined_before(text, actors, before) + actors
    actors = actors + listed_places(text, actors, before, trig_start)
    last = actors[-1]
    tail = gone_to(text, last.end, trig_start, before)
    tail = without_delegate(text, last, tail)
    if tail_ok(tail) or text.find("由", 0, last.start) >= last.start - 1:
        return group_back(text, actors)
    if last.label == Label.PERSON and others_joined(text, last.end, trig_start):
        return actors  # 甲、乙以及各乡镇分管领导参加: 甲、乙 and others (titles between them)
    speaking_for = DELEGATE.match(text, last.end) if delegate(text, last) else None
    if speaking_for and others_joined(text, speaking_for.end(), trig_start):
        return actors  # 甲和某部门负责人、各乡镇人大主席列席: 甲, the body and others
    if after_de(text[actors[0].end : trig_start]) or (
        last.label != Label.PERSON and unnamed_subject(text, last.end, trig_start)
    ):
        return []  # 甲组织的观摩团来到…, 甲组织教师参加: others act (甲委员代表…: 甲 does)
    return [actors[0]]


def listed_places(
    text: str, actors: list[Mention], before: list[Mention], trig_start: int
) -> list[Mention]:
    """Places listed after the last body, with it (甲文化馆、乙文化站、丙村承办: the village
    acts with the bodies), when the list runs to the verb."""
    if not actors or actors[-1].label != Label.ORGANIZATION:
        return []
    out, end = [], actors[-1].end
    for m in (m for m in before if m.start >= end and m.label == Label.PLACE):
        gap = text[end : m.start]
        if gap == "" and out:
            out[-1] = m  # 乙镇丙村: an address, its last name acts
        elif gap in ("、", "和", "及"):
            out.append(m)
        else:
            break
        end = m.end
    return out if out and tail_ok(text[end:trig_start].strip()) else []


def places_joined_before(text: str, actors: list[Mention], before: list[Mention]) -> list[Mention]:
    """Places joined to the first body before it (某区与甲公司、乙集团签约: the district
    signs with the firms), not one after 在 or 于 (在某镇与甲公司: where it happened)."""
    if not actors or actors[0].label != Label.ORGANIZATION:
        return []
    out, start = [], actors[0].start
    for m in reversed([m for m in before if m.end <= start and m.label == Label.PLACE]):
        if text[m.end : start] not in PLACE_JOINERS or text.endswith(SETTINGS, 0, m.start):
            break
        out.insert(0, m)
        start = m.start
    return out


def gone_to(text: str, start: int, trig_start: int, before: list[Mention]) -> str:
    """The words between a subject and its verb, less the movement to a place between them
    (甲、乙、丙联合赴某镇开展: 赴某镇 says where they went; the list acts together)."""
    tail = text[start:trig_start]
    for m in reversed([m for m in before if m.start >= start and m.label == Label.PLACE]):
        motion = longest_suffix(text[start : m.start], word_list("motion_verbs.txt"))
        if motion:
            cut = m.start - len(motion) - start
            tail = tail[:cut] + tail[m.end - start :]
    tail = GIVEN_TO.sub("", tail.strip())  # 甲、乙等共建单位向某食堂捐赠: 向某食堂 says to whom
    group = BODY_GROUP.match(tail)  # 甲、乙等45家企业捐赠: the list and the rest of its count
    return "" if group and group.group(1) in word_list("body_group_nouns.txt") else tail


def others_joined(text: str, start: int, trig_start: int) -> bool:
    """Whether the words after a list of people join unnamed people to it (以及各乡镇分管领导、
    企业家代表到场参加, 及相关部门同志一道, 及法检两长列席): the named ones act with them."""
    join = OTHERS_JOIN.match(text, start, trig_start)
    if not join:
        return False
    others = text[join.end() : trig_start]
    people = strip_tails(others.strip()).endswith(PEOPLE_ENDS)  # 及法检两长, 及工作人员
    return unnamed_subject(text, join.end(), trig_start) or COMRADES in others or people


def after_de(between: str) -> bool:
    """甲组织的观摩团来到: a noun after 的 is the subject (not 甲所作的发言, where the verb is
    the noun 的 governs)."""
    return "的" in between and between.rsplit("的", 1)[1].strip() != ""


def unnamed_subject(text: str, start: int, trig_start: int) -> bool:
    """Whether the words right before the verb name people who are no entity (十一届县委
    委员、候补委员出席; 全乡小学教师参加; 两县县委书记带队), not the object of a
    preposition (对…人员开展)."""
    raw = text[start:trig_start].strip()
    people = word_lists("member_nouns.txt", "titles.txt")  # 两县县委书记带队
    named = any(longest_suffix(w, people) for w in (raw, strip_tails(raw)))
    return named and not PREPOSITION.search(raw)


def group_opens(text: str, start: int, trig_start: int) -> bool:
    """调研组通过查看资料…: a clause opening with a group that is no entity; it, not the
    subject carried over, acts here and in the clauses after."""
    words = text[start:trig_start].strip()
    return words.startswith(affixes("member_nouns.txt", 3))


def strip_tails(words: str) -> str:
    return strip_in_turn(words, "subject_tails.txt")


def group_back(text: str, actors: list[Mention]) -> list[Mention]:
    """The last actor and those before it joined to it as a list (甲、乙和丙; A联合B: the
    body joined acts with those before it; 县委县政府; of an address, 甲镇乙村, the last
    name); the titles between them may hold a verb's
    characters (甲、区委组织部部长乙: 组织 is no act)."""
    group, front = [actors[-1]], actors[-1].start
    for m in reversed(actors[:-1]):
        gap = text[m.end : front]
        if gap == "" and m.label == Label.PLACE and group[0].label == Label.PLACE:
            front = m.start  # 湖南省衡阳市衡东县举行: an address, its last name acts
            continue  # 甲区、乙镇丙村分别荣获: the list goes on before the address
        if (
            len(gap) <= MAX_GAP
            and (
                gap == "、"
                or JOINED.match(gap)
                or JOINT.match(gap)
                or glued_bodies(gap, m, group[0])
            )
            and not action_pattern().search(titles_pattern().sub("", gap))
        ):
            group.insert(0, m)
            front = m.start
        else:
            break
    return group


def glued_bodies(gap: str, a: Mention, b: Mention) -> bool:
    """县委 | 县政府: two bodies written with nothing between them act together."""
    return gap == "" and a.label == b.label == Label.ORGANIZATION


def listed_people(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The people named between ``start`` and ``end``, and the bodies standing for their
    heads (县法院院长,县检察院检察长等参加: the bodies' heads are listed people too)."""
    return [
        m
        for m in mentions
        if start <= m.start < end and (m.label == Label.PERSON or delegate(text, m))
    ]


def list_clauses(
    text: str, sentence_mentions: list[Mention], sentence: Span, clause_start: int
) -> list[Mention]:
    """People named in the clauses before ``clause_start`` that only list people
    (副市长甲,副市长乙、丙出席; 县法院院长,…): each clause holds a person, or a body's
    head, and ends with one."""
    out: list[Mention] = []
    end = clause_start - 1
    while end > sentence[0]:
        mark = max((m.end() for m in CLAUSE.finditer(text, sentence[0], end)), default=sentence[0])
        people = listed_people(text, sentence_mentions, mark, end)
        tail = text[people[-1].end : end].strip() if people else ""
        if not people and unnamed_subject(text, mark, end) and mark > sentence[0]:
            end = mark - 1  # 县直有关单位主要负责人,: others listed between the named
            continue
        if not people or not (
            tail_ok(without_delegate(text, people[-1], tail))
            or others_joined(text, people[-1].end, end)
        ):
            break
        if any(m.label in LISTED_NOT for m in sentence_mentions if mark <= m.start < end):
            break
        if people[-1].label == Label.ORGANIZATION:  # 甲、乙、丙有关领导同志: the bodies listed
            people = [
                m
                for m in sentence_mentions
                if m.label in LISTED and mark <= m.start and m.end <= end
            ]
        out = group_back(text, people) + out
        if mark == sentence[0]:
            break
        end = mark - 1
    return out


def modifies_body(text: str, m: Mention, actors: list[Mention]) -> bool:
    """我市 in 我市爱心企业——思正…公司 says where the body is; the body is the actor."""
    return m.home_city and any(
        o.label == Label.ORGANIZATION
        and 0 <= o.start - m.end <= 10
        and not CLAUSE.search(text, m.end, o.start)
        for o in actors
    )


def topic(text: str, clause: Span, here: list[Mention]) -> list[Mention]:
    """珲春市以…为指导,认真落实…,及时启动…: a clause without a verb of the table that opens
    with an actor followed by a subject's word (以, 坚持, 始终, 一行, 冒着…) names the subject
    of the clauses after it (not 山西众城…, 德兴市银街道…: names that only qualify others);
    a clause opening with a person's post (某法院院长甲一行冒着严寒,深入…) names the person;
    one opening with a body's anaphor (全院受理…;荣获…, 该公司…) names the body it means."""
    listed = listed_subject(text, clause, here)
    if listed:
        return listed
    first = here[0] if here else None
    if first is not None and first.label == Label.ORGANIZATION and titled(text, first.end):
        first = next((m for m in here if m.label == Label.PERSON), first)  # 某局局长甲冒雨,…
    opener = text[clause[0] : here[0].start] if here else ""
    people = any(m.label == Label.PERSON for m in here)  # 该公司销售人员甲告诉记者: 甲 speaks
    if (
        first is None
        or (opener and opener not in word_list("titles.txt"))
        or first.label not in (Label.PERSON, Label.ORGANIZATION, Label.PLACE)
        or not (
            any(
                text.startswith(w, first.end)
                for w in word_lists("topic_followers.txt", "subject_tails.txt")
            )
            or (first.label == Label.ORGANIZATION and first.anaphor and not opener and not people)
        )
        or action_pattern().search(text, *clause)
    ):
        return []
    return [first]


def listed_subject(text: str, clause: Span, here: list[Mention]) -> list[Mention]:
    """A verbless clause that only lists bodies, people or places (A、B、C等部门, 甲、乙等,
    甲区、乙镇丙村经过考核): they are the subject of the clauses after it (…,联合赴某镇开展
    慰问活动; …,分别荣获…称号)."""
    if len(here) < 2 or here[0].start != clause[0]:
        return []
    if any(m.label not in CARRY_BREAKS for m in here):
        return []
    rest = text[here[-1].end : clause[1]].strip()
    closed = rest.startswith("等") and rest[1:] in word_list("body_group_nouns.txt")
    group = group_back(text, here)
    if not (closed or tail_ok(rest)) or placed_from(group[0], here) != here[0].start:
        return []
    return group


def before_first_actor(before: list[Mention], label: str) -> Mention | None:
    """The clause's first person, or first body: the people listed in the clauses before
    join a subject that opens with it (县长甲,县农业局、县招商局负责同志参加活动)."""
    actors = [m for m in before if m.label == label]
    return actors[0] if actors and label in (Label.PERSON, Label.ORGANIZATION) else None


def carried_on(
    text: str, last: re.Match, trig_start: int, before: list, subject: list, start: int
) -> bool:
    """甲、乙出席启动仪式并讲话: a verb after another verb of its clause (from ``start``)
    whose subject is named in the clause, with no person, body or place named between
    them, has that verb's subject, the whole list, not its first name. Not where others
    act (陪同乙考察: 乙; 县人大代表列席: 代表 is the noun naming who attends), nor for a
    subject carried from an earlier clause."""
    from_last = before[-1].end if before and before[-1].end > last.end() else last.start()
    return (
        any(m.start >= start for m in subject)
        and not any(m.start >= last.end() and m.label in CARRY_BREAKS for m in before)
        and not unnamed_subject(text, from_last, trig_start)
    )
