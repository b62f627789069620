"""What is part of or located in what: nested names, address chains, the home city.

A body whose name begins with another body's name is part of it (利民公司洗煤厂
→ 乌海能源利民公司); a place inside a body's name locates it; places written
one after another form an address chain (海勃湾区棋盘井街); the districts and
bodies of 我市 are in the home city.
"""

from __future__ import annotations

import re

from kg.extract.evidence import CLAUSE, Span, evidence, key
from kg.nlp.lexicon import longest_suffix, word_list
from kg.nlp.triggers import trigger_pattern
from kg.records import Article, Mention, Relation
from kg.schema import Label, RelType

DISTRICT = ("区", "旗", "县")
HOME_WORDS = ("我市", "我县", "我区", "我旗", "本市", "本县", "本区")  # 我市新坝镇
LEVELS = (("省",), ("市",), DISTRICT, ("镇", "乡", "街道"), ("村", "社区", "庄", "屯"))
COUNTY, TOWNSHIP = 2, 3
LIES_IN = re.compile(r"(?:位于|坐落于|坐落在|地处)(?:该县|该市|该区)?")
UNNAMED_ITEM = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}[、和及])?"
)  # 某镇的后张集、沟张庄: 后张集 unread


FIRMS = ("公司", "厂", "合作社")  # 广德某某科技有限公司: a firm named after its county


def part_of_and_located_in(
    article: Article, placed: list[Mention], sentences: list[Span]
) -> list[Relation]:
    orgs = [m for m in placed if m.label == Label.ORGANIZATION and not m.refers_back]
    places = [m for m in placed if m.label == Label.PLACE]
    out = nested_names(article.text, orgs, places, sentences)
    out += address_chains(article.text, places, sentences)
    out += home_city_members(article, orgs, places, sentences, out)
    out += named_after(article.text, places, sentences, out)
    firms = [o for o in orgs if o.name.endswith(FIRMS)]
    out += named_after(article.text, places, sentences, out, bodies=firms)
    out += province_members(article.text, places, sentences, out)
    out += listed_after_de(article.text, places, sentences, out)
    out += members_below(article.text, places, sentences, out)
    out += said_to_lie(article.text, orgs + places, places, sentences)
    return out


def said_to_lie(
    text: str, named: list[Mention], places: list[Mention], sentences: list[Span]
) -> list[Relation]:
    """某公司位于某镇某村, 某校坐落于某路: the body or place before the verb lies in the
    last, most specific place of the address after it."""
    out, ordered = [], sorted(places, key=lambda p: p.start)
    for m in LIES_IN.finditer(text):
        what = [n for n in named if n.end == m.start()]
        where: list[Mention] = []
        for p in ordered:
            if p.start == (where[-1].end if where else m.end()):
                where.append(p)
        if what and where and where[-1].name != what[0].name:
            said = evidence(text, sentences, what[0].start, where[-1].start)
            out.append(Relation(RelType.LOCATED_IN, key(what[0]), key(where[-1]), said))
    return out


def rank(name: str) -> int | None:
    """The level of a place by its suffix (省 0 … 村 4), None when the suffix says none or
    names a zone or an area that is no county (高新区, 南校区); 社区 is a village's level."""
    if longest_suffix(name, word_list("zone_suffixes.txt") | word_list("not_counties.txt")):
        return None
    return next((k for k, ends in reversed(list(enumerate(LEVELS))) if name.endswith(ends)), None)


def below(inner: str, outer: str) -> bool:
    """Whether a place may lie in another by their levels (a town in a county; not a county
    in a district nor a town in a subdistrict); so when either level is unknown."""
    a, b = rank(inner), rank(outer)
    return a is None or b is None or a > b


def listed_after_de(
    text: str, places: list[Mention], sentences: list[Span], found: list[Relation]
) -> list[Relation]:
    """柳河镇的王家庄、赵庄等多个村: the places listed after a place and 的 are in it, unless
    their level says otherwise (青石区的柳河镇 yes, 柳河镇的青石区 no); an item not
    recognised as a name (后张集、) does not end the list."""
    located = {r.subj for r in found if r.type == RelType.LOCATED_IN}
    out = []
    for k, a in enumerate(places):
        pos, level = a.end + 1, rank(a.name)
        if not text.startswith("的", a.end):
            continue
        for b in places[k + 1 :]:
            if not UNNAMED_ITEM.fullmatch(text, pos, b.start) or b.name == a.name:
                break
            if level is not None and (rank(b.name) or 9) <= level:
                break
            if key(b) not in located:  # 甲村 placed before: the list goes on past it
                where = evidence(text, sentences, a.start, b.start)
                out.append(Relation(RelType.LOCATED_IN, key(b), key(a), where))
                located.add(key(b))
            if b.end >= len(text) or text[b.end] not in "、和及":
                break
            pos = b.end + 1
    return out


def members_below(
    text: str, places: list[Mention], sentences: list[Span], found: list[Relation]
) -> list[Relation]:
    """A county's or a township's own paper names the places under it without it
    (寒亭区…分别在朱里街道、固堤街道开展; 某镇…刘村修新桥): with one place of a level named,
    the places of the level below not otherwise placed are in it."""
    located = {r.subj for r in found if r.type == RelType.LOCATED_IN}
    out = []
    for level in (COUNTY, TOWNSHIP):
        owners = {p.name: p for p in places if not p.refers_back and rank(p.name) == level}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        for p in places:
            if rank(p.name) == level + 1 and not p.refers_back and key(p) not in located:
                where = evidence(text, sentences, owner.start, p.start)
                out.append(Relation(RelType.LOCATED_IN, key(p), key(owner), where))
                located.add(key(p))
    return out


def named_after(
    text: str,
    places: list[Mention],
    sentences: list[Span],
    found: list[Relation],
    bodies: list[Mention] | None = None,
) -> list[Relation]:
    """A place named after a larger one is in it (宝鸡高新区 → 宝鸡市, 句容城区 → 句容市,
    应县经济技术开发区南区 → 应县); so are ``bodies`` named after one, firms (广德某某科技有限
    公司 → 广德市) that are no unit of another body (PART_OF: its parent's place is theirs).
    A paper or a party committee named after its city is not said to lie in it."""
    located = {r.subj for r in found if r.type in (RelType.LOCATED_IN, RelType.PART_OF)}
    stems = {}
    for q in places:
        if not q.refers_back and q.name.endswith(DISTRICT + ("市", "省")) and len(q.name) > 2:
            stems.setdefault(q.name[:-1], q)
        stems.setdefault(q.name, q)
    out = []
    for p in places if bodies is None else bodies:
        if p.refers_back or key(p) in located:
            continue
        q = next((stems[s] for s in (p.name[:3], p.name[:2]) if s in stems), None)
        if bodies is not None and q is not None and not q.name.endswith(DISTRICT + ("市",)):
            continue  # 安徽某某公司: a firm is placed in its city or county, not its province
        if q is not None and q.name != p.name and not q.name.startswith(p.name):
            where = evidence(text, sentences, p.start)
            out.append(Relation(RelType.LOCATED_IN, key(p), key(q), where))
            located.add(key(p))
    return out


def province_members(
    text: str, places: list[Mention], sentences: list[Span], found: list[Relation]
) -> list[Relation]:
    """Counties of the province that 全省/我省 names (…16县…其中内乡县、嵩县…): in it."""
    province = next((m for m in places if m.anaphor == "省"), None)
    if province is None:
        return []
    located = {r.subj for r in found if r.type == RelType.LOCATED_IN}
    out = []
    for p in places:
        if p.name.endswith("县") and not p.refers_back and key(p) not in located:
            where = evidence(text, sentences, province.start, p.start)
            out.append(Relation(RelType.LOCATED_IN, key(p), key(province), where))
            located.add(key(p))
    return out


def nested_names(
    text: str, orgs: list[Mention], places: list[Mention], sentences: list[Span]
) -> list[Relation]:
    """PART_OF the longest body a body's name begins with; LOCATED_IN the last place inside
    it, unless that place is its parent's too (某县法院刑事审判庭: the 法院 is in the county,
    the chamber is part of the 法院)."""
    out = []
    for outer in orgs:
        inner = [o for o in orgs if o.name != outer.name and unit_of(outer, o)]
        where = evidence(text, sentences, outer.start)
        parent = max(inner, key=lambda o: len(o.name)) if inner else None
        if parent:
            out.append(Relation(RelType.PART_OF, key(outer), key(parent), where))
        inside = [p for p in places if outer.start <= p.start and p.end <= outer.end]
        if inside:
            last = max(inside, key=lambda p: p.end)
            if parent and last.text in parent.name:
                continue
            out.append(Relation(RelType.LOCATED_IN, key(outer), key(last), where))
    return out


def unit_of(outer: Mention, body: Mention) -> bool:
    """Whether ``outer`` is a unit of ``body``: a name holding it (利民公司洗煤厂), or one
    written elsewhere as its name and a unit (县委 … 县委宣传部, 某局 … 某局建设项目科);
    not a body's fuller name (某某 … 某某公司) nor two bodies glued (市委市政府). A name
    that opens ``outer`` as written is held by it whatever fuller name it was resolved to
    (县政协 | 提案委, 县政协 being 某某县政协; 县委 … 县委办, 县委 being 中共某县委)."""
    opens = (
        outer.start == body.start
        and body.end < outer.end
        and outer.name.startswith(body.text)
        and len(outer.name) > len(body.text)
    )
    written = body.short_form if body.short_form and outer.name.startswith(body.short_form) else ""
    if not (outer.name.startswith(body.name) or opens or written):
        return False
    if outer.start <= body.start and body.end <= outer.end:
        return True
    rest = outer.name[len(written or body.name) :]  # 县委 … 县委办, 县委 being 中共某县委
    return bool(longest_suffix(rest, word_list("unit_heads.txt"))) and not any(
        rest.startswith(b) for b in word_list("level_bodies.txt")
    )


def address_chains(text: str, places: list[Mention], sentences: list[Span]) -> list[Relation]:
    """海勃湾区棋盘井街、世纪大道 / 海勃湾区凤凰岭街道 / 该镇李村: each place after the first
    is in it (an anaphor stands for the place it means; 我市 is left to home_city_members);
    a place listed after it of the first's level or above opens an address of its own
    (某区某镇和某县某乡: the county is not in the district; 镇江市句容市 is one address)."""
    out = []
    for k, a in enumerate(places):
        j = k + 1
        while j < len(places) and places[j].start == places[j - 1].end + (0 if j == k + 1 else 1):
            b = places[j]
            if j > k + 1 and (text[places[j - 1].end] not in "、和" or not below(b.name, a.name)):
                break
            if b.name != a.name and (a.anaphor or not a.refers_back):  # 该镇李村: in the town
                where = evidence(text, sentences, a.start, b.start)
                out.append(Relation(RelType.LOCATED_IN, key(b), key(a), where))
            j += 1
    return out


def home_city_members(
    article: Article,
    orgs: list[Mention],
    places: list[Mention],
    sentences: list[Span],
    found: list[Relation],
) -> list[Relation]:
    """Districts of the home city, places written right after 我市 and listed with them
    (我市甲乡、乙镇), and home-city bodies (我市爱心企业——思正…公司)."""
    text, city = article.text, article.home_city
    home = [m for m in places if m.home_city]
    located = {r.subj for r in found if r.type == RelType.LOCATED_IN}
    out = []
    listed_to = None  # 我市甲乡、乙镇: the towns listed after it are the home city's too
    for p in sorted(places, key=lambda m: m.start) if city else []:
        listed = text.endswith(HOME_WORDS, 0, p.start) or p.start - 1 == listed_to
        listed_to = p.end if listed and text[p.end : p.end + 1] in "、和" else None
        if listed and p.name != city and key(p) not in located:
            where = evidence(text, sentences, p.start, p.end)
            out.append(Relation(RelType.LOCATED_IN, key(p), (Label.PLACE, city), where))
            located.add(key(p))
    if not city or not home:
        return out
    for p in places:
        if p.name.endswith(DISTRICT) and p.name != city and key(p) not in located:
            where = evidence(text, sentences, home[0].start, p.start)
            out.append(Relation(RelType.LOCATED_IN, key(p), (Label.PLACE, city), where))
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
            where = evidence(text, sentences, h.start, org.start)
            out.append(Relation(RelType.LOCATED_IN, key(org), key(h), where))
    return out
