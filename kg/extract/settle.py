"""Settle the names of bodies and places within one article.

Anaphors point back (该公司 → the last company, 全县/该县 → the county named, 全省 →
the province), short forms take the full name (利民公司 → 乌海能源利民公司, 县政府 →
县人民政府, 南昌 → 南昌市, 县委 → 中共涡阳县委 when it is the only one), a body's
other name in brackets is an alias (市工商联(总商会)), the paper's own city is a
place wherever it is written, and a place or body named only inside a body's name
is no mention of its own (湖南 in 苏州市湖南商会).
"""

from __future__ import annotations

import functools
import re

from kg.extract.evidence import Span, sentence_of
from kg.nlp.autonomy import autonomous_stem
from kg.nlp.candidates import LEVELS
from kg.nlp.lexicon import ordered_words, word_list
from kg.nlp.mentions import holds_event
from kg.nlp.person_names import title_set, title_words
from kg.records import Article, Mention
from kg.schema import Label

LOCAL_LEVELS = ("乡", "镇", "街道", "村", "苏木", "嘎查")  # named in their bodies' names
ADMIN_LEVELS = ("省", "自治区", "市", "州", "盟", "区", "县", "旗") + LOCAL_LEVELS
TERM = re.compile(r"第?[一二三四五六七八九十百\d]+届")  # 十一届县委 is 县委
PEOPLES = re.compile(r"人民(?=政府|法院|检察院)")  # 县政府 is 县人民政府
SOLE_BODIES = ("法院", "检察院", "监察委", "人大", "政协")  # one of each to a place: 法院 alone
SHORT_SPELLINGS = (("人民代表大会", "人大"), ("常务委员会", "常委会"))  # 市人大常委会
PLACE_STEM = re.compile(r"[\u4e00-\u9fff]{2,6}(?<![委府会局院])")  # 某某 of 某某县公安局, not 县委
CHAIN_REACH = 8  # 某特区党委 | 常委、 | 宣传部: the title between a body and the next unit
PLACE_LEVEL = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市县省](?=[\u4e00-\u9fff]{2})")  # 苏州湖南商会


def settle_names(mentions: list[Mention], article: Article, sentences: list[Span]) -> None:
    """Anaphors to their antecedents and short forms to full names, within the article."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        if m.anaphor and m.label == Label.ORGANIZATION:
            m.name = antecedent(ordered, m, lambda a, kind=m.anaphor: a.name.endswith(kind))
        elif m.anaphor and m.label == Label.PLACE:
            m.name = place_antecedent(ordered, m, article.home_city)
    resolve_opening_anaphors(mentions)
    mentions[:] = [m for m in mentions if m.name]
    bracketed_aliases(mentions, article.text)
    for label in (Label.ORGANIZATION, Label.PROGRAMME, Label.EVENT, Label.PLACE):
        names = sorted({m.name for m in mentions if m.label == label}, key=lambda n: (-len(n), n))
        renamed: dict[str, str] = {}
        for m in mentions:
            if m.label != label or m.refers_back:
                continue
            fulls = [
                n
                for n in names
                if len(n) > len(m.name)
                and (is_short_form(m.name, n) or label == Label.EVENT and abbreviates(m.name, n))
            ]
            roots = {
                f for f in fulls if not any(len(g) > len(f) and is_short_form(f, g) for g in fulls)
            }
            unique = len(roots) == 1 or (
                m.name[:1] not in LEVELS and not sole_kind(m.name) if len(m.name) == 2 else True
            )  # 县委, 法院, 商会 alone: only the one body of the article they can name
            if (
                fulls
                and unique
                and not nested_in(m, mentions, fulls[0])
                and not opens_title(m, article.text)
                and not another_bodys_unit(m, mentions, article.text, fulls[0])
                and not (
                    label == Label.ORGANIZATION
                    and own_level_body(m.name, fulls[0], article.home_city)
                    and not said_before_in_sentence(m, mentions, fulls[0], sentences)
                )
            ):
                renamed[m.name] = fulls[0]
                m.short_form, m.name = m.name, fulls[0]
        for m in mentions:  # 县法院…,全院: the anaphor names what its antecedent now names
            if m.label == label and m.refers_back and m.name in renamed:
                m.name = renamed[m.name]


def another_bodys_unit(m: Mention, mentions: list[Mention], text: str, full: str) -> bool:
    """某特区党委常委、宣传部部长甲: a bare unit after another body's title in one chain of
    titles is that body's unit, not the article's 市委宣传部 of the same short name."""
    if m.start < 1 or text[m.start - 1] != "、":
        return False
    chain = [
        o
        for o in mentions
        if o.label == Label.ORGANIZATION
        and 0 <= o.end < m.start - 1
        and m.start - o.end <= CHAIN_REACH
        and all(t in title_set() for t in text[o.end : m.start - 1].split("、"))
    ]  # not 县委、县政府 (two bodies listed) nor 某医院情况的报告、区人大常委会 (no title)
    return bool(chain) and not full.startswith(chain[-1].name)


def resolve_opening_anaphors(mentions: list[Mention]) -> None:
    """该区政协, 该县人民医院: a body named after 该 and a level is the body of the place 该区
    points back to (某某区政协), written so as an alias; with no such place, the body as
    written."""
    resolved = {
        m.start: m
        for m in mentions
        if m.label == Label.PLACE and m.anaphor and m.text.startswith("该") and m.name
    }
    for m in mentions:
        place = resolved.get(m.start)
        if m.label == Label.ORGANIZATION and place and m.name == m.text != place.text:
            m.short_form = m.text
            m.name = place.name + m.text[len(place.text) :]


def own_level_body(short: str, full: str, home: str | None) -> bool:
    """市委 in a city's paper is the city's own (某市委常委…率团来我市; 市委常委某某陪同):
    a body named by the home city's level alone is no short form of another city's body."""
    if not home or short[:1] not in LEVELS or not home.endswith(short[:1]):
        return False
    stem = autonomous_stem(home) or (home[:-1] if len(home) > 2 else home)
    return name_key(full)[:1] not in LEVELS and stem not in full


def said_before_in_sentence(
    m: Mention, mentions: list[Mention], full: str, sentences: list[Span]
) -> bool:
    """某市委书记甲,市委常委乙: the full name earlier in the same sentence is the one meant."""
    here = sentence_of(sentences, m.start)
    return any(
        o.name == full and 0 <= o.end <= m.start and sentence_of(sentences, o.start) == here
        for o in mentions
    )


def antecedent(ordered: list[Mention], m: Mention, fits) -> str:
    """The name of the last mention of ``m``'s label before it that ``fits``, else ''."""
    return next(
        (
            a.name
            for a in reversed(ordered)
            if a.start < m.start and a.label == m.label and not a.refers_back and fits(a)
        ),
        "",
    )


@functools.cache
def zones() -> tuple[str, ...]:
    """Suffixes of zones (某片区, 某开发区), no districts; 新区 may be one (浦东新区)."""
    return tuple(w for w in word_list("zone_suffixes.txt") if w != "新区")


def place_antecedent(ordered: list[Mention], m: Mention, home: str | None) -> str:
    """我区/本县 → the home city when it is of that level; 全县/该县 → the county named
    before (else after; a zone such as 某片区 is no district), else the home city if it is
    one; 全省 → the province named (河南 or 河南省)."""
    level = m.anaphor
    if m.text.startswith(("我", "本")) and home and home.endswith(level):
        return home
    if level == "省":

        def fits(a: Mention) -> bool:
            return a.name.endswith(("省", "自治区")) or a.name + "省" in word_list("places.txt")
    else:

        def fits(a: Mention) -> bool:
            return a.name.endswith(level) and not a.name.endswith(zones())

    found = antecedent(ordered, m, fits)
    if not found:
        found = next(
            (a.name for a in ordered if a.label == Label.PLACE and not a.refers_back and fits(a)),
            "",
        )
    return found or (home if home and home.endswith(level) else "")


def bracketed_aliases(mentions: list[Mention], text: str) -> None:
    """市工商联(总商会): the body in brackets right after a body is its other name."""
    bodies = {m.start: m for m in mentions if m.label == Label.ORGANIZATION}
    for m in list(bodies.values()):
        if text[m.end : m.end + 1] in "(（" and m.end + 1 in bodies:
            inner = bodies[m.end + 1]
            if text[inner.end : inner.end + 1] in ")）":
                inner.short_form, inner.name = inner.name, m.name


def spelled_short(name: str) -> str:
    """A body's name as its short form spells it, its place kept: 某县第十七届人民代表大会
    → 某县人大, 某县人民法院 → 某县法院."""
    name = PEOPLES.sub("", TERM.sub("", name))
    for long, short in SHORT_SPELLINGS:
        name = name.replace(long, short)
    return name


def name_key(name: str) -> str:
    """A name as its short forms write it: 十一届县委 → 县委, 县人民政府 → 县政府,
    苏州市湖南商会 → 苏州湖南商会, 某区第七届人民代表大会 → 某区人大."""
    return PLACE_LEVEL.sub("", spelled_short(name.strip('“”"《》')))


def is_short_form(short: str, full: str) -> bool:
    """利民公司 abbreviates 乌海能源利民公司: the full name ends with it (same head), once
    both are written as short forms are; a quoted name loses its quotes (“最强党支部”);
    a body is named by its level alone (县委 for 中共涡阳县委); a place by its stem
    (南昌 for 南昌市)."""
    if full.startswith(short) and full[len(short) :] in ADMIN_LEVELS and len(short) >= 2:
        return True
    stem = autonomous_stem(full)
    if stem and short in (stem, stem + full[-1]):
        return True  # 张家川县, 张家川 for 张家川回族自治县: an autonomous unit by its stem
    plain_full, plain_short = spelled_short(full), spelled_short(short)
    if (
        plain_short[:1] in LEVELS
        and plain_full.endswith(plain_short)
        and PLACE_STEM.fullmatch(plain_full[: -len(plain_short)])
    ):
        return True  # 县公安局, 县法院 for 某县人民法院, 市九届人大 for 某市第九届人大
    if full == short + "道" and short.endswith("街") and len(short) >= 3:
        return True  # 三山岛街 for 三山岛街道
    bare_full, bare_short = name_key(full), name_key(short)
    return bare_full.endswith(bare_short) and (
        len(bare_short) >= 3
        or bare_short == bare_full
        or bare_short[:1] in LEVELS
        or sole_kind(bare_short)  # 法院 for 某某市人民法院, 商会 for 某某商会
    )


def sole_kind(name: str) -> bool:
    """A body written by its kind alone (法院, 商会): the one body of that kind the article
    names, if it names only one."""
    return name in SOLE_BODIES or name in word_list("org_heads.txt")


def opens_title(m: Mention, text: str) -> bool:
    """公司 | 负责人: a kind that opens a title names the body the post reader finds
    (kg/nlp/data/generic_bodies.txt), not the one this mention would settle on."""
    return m.name in word_list("generic_bodies.txt") and text.startswith(title_words(), m.end)


def abbreviates(short: str, full: str) -> bool:
    """集中开工仪式 for 某开发区某项目集中开工暨签约仪式: an event named again by some of its
    words in order, with its head, and more than its head alone."""
    if len(short) < 4 or short[-2:] != full[-2:] or short in word_list("event_heads.txt"):
        return False
    rest = iter(full)
    return all(c in rest for c in short)


def nested_in(m: Mention, mentions: list[Mention], full: str) -> bool:
    """Whether this occurrence is itself inside an occurrence of the full name."""
    return any(
        o is not m and o.name == full and o.start <= m.start and m.end <= o.end for o in mentions
    )


def home_city_mentions(text: str, mentions: list[Mention], home: str | None) -> list[Mention]:
    """The paper's own city is a place wherever it is written (应县, 南昌 for 南昌市) and no
    name found covers it, nor a landmark's name it opens (玛纳斯 | 河, 南昌 | 港)."""
    if not home:
        return []
    stem = home[:-1] if home.endswith(("市", "县", "区", "旗")) and len(home) > 2 else home
    taken = [(m.start, m.end) for m in mentions if m.start >= 0]
    out = []
    for hit in re.finditer(re.escape(stem), text):
        s, e = hit.start(), hit.end()
        e = e + 1 if text.startswith(home, s) and home != stem else e
        if e == hit.end() and text.startswith(ordered_words("landmark_heads.txt"), e):
            continue
        if not any(a < e and s < b for a, b in taken):
            out.append(Mention(Label.PLACE, home, text[s:e], s, e))
            taken.append((s, e))
    return out


def inside(m: Mention, o: Mention) -> bool:
    """``m`` lies within ``o``'s name and is shorter."""
    return o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start


def drop_inner_names(mentions: list[Mention]) -> None:
    """A place or body named only inside a body's or an event's name is no mention of
    its own (湖南 in 苏州市湖南商会, 市政府 in 市政府办公室, 丝绸之路 in
    第七届丝绸之路国际博览会), unless the article also names it alone, or it is a
    body with a unit of its own under it (乌海能源 | 利民公司), or a place in an
    address (海南省 | 白沙县 | 检察院) or a township, street or village (南开乡 in
    南开乡政府)."""
    bodies = [m for m in mentions if m.label == Label.ORGANIZATION and not m.refers_back]
    places = [m for m in mentions if m.label == Label.PLACE and not m.refers_back]
    events = [m for m in mentions if m.label == Label.EVENT]
    outer = {id(m): o for m in places + bodies for o in bodies + events if inside(m, o)}
    alone = {(m.label, m.name) for m in mentions if id(m) not in outer}
    mentions[:] = [
        m
        for m in mentions
        if id(m) not in outer
        or (m.label, m.name) in alone
        or (m.label == Label.ORGANIZATION and heads_a_unit(m, outer[id(m)]))
        or (m.label == Label.ORGANIZATION and holds_event(m, outer[id(m)]))  # 省委 | 全会
        or (m.label == Label.PLACE and in_address(m, places, outer[id(m)]))
    ]


def heads_a_unit(m: Mention, o: Mention) -> bool:
    """乌海能源 | 利民公司, 县法院 | 刑事审判庭: the outer name goes on with a unit of its
    own, not with a bare head (市政府 | 办公室, 市人大 | 常委会)."""
    rest = o.text[m.end - o.start :]
    return (
        m.start == o.start
        and len(rest) >= 3
        and rest not in word_list("org_heads.txt")
        and rest not in word_list("generic_orgs.txt")
    )


def in_address(p: Mention, places: list[Mention], o: Mention) -> bool:
    """A township or lower, or a place next to a place within it in the body's name
    (海南省 | 白沙县, 海勃湾区 | 凤凰岭街道); 湖北省 | 湖南商会 is no address."""
    if p.name.endswith(LOCAL_LEVELS):
        return True
    return any(
        (q.start == p.end and q.end <= o.end and q.name.endswith(ADMIN_LEVELS))
        or (q.end == p.start and q.start >= o.start and p.name.endswith(ADMIN_LEVELS))
        for q in places
    )
