"""Who did what to whom, and what each figure measures, clause by clause.

Driven by the trigger table (kg.nlp.triggers): in each clause, a trigger verb
(kg.extract.verbs) has as subject the person, body or place named before it
(kg.extract.subjects), else the subject carried over from the clauses before,
or the body holding the meeting when the clause opens with it
(kg.extract.meetings); its objects are the names after it, up to the next
verb, of the labels its row allows (kg.extract.objects). Visits written as a
movement and a purpose are read by kg.extract.visits. A verb's role
(verb_roles.tsv) hands on to the verbs after it: a leader's led body, an
organiser's team, the party escorted. After a speech verb (甲强调,…) the rest
of the sentence is what was said: no one's acts are carried into it. The
evidence is the sentence, with the sentence that names a carried-over subject
put in front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.attendee_lists import attendee_lists
from kg.extract.dates import resolve_date
from kg.extract.evidence import Span, clauses, evidence, key, nested, short_quotes
from kg.extract.giving import GIVING, amount, givers
from kg.extract.measures import Topic, clause_measures
from kg.extract.meetings import holders, opens_with_meeting
from kg.extract.objects import (
    beneficiary,
    framed_themes,
    objects_of,
    spoken_of_as_thing,
    theme_sense,
)
from kg.extract.subjects import (
    before_first_actor,
    carried_on,
    delegate,
    group_opens,
    list_clauses,
    subjects,
    topic,
    unnamed_subject,
)
from kg.extract.verbs import (
    disposal,
    motions_in,
    passive_mark,
    quoted_speaker,
    reports_speech,
    roles,
    speaker_at_event,
    speech_topics,
    subordinate,
    triggers_in,
)
from kg.extract.visits import Visit, inside_visit, setting_of, visits_in
from kg.nlp.kind_lists import LIST_END
from kg.nlp.triggers import action_table, sense
from kg.records import Article, Mention, Relation
from kg.schema import Label, RelType

LIST_GOES_ON = ("；", ";")  # a sentence so ended lists on into the next
SPIRIT = "精神"  # 某某视察山西重要讲话精神: the visit names a speech, no object goes on after it
PRESENT = (RelType.VISITED, RelType.ATTENDED, RelType.PRESIDED, RelType.SPOKE)
PRESENT_ACTORS = (Label.PERSON, Label.ORGANIZATION)  # a place holds or acts, never goes or speaks
# 据了解,…; 2024年是全面贯彻…之年: background, or a year described; no one acts in it
BACKGROUND = re.compile(r"据|(?:\d{4}年|今年|明年|去年)是")
NON_ACTORS = {"会上", "文件", "通知", "意见", "方案", "会议要求"}


def visiting(trig: re.Match) -> bool:
    """A visiting verb of its own (考察, 视察), not one that joins or leads another's."""
    verb = trig.group(0)
    return action_table().get(verb) == RelType.VISITED and not roles().get(verb)


@dataclass
class ActionReader:
    """Reads one article's clauses in order, carrying the subject and the last held event."""

    article: Article
    sentences: list[Span]
    word_starts: set[int]
    subject: list[Mention] = field(default_factory=list)
    held: list[Mention] = field(default_factory=list)  # the events held so far, in order
    hosts: list[Mention] = field(default_factory=list)  # who held the last event naming them
    last_visit: list[Mention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    speech: bool = False  # the rest of the sentence is what a speaker said
    visits: list[Visit] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # ids of names a visit went to
    escorted: list[Mention] = field(default_factory=list)  # the subject before this one
    visitors: list[Mention] = field(default_factory=list)  # who made the last visit
    topic: Topic = field(default_factory=Topic)  # what figures measure (kg.extract.measures)
    receivers: list[Mention] = field(default_factory=list)  # of the last gift (kg.extract.giving)
    setting: Mention | None = None  # the place the sentence opens with (在某村,…)
    touring: tuple[list[Mention], str] = ([], "")  # the people of the last visit, its verb
    listing: Span = (0, 0)  # where a list of people before this sentence's verb may begin
    listed: list[Mention] = field(default_factory=list)  # the names in ``listing``
    framed_verbs: set[int] = field(default_factory=set)  # verbs read with an attendee list
    led: list[Mention] = field(default_factory=list)  # whom the sentence's leader leads
    presider: list[Mention] = field(default_factory=list)  # who presides the sentence's meeting

    @property
    def last_event(self) -> Mention | None:
        """The event held last: what a meeting's later acts refer to (会议审议了…)."""
        return self.held[-1] if self.held else None

    @property
    def text(self) -> str:
        return self.article.text

    def home_place(self) -> Mention | None:
        """The first name in the article of the place its paper serves (昌宁县, 我县)."""
        city = self.article.home_city
        return next(
            (
                m
                for m in self.mentions
                if m.label == Label.PLACE and (m.home_city or (city and m.name == city))
            ),
            None,
        )

    def read(self, placed: list[Mention]) -> list[Relation]:
        """All who-did-what relations (and MEASURES) of the article, sentence by sentence."""
        self.mentions = placed
        # names bound words too: pkuseg may glue a verb to a name (潘朝晖率 → 潘|朝晖率)
        quoted = {k for a, b in short_quotes(self.text, 0, len(self.text)) for k in range(a + 1, b)}
        self.word_starts = (
            (set(self.word_starts) - quoted)  # a quoted theme's words are no acts
            | {m.start for m in placed}
            | {m.end for m in placed}
            | {m.end() for m in LIST_END.finditer(self.text) if m.start() in self.word_starts}
            # 等 | 到会: the word after a list's 等 begins where it ends
        )
        out: list[Relation] = []
        for s, e in self.sentences:
            in_sentence = [m for m in placed if s <= m.start < e]
            if self.text.endswith(LIST_GOES_ON, 0, s):  # the list runs on from the last one
                self.listing, self.listed = (self.listing[0], e), self.listed + in_sentence
            else:
                self.listing, self.listed = (s, e), in_sentence
            top = [m for m in in_sentence if not nested(m, in_sentence)]
            self.visits = visits_in(self.article, s, e, top, self.word_starts)
            self.led = []
            self.setting = setting_of(self.text, s, top)
            out += self.visit_stop(top, (s, e))
            out += self.attendees((s, e), top)
            self.taken = {id(m) for v in self.visits for m in top if inside_visit(m, v) and v.moves}
            self.speech = False
            self.presider = []
            for cs, ce in clauses(self.text, s, e):
                here = [m for m in top if cs <= m.start < ce]
                out += self.note_events(here, (s, e))
                if opens_with_meeting(self.text, cs):
                    self.subject = holders(self.last_event, placed) or self.hosts  # 预备会议
                elif (
                    unnamed_subject(self.text, cs, ce)
                    or BACKGROUND.match(self.text, cs)
                    or group_opens(self.text, cs, ce)
                ):
                    self.subject = []  # 甲公司等企业负责人,…: they act next; 据了解: background;
                    # 视察组对…给予了肯定: a group that is no entity acts from here on
                else:
                    self.subject = topic(self.text, (cs, ce), here) or self.subject
                out += self.clause_actions((s, e), (cs, ce), here)
                out += self.said_at_event(here, (s, e), (cs, ce))
                for m, verb in framed_themes(self.text, (cs, ce), here, self.speech):
                    out += self.relations(RelType.ACTED, verb, self.subject, [m], (s, e), m.start)
                self.speech = self.speech or reports_speech(self.text, cs, ce)
                out += clause_measures(self, here, in_sentence)
            if self.speech:
                self.subject = []
        return out

    def attendees(self, sentence: Span, top: list[Mention]) -> list[Relation]:
        """出席会议的领导有甲,乙: the people listed after 有 attended (kg.extract.attendee_lists);
        the verb is read here, not again with a subject before it."""
        out = []
        for found in attendee_lists(self.text, sentence, top, self.last_event):
            self.framed_verbs.add(found.verb.start())
            if found.event is not None:
                verb, where = found.verb.group(1), found.verb.start()
                out += self.relations(
                    RelType.ATTENDED, verb, found.attendees, [found.event], sentence, where
                )
        return out

    def visit_stop(self, top: list[Mention], sentence: Span) -> list[Relation]:
        """在甲公司,乙认真倾听了…: a stop of the visit just reported, made by its visitor
        named right after the setting."""
        visitors, verb = self.touring
        after = [m for m in top if self.setting and m.start >= self.setting.end]
        if not after or after[0].label != Label.PERSON:
            return []
        if after[0].name not in {v.name for v in visitors if v.label == Label.PERSON}:
            return []
        where = self.setting.start
        return self.relations(RelType.VISITED, verb, after[:1], [self.setting], sentence, where)

    def said_at_event(self, here: list[Mention], sentence: Span, clause: Span) -> list[Relation]:
        """”甲说。 in the report of an event: the person quoted spoke at it; so did one who
        says something in a sentence set at it (会上,甲介绍了…)."""
        said = quoted_speaker(self.text, clause, here) or speaker_at_event(
            self.text, sentence, clause, here
        )
        if said is None or self.last_event is None:
            return []
        speaker, verb = said
        event = [self.last_event]
        return self.relations(RelType.SPOKE, verb, [speaker], event, sentence, speaker.end)

    def note_events(self, here: list[Mention], sentence: Span) -> list[Relation]:
        """Remember the last held event (not one only referred to: 党的二十大精神);
        its body HELD it when the name says which, and holds the sittings named after it
        with no body (某会议举行预备会议。会议通过了…: the body acts)."""
        out = []
        for m in (m for m in here if m.label == Label.EVENT):
            bodies = holders(m, self.mentions)
            if m.trigger or m.in_title:
                self.held.append(m)
                self.hosts = bodies or self.hosts
            else:  # 传达学习市委某全会精神: a meeting held elsewhere, by the body it names
                bodies = [b for b in bodies if b.label == Label.ORGANIZATION]
            for body in bodies:
                out += self.relations(RelType.HELD, "召开", [body], [m], sentence, m.start)
        return out

    def clause_actions(self, sentence: Span, clause: Span, here: list[Mention]) -> list[Relation]:
        """The acts of one clause: its verbs and movements in order, each with its subject
        settled and its objects read up to the next verb."""
        found = triggers_in(self.text, clause[0], clause[1], self.word_starts, here)
        found = [t for t in found if t.start() not in self.framed_verbs]
        found += [v.motion for v in self.visits if clause[0] <= v.motion.start() < clause[1]]
        found.sort(key=lambda t: t.start())
        stops = sorted({t.start() for t in found} | motions_in(self.text, clause, self.word_starts))
        out: list[Relation] = []
        last: re.Match | None = None  # the clause's last verb with a subject
        for trig in found:
            upto = (
                disposal(self.text, clause[0], trig.start(), here)
                or beneficiary(self.text, clause[0], trig, here)
                or (passive_mark(self.text, clause[0], trig) if passive(trig) else None)
                or trig.start()
            )  # 将甲抓获, 为甲揭牌: 甲 is the object, no subject; 被甲授予: 甲 honours
            before = [m for m in here if m.end <= upto and id(m) not in self.taken]
            if last:  # 研究了全旗贯彻落实举措: a scope word after a verb is in its object
                before = [m for m in before if not (m.refers_back and m.start >= last.end())]
            if not (
                (
                    last
                    and carried_on(self.text, last, trig.start(), before, self.subject, clause[0])
                )
                or self.take_subject(trig, before, clause, self.led)
            ):
                if visiting(trig):  # 委员们视察了甲、乙等地: people who are no entity
                    self.note_visit(self.objects(trig, clause, here, before, stops)[1], [])
                last = None
                continue
            last = trig
            visit = next((v for v in self.visits if v.motion is trig), None)
            if visit:
                self.last_visit, self.visitors = visit.places, self.subject
                out += self.relations(
                    visit.type, visit.verb, self.subject, visit.places, sentence, trig.start()
                )
                continue
            stop, objs = self.objects(trig, clause, here, before, stops)
            kind = action_table()[trig.group(0)]
            if visiting(trig):
                self.note_visit(objs, self.subject)
                self.touring = (self.subject, trig.group(0))
            out += self.verb_relations(trig, sentence, here, objs)
            if kind == RelType.HELD and self.last_event in objs:  # 某委召开…会议。会议审议了…
                self.hosts = [
                    a for a in self.subject if a.label == Label.ORGANIZATION
                ] or self.hosts
            if kind == RelType.PRESIDED and self.last_event in objs:
                self.chair(holders(self.last_event, self.mentions))
            self.led = self.after_verb(trig, objs, stop, here) or self.led
        return out

    def chair(self, hosts: list[Mention]) -> None:
        """甲主持召开某区政府常务会议,传达学习…,听取…: what the meeting does in the clauses
        after, with no one named, its body does (as 会议听取… does); a speech there is still
        the presider's (…,并作讲话)."""
        if hosts:
            self.presider = [a for a in self.subject if a.label == Label.PERSON]
            self.escorted, self.subject = self.subject, hosts

    def objects(self, trig, clause, here, before, stops) -> tuple[int | None, list[Mention]]:
        """Where the verb's objects end (the next verb or movement, or the 精神 a verb of a
        leader's speech is named in: 贯彻某某视察山西重要讲话精神和市委…部署) and what they are."""
        stop = next((k for k in stops if k > trig.start()), None)
        spirit = self.text.find(SPIRIT, trig.end(), stop)
        return stop, objects_of(
            self, trig, (clause[0], spirit if spirit >= 0 else stop), here, before
        )

    def note_visit(self, objs: list[Mention], visitors: list[Mention]) -> None:
        """Where a visit went, for those who join it next (走访甲等企业。乙参加调研), also
        when its visitors are no entity (委员们视察了甲、乙等地。丙等参加视察)."""
        sites = [o for o in objs if o.label in (Label.PLACE, Label.ORGANIZATION)]
        sites = sites or self.places_of(objs)  # 视察了某县重点项目: the county
        if sites:
            self.last_visit, self.visitors = sites, visitors

    def places_of(self, programmes: list[Mention]) -> list[Mention]:
        """The places programmes' names open with (某县重点项目: 某县)."""
        return [
            m
            for p in programmes
            for m in self.mentions
            if m.label == Label.PLACE and m.start == p.start and m.end < p.end
        ]

    def after_verb(
        self, trig: re.Match, objs: list[Mention], stop: int | None, here: list[Mention]
    ) -> list[Mention]:
        """What the verb leaves for the verbs after it: the body or the people a leader
        leads (returned: 甲率代表团来广考察, 甲带领乙、丙,深入某县调研: all visit); the
        group a body organises, now the subject (组织服务队开展活动: the team holds it;
        组织教师参加: nobody named acts); the
        subject before, when the act only dates another (甲考察河南时的讲话) or is spoken of
        as a thing (学习了甲的讲话)."""
        role = roles().get(trig.group(0))
        end = max((o.end for o in objs), default=trig.end())
        if role == "lead":  # not the delegates of bodies (带领区委办、区政府办负责人)
            bodies = [o for o in objs if o.label == Label.ORGANIZATION]
            people = [
                m
                for m in here
                if m.label == Label.PERSON and trig.end() <= m.start < (stop or len(self.text))
            ]
            return people + ([] if bodies and delegate(self.text, bodies[-1]) else bodies)
        if role == "causative" and stop is not None and stop > end:
            self.subject = [o for o in objs if o.label in (Label.ORGANIZATION, Label.PERSON)]
        elif subordinate(self.text, end) or (
            action_table().get(trig.group(0)) == RelType.SPOKE
            and spoken_of_as_thing(self.text, trig.start())
        ):
            self.subject = self.escorted  # 传达了甲在某会上的讲话: 甲 does not act on
        return []

    def listed_before(self, clause_start: int) -> list[Mention]:
        """The people listed in the clauses before this one, back over sentences that end
        with a semicolon (甲,乙等爱心人士;丙,丁等出席)."""
        return list_clauses(self.text, self.listed, self.listing, clause_start)

    def take_subject(self, trig, before, clause, led) -> bool:
        """Settle the subject for this trigger; False when nobody acts."""
        verb, span = trig.group(0), (clause[0], trig.start())
        if roles().get(verb) == "framed" and not framed(self.text, clause[0], trig):
            return False  # 总投资5亿元: no one invests in a name here
        at = passive_mark(self.text, clause[0], trig) if passive(trig) else trig.start()
        if at is None:
            return False  # 甲授予乙…称号: the honoured one is the object, read elsewhere
        speaks = action_table().get(verb) == RelType.SPOKE
        actors = subjects(self.text, before, at)  # 某村被甲授予: up to 被
        if not actors and purpose_opening(self.text, trig.start(), self.mentions):
            return False  # 为进一步深化X,…,甲和乙签订…: the doer is named after the purpose
        by = "由" in self.text[clause[0] : actors[0].start] if actors else False
        if actors and actors[0] is before_first_actor(before, actors[0].label) and not by:
            actors = self.listed_before(clause[0]) + actors  # not 大会由甲主持: 甲 alone
        if not actors and group_opens(self.text, clause[0], trig.start()):
            self.subject = []  # 调研组通过…: a group that is no entity acts from here on
        if not actors and unnamed_subject(self.text, *span):
            actors = self.listed_before(clause[0])  # 甲,乙,各镇人大主席列席: 甲, 乙 with them
        if not actors and (roles().get(verb) == "named" or unnamed_subject(self.text, *span)):
            return False  # 全乡教师参加: people who are no entity act; 建设 only by one named
        if not actors and not before:  # 甲,乙一行,就X做了调研: the people listed before
            actors = self.listed_before(clause[0])
        if not actors and before and before[-1].label == Label.EVENT:
            actors = holders(before[-1], self.mentions)  # 市政协六届四次会议举行第二次全体会议
        if actors:
            if led and (actors[-1] in self.subject or all(a in led for a in actors)):
                # 甲、乙带领丙到某镇: 甲, 乙 and 丙 go; 甲带领乙,深入某县调研: 甲 and 乙
                actors = self.subject + [m for m in led if m not in self.subject]
            self.escorted, self.subject = self.subject, actors
        elif self.text[clause[0] : trig.start()].strip() in NON_ACTORS or (
            speaks and opens_with_meeting(self.text, clause[0])
        ):
            self.subject = []  # 会议指出, 通知要求: nobody in particular acts
        elif self.speech and not opens_with_meeting(self.text, clause[0]):
            return False  # what a speaker said: no one's act is carried into it
        return bool(self.subject)

    def verb_relations(
        self, trig: re.Match, sentence: Span, here: list[Mention], objs: list[Mention]
    ) -> list[Relation]:
        """The relations of one verb, typed per object by the verb's rows; a speech also
        links the speaker to the topic named before it (作题为《X》的发言)."""
        verb = trig.group(0)
        rel_type = action_table()[verb]
        speakers = self.subject
        if rel_type == RelType.SPOKE and not any(a.label == Label.PERSON for a in speakers):
            speakers = self.presider  # 甲主持召开…会议,…,并讲话: the presider speaks
            if not speakers:
                return []  # people speak; a body (进行大会发言) or a meeting (会议指出) does not
        out = []
        kinds = [
            visit_or_act(theme_sense(self.text, o, objs, sense(verb, o.label)), o) for o in objs
        ]
        if rel_type == RelType.ATTENDED and objs and objs == self.last_visit:
            kinds = [RelType.VISITED] * len(objs)  # 甲前往某县考察,乙参加: 乙 joins the visit
        for kind in dict.fromkeys(kinds):
            mine = [o for o, k in zip(objs, kinds, strict=True) if k == kind]
            who = speakers
            if kind == RelType.DONATED:  # 某商会会长甲…捐款: the body gives
                before = [m for m in here if m.end <= trig.start()]
                who = givers(self.text, who, before, sentence, self.mentions, self.topic)
            out += self.relations(kind, verb, who, mine, sentence, trig.start(), here)
        if rel_type == RelType.SPOKE:  # 作题为《X》的发言, 就X作说明: the speaker on X
            topic_verb, topics = speech_topics(self.text, trig, here, speakers)
            out += self.relations(
                RelType.ACTED, topic_verb, speakers, topics, sentence, trig.start()
            )
        return out

    def relations(
        self,
        rel_type: str,
        verb: str,
        actors: list[Mention],
        objs: list[Mention],
        sentence: Span,
        where: int,
        here: list[Mention] = (),
    ) -> list[Relation]:
        """One relation per actor and object, quoting the sentences that name them; people
        who act 分别 (respectively) on as many objects each act on their own."""
        paid = amount(here) if rel_type in GIVING else None
        when = resolve_date(self.text[sentence[0] : sentence[1]], self.article.date)
        pairs = respectively(self.text, actors, objs, where)
        return [
            Relation(
                rel_type,
                key(a),
                key(o),
                evidence(self.text, self.sentences, a.start, o.start, where),
                verb=verb,
                date=when or o.date,
                amount=paid,
            )
            for a, o in pairs
            if key(a) != key(o) and (rel_type not in PRESENT or a.label in PRESENT_ACTORS)
        ]


def visit_or_act(rel_type: str, obj: Mention) -> str:
    """A visit goes to a place or a body; inspecting a programme (调研该乡脱贫攻坚工作)
    acts on it. (Projects listed as the sites a visit moved to are visited: kg.extract.visits.)"""
    visited = rel_type == RelType.VISITED and obj.label not in PRESENT_ACTORS + (Label.PLACE,)
    return RelType.ACTED if visited else rel_type


PURPOSE = re.compile(r"为了?(?![\u4e00-\u9fff]{0,12}[揭授剪]牌)")  # 为进一步…, not 为某中心揭牌
SENTENCE_ENDS = "。！？!?\n"


def purpose_opening(text: str, pos: int, mentions: list[Mention]) -> bool:
    """Whether ``pos`` stands in the purpose clauses a sentence opens with (为进一步深化X,
    提升Y,…,甲签订…), before anyone is named: no one named before them does what they say."""
    start = max(text.rfind(c, 0, pos) for c in SENTENCE_ENDS) + 1
    return PURPOSE.match(text, start) is not None and not any(
        m.label in PRESENT_ACTORS and start <= m.start < pos for m in mentions
    )


def passive(trig: re.Match) -> bool:
    """A verb that acts only after 被 (kg/nlp/data/verb_roles.tsv: passive)."""
    return roles().get(trig.group(0)) == "passive"


def framed(text: str, clause_start: int, trig: re.Match) -> bool:
    """由某公司投资的某项目: the verb stands in a 由 frame closed by 的."""
    return "由" in text[clause_start : trig.start()] and text.startswith("的", trig.end())


def respectively(
    text: str, actors: list[Mention], objs: list[Mention], where: int
) -> list[tuple[Mention, Mention]]:
    """Who acts on what: every actor on every object, but actors who act 分别 on as many
    objects act one each, in order (甲、乙分别带领…到丙镇、丁镇: 甲 to 丙镇, 乙 to 丁镇; the
    bodies they led, with no order given, on none; 甲村、乙区分别荣获A和B称号). With more
    objects than actors (甲、乙、丙分别深入丁、戊、己、庚等乡镇) who went where is not
    written: all of them."""
    people = [a for a in actors if a.label == Label.PERSON]
    each = people or actors  # 甲村、乙区分别荣获A和B称号: bodies and places act one each too
    if (
        len(each) > 1
        and len(each) == len(objs)
        and "分别" in text[each[0].end : max(where, each[0].end)]
    ):
        return list(zip(each, objs))
    return [(a, o) for a in actors for o in objs]
