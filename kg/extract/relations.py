"""Who did what to whom, who holds which post, what is part of or located in what,
and what each figure measures: relations between the mentions of one article.

Who-did-what is driven by the trigger table (kg.nlp.triggers): in each clause,
a trigger verb's subject is the person, body or home city named before it
(A、B、C出席 gives three; 由X主持 gives X), else the subject carried over from
the clauses before; its objects are the events, programmes, bodies, places and
people named after it. Every relation carries its evidence: the sentence, with
the sentence that names a carried-over subject put in front.
"""

from __future__ import annotations

import re

from kg.extract.dates import resolve_date
from kg.nlp.lexicon import word_list
from kg.nlp.triggers import trigger_pattern, trigger_table
from kg.records import Article, Mention, Relation
from kg.schema import Label

CLAUSE = re.compile(r"[，,；;：:]")
ACTORS = (Label.PERSON, Label.ORGANIZATION)
OBJECTS = (Label.EVENT, Label.PROGRAMME, Label.ORGANIZATION, Label.PLACE, Label.PERSON)
TARGETED = (Label.PROGRAMME, Label.EVENT)
DISTRICT = ("区", "旗", "县")
NO_OBJECT_FALLBACK = {"SPOKE", "PRESIDED", "ATTENDED"}
LEVEL_BODY_CHARS = 3  # 市委, 区政府, 市政府: the body a title is read with
MEANS = re.compile(r"(?:以|通过|按照|采取|借助)$")
NON_ACTOR_SUBJECTS = {
    "会议",
    "会上",
    "大会",
    "会议要求",
    "文件",
    "通知",
    "意见",
    "方案",
}  # 会议指出: nobody in particular


def extract_relations(
    article: Article,
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
    word_starts: set[int],
) -> list[Relation]:
    """All relations of one article; ``word_starts`` are the offsets where pkuseg words begin,
    so that a trigger is a word (组织) and not part of one (党组织)."""
    placed = [m for m in mentions if m.start >= 0]
    out: list[Relation] = []
    out += wrote(article)
    out += holds_position(text, placed, sentences)
    out += part_of_and_located_in(article, text, placed, sentences)
    out += actions_and_measures(article, text, placed, sentences, word_starts)
    return dedupe(out)


def key(m: Mention) -> tuple[str, str]:
    return (m.label, m.name)


def sentence_of(sentences, pos: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentences if s <= pos < e), (pos, pos))


def evidence(text: str, sentences, *positions: int) -> str:
    """The sentences that hold the given character positions, in order, joined with an ellipsis."""
    spans = sorted({sentence_of(sentences, p) for p in positions})
    return "…".join(text[s:e].strip() for s, e in spans)


def wrote(article: Article) -> list[Relation]:
    return [
        Relation(
            "WROTE", (Label.PERSON, b.name), (Label.ARTICLE, article.id), b.evidence, role=b.role
        )
        for b in article.bylines
    ]


def holds_position(text: str, placed: list[Mention], sentences) -> list[Relation]:
    """Title–name appositions: 市委常委、秘书长李春晓 / 凤凰岭街道党工委副书记郭振艾 / 公司负责人贾斌."""
    titles = sorted(word_list("titles.txt"), key=len, reverse=True)
    orgs = [m for m in placed if m.label == Label.ORGANIZATION]
    out = []
    for person in (m for m in placed if m.label == Label.PERSON and m.title_end is not None):
        end = person.title_end
        p = end
        while True:
            t = next((t for t in titles if text.startswith(t, p - len(t))), None)
            if t:
                p -= len(t)
                continue
            org = next((o for o in orgs if o.end == p and not o.refers_back), None)
            if org:
                p = org.start
                continue
            if p > 0 and text[p - 1] == "、" and p - 1 > 0:
                p -= 1
                continue
            break
        p = p + 1 if text[p : p + 1] == "、" else p
        title = text[p:end]
        if not title or not any(t in title for t in titles):
            continue
        body = next((o for o in orgs if p <= o.start and o.end <= end), None)
        if body is None:
            body = generic_body(text, p, orgs)
        if body is None:
            continue
        # a named body leaves the title (凤凰岭街道党工委 | 副书记); a level body is part of it (市委常委)
        bare = (
            title[len(body.text) :]
            if title.startswith(body.text) and len(body.text) > LEVEL_BODY_CHARS
            else title
        )
        out.append(
            Relation(
                "HOLDS_POSITION",
                key(person),
                key(body),
                evidence(text, sentences, person.start, body.start),
                title=bare or title,
            )
        )
    return out


def generic_body(text: str, pos: int, orgs: list[Mention]) -> Mention | None:
    """公司负责人: a bare 公司/厂 before the title means the last body of that kind named."""
    for word in ("公司", "厂", "中心", "单位", "企业", "集团"):
        if text.endswith(word, 0, pos):
            return next(
                (
                    o
                    for o in sorted(orgs, key=lambda o: -o.start)
                    if o.end <= pos - len(word) and o.name.endswith(word)
                ),
                None,
            )
    return None


def part_of_and_located_in(
    article: Article, text: str, placed: list[Mention], sentences
) -> list[Relation]:
    out = []
    orgs = [m for m in placed if m.label == Label.ORGANIZATION and not m.refers_back]
    places = [m for m in placed if m.label == Label.PLACE]
    for outer in orgs:
        inner = [
            o
            for o in orgs
            if o is not outer
            and outer.start <= o.start
            and o.end <= outer.end
            and outer.name.startswith(o.name)
            and o.name != outer.name
        ]
        if inner:
            parent = max(inner, key=lambda o: o.end - o.start)
            out.append(
                Relation("PART_OF", key(outer), key(parent), evidence(text, sentences, outer.start))
            )
        inside = [p for p in places if outer.start <= p.start and p.end <= outer.end]
        if inside:
            last = max(inside, key=lambda p: p.end)
            out.append(
                Relation(
                    "LOCATED_IN", key(outer), key(last), evidence(text, sentences, outer.start)
                )
            )
    # address chains: 海勃湾区棋盘井街、世纪大道 / 海勃湾区凤凰岭街道
    for k, a in enumerate(places):
        j = k + 1
        while j < len(places) and places[j].start == places[j - 1].end + (0 if j == k + 1 else 1):
            b = places[j]
            if j > k + 1 and text[places[j - 1].end] not in "、和":
                break
            if b.name != a.name and not a.refers_back:
                out.append(
                    Relation(
                        "LOCATED_IN", key(b), key(a), evidence(text, sentences, a.start, b.start)
                    )
                )
            j += 1
    # districts of the home city, and home-city bodies (我市爱心企业——思正…公司)
    home = [m for m in places if m.home_city]
    if article.home_city and home:
        located = {r.subj for r in out if r.type == "LOCATED_IN"}
        for p in places:
            if p.name.endswith(DISTRICT) and p.name != article.home_city and key(p) not in located:
                out.append(
                    Relation(
                        "LOCATED_IN",
                        key(p),
                        (Label.PLACE, article.home_city),
                        evidence(text, sentences, home[0].start, p.start),
                    )
                )
                located.add(key(p))
        for h in home:
            org = next(
                (
                    o
                    for o in orgs
                    if 0 <= o.start - h.end <= 10
                    and not CLAUSE.search(text, h.end, o.start)
                    and not trigger_pattern().search(text, h.end, o.start)
                ),
                None,
            )
            if org:
                out.append(
                    Relation(
                        "LOCATED_IN",
                        key(org),
                        key(h),
                        evidence(text, sentences, h.start, org.start),
                    )
                )
    return out


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, start = [], s
    for m in CLAUSE.finditer(text, s, e):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, e))
    return out


def triggers_in(text: str, start: int, end: int, word_starts: set[int]) -> list[re.Match]:
    """Trigger verbs in text[start:end] that begin a word."""
    return [t for t in trigger_pattern().finditer(text, start, end) if t.start() in word_starts]


def actions_and_measures(
    article: Article, text: str, placed: list[Mention], sentences, word_starts: set[int]
) -> list[Relation]:
    table = trigger_table()
    out: list[Relation] = []
    subject: list[Mention] = []
    last_event: Mention | None = None
    for s, e in sentences:
        in_sentence = [m for m in placed if s <= m.start < e]
        for cs, ce in clauses(text, s, e):
            here = [m for m in in_sentence if cs <= m.start < ce and not nested(m, in_sentence)]
            for m in here:
                if m.label == Label.EVENT and (m.trigger or m.in_title):
                    last_event = m  # a held event, not one only referred to (党的二十大精神)
            found = triggers_in(text, cs, ce, word_starts)
            for n, trig in enumerate(found):
                rel_type = table[trig.group(0)]
                before = [m for m in here if m.end <= trig.start()]
                actors = subjects(text, before, trig.start())
                if actors:
                    subject = actors
                if not actors and text[cs : trig.start()].strip() in NON_ACTOR_SUBJECTS:
                    subject = []  # the meeting speaks; what follows is its call, nobody's act
                if not subject:
                    continue
                objs = [
                    m
                    for m in here
                    if m.start >= trig.end()
                    and m.label in OBJECTS
                    and all(m.name != a.name for a in subject)
                ]
                if n + 1 < len(found):
                    objs = [m for m in objs if m.start < found[n + 1].start()]
                passive = text.find("由", cs, trig.start())
                if passive >= 0:
                    objs += [m for m in before if m.end <= passive and m.label in TARGETED]
                if not objs and rel_type in NO_OBJECT_FALLBACK and last_event:
                    objs = [last_event]
                amount = next((m for m in here if m.figure and m.figure.unit == "元"), None)
                when = resolve_date(text[s:e], article.date)
                for a in subject:
                    for o in objs:
                        paid = amount.text if rel_type == "DONATED" and amount else None
                        out.append(
                            Relation(
                                rel_type,
                                key(a),
                                key(o),
                                evidence(text, sentences, a.start, o.start, trig.start()),
                                verb=trig.group(0),
                                date=when or o.date,
                                amount=paid,
                            )
                        )
            for fig in (m for m in here if m.label == Label.FIGURE):
                target = measured(text, fig, here, in_sentence, subject, last_event)
                if target:
                    out.append(
                        Relation(
                            "MEASURES",
                            key(fig),
                            key(target),
                            evidence(text, sentences, fig.start, target.start),
                        )
                    )
    return out


def nested(m: Mention, others: list[Mention]) -> bool:
    return any(
        o is not m
        and o.start <= m.start
        and m.end <= o.end
        and (o.end - o.start) > (m.end - m.start)
        for o in others
    )


def subjects(text: str, before: list[Mention], trig_start: int) -> list[Mention]:
    """The actor(s) of a trigger: 由X主持 → X; A、B、C出席 → A, B, C; else the first actor of the clause."""
    actors = [m for m in before if m.label in ACTORS or m.home_city]
    actors = [m for m in actors if not modifies_body(text, m, actors)]
    people = [m for m in actors if m.label == Label.PERSON]
    actors = people or actors  # 市委书记林青…讲话: the body in a title is not the actor
    if not actors:
        return []
    last = actors[-1]
    if (
        text[last.end : trig_start].strip() in ("", "等", "一行")
        or text.find("由", 0, last.start) >= last.start - 1
    ):
        group = [last]
        for m in reversed(actors[:-1]):
            if text[m.end : group[0].start] in ("、", "和", "及", "与"):
                group.insert(0, m)
            else:
                break
        return group
    return [actors[0]]


def modifies_body(text: str, m: Mention, actors: list[Mention]) -> bool:
    """我市 in 我市爱心企业——思正…公司 says where the body is; the body is the actor."""
    return m.home_city and any(
        o.label == Label.ORGANIZATION
        and 0 <= o.start - m.end <= 10
        and not CLAUSE.search(text, m.end, o.start)
        for o in actors
    )


def measured(
    text: str,
    fig: Mention,
    clause: list[Mention],
    sentence: list[Mention],
    subject: list[Mention],
    last_event: Mention | None,
) -> Mention | None:
    """The most specific entity a figure is about.

    A programme or event in its clause; else one named before it in its
    sentence; else the meeting when the sentence reports on it (会上, 会议);
    else the actor. A figure after a list of names (“A”“B”等…活动90余场)
    counts the whole list's activity, so it goes to the actor.
    """
    for pool in (clause, [m for m in sentence if m.end <= fig.start]):
        near = [
            m
            for m in pool
            if m.label in TARGETED and not MEANS.search(text, max(0, m.start - 3), m.start)
        ]
        if near:
            best = min(near, key=lambda m: abs(m.start - fig.start))
            if best.end <= fig.start and "等" in text[best.end : fig.start] and subject:
                return subject[0]
            return best
    opening = text[max(0, text.rfind("\n", 0, fig.start) + 1) : fig.start]
    if last_event and re.match(
        r"\s*(会上|会议|活动中|活动现场|大会)", re.split(r"[。！？!?]", opening)[-1]
    ):
        return last_event
    named = [
        a
        for a in subject
        if a.label in ACTORS or any(m.label == a.label and m.name == a.name for m in sentence)
    ]
    return named[0] if named else None  # the home city carried from earlier sentences is too vague


def dedupe(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in relations:
        k = (r.type, r.subj, r.obj)
        if k not in seen and r.subj != r.obj:
            seen.add(k)
            out.append(r)
    return out
