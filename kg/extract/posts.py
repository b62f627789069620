"""Posts: who holds which title in which body.

Read from the title written with a person (kg.nlp.persons marks where it ends):

- before the name, a chain of posts parted by 、 (市委常委、常务副市长宋飞雄: two posts),
  each ``[body] [modifier] title [及 title]``; the body is a mention written there
  (凤凰岭街道党工委副书记), possibly the title's own level word (市委常委 → 市委);
- after the name: the body before the name (历城区行政审批服务局王勇科长, 桃花江小学
  甲、乙老师), or after 为 in an appointment (任命甲为金湾区人民政府副区长).

A post written without a body: 公司负责人 is the last company named, 该院检察长 the
body 该院 points to; a bare government or 政协 title (副市长, 委员) belongs to the nearest
such body the article names (kg/nlp/data/title_bodies.tsv); the second person of a list
shares the first one's body (执行会长甲、常务副会长乙); the head title after a party
group's post is the led body's (县法院党组书记、院长: 县法院); otherwise the title joins the
post before it (市委常委、秘书长) or is no post: no body is invented (市长 alone).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.extract.evidence import evidence, key
from kg.extract.settle import ADMIN_LEVELS
from kg.nlp.candidates import HAN, PUNCT
from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.lexicon import longest_suffix, ordered_words, table, word_list
from kg.nlp.person_names import title_words
from kg.nlp.persons import ELECTED
from kg.records import Article, Mention, Relation
from kg.schema import Label, RelType

TAKES_POST = re.compile(  # 甲(同志)任…, 甲副区长代理…: the verb of a post taken
    r"(?:同志)?(?:[\u4e00-\u9fff]{0,4}?(?:长|书记|主任))?(?:担任|出任|兼任|代理|拟任|现任|升任|改任|调任|任)"
)
LAYOUT_SPACES = " \u3000"  # 市委常委 、市人大常委会副主任: the page's spaces around a mark
DESK_ENDS = "处科室股"  # 政治处, 办公科, 党政办公室: a unit inside a body
MAX_DESK = 4
UNREAD_BODY = re.compile(r"、([\u4e00-\u9fff]{2,5})$")  # …、动防站 | 站长甲
LEVEL_BODY_CHARS = 3  # 市委, 区政府, 市政府: the body a title is read with
APPOINTED = re.compile(  # 任命甲(同志)为…, 甲、乙等18人为…, 黄世周(村支书), 甲成功当选为…,
    rf"(?:等\d+[人名位])?(?:同志|先生|女士)?为|同志(?:辞去|请辞)?|[(（]|{ELECTED.pattern}"
)  # 免去甲同志…职务, 甲同志辞去…职务
UNREAD_REACH = 8  # 、农工党云南省 | 副主席: the longest body name a chain passes unread
CHAIN_OPENERS = "由与和及同向"  # 会议由 | 县委常委、副县长甲主持: a chain after a preposition


@dataclass
class Post:
    """One post of a chain: its span in the text and the body written in it."""

    start: int
    end: int
    body: Mention | None = None


@functools.cache
def titles_by_last_char() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in sorted(word_list("titles.txt") | word_list("post_roles.txt"), key=len, reverse=True):
        out.setdefault(t[-1], []).append(t)
    return out


@functools.cache
def bare_title_bodies() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in table("title_bodies.tsv") if len(row) == 3}


def holds_position(text: str, placed: list[Mention], sentences) -> list[Relation]:
    """Every person written with a title: one relation per post that has a body."""
    reader = PostReader(text, placed)
    out = []
    for person in reader.people:
        posts = reader.posts_of(person) if person.title_end is not None else []
        for body, title in posts + reader.taken_posts(person):
            out.append(
                Relation(
                    RelType.HOLDS_POSITION,
                    key(person),
                    key(body),
                    evidence(text, sentences, person.start, body.start),
                    title=title,
                )
            )
    return out


class PostReader:
    """The posts of the people of one article, read from its text and mentions."""

    def __init__(self, text: str, placed: list[Mention]):
        self.text = text
        self.orgs = [
            m for m in placed if m.label == Label.ORGANIZATION and not m.home_city and m.name
        ]
        self.by_end: dict[int, Mention] = {}
        for o in self.orgs:
            if o.end not in self.by_end or o.start < self.by_end[o.end].start:
                self.by_end[o.end] = o
        self.people = [m for m in placed if m.label == Label.PERSON]
        self.person_ends = {m.end: m for m in self.people}

    def taken_posts(self, person: Mention) -> list[tuple[Mention, str]]:
        """甲任某省委常委, 甲副区长代理某区政府区长职务: a post taken by a verb right after the
        name (or its title), in the body named right after the verb."""
        verb = TAKES_POST.match(self.text, person.end)
        if verb is None:
            return []
        body = next((o for o in self.orgs if o.start == verb.end()), None)
        if body is None:
            return []
        title = next(
            (w for w in reversed(title_words()) if self.text.startswith(w, body.end)), None
        )
        acting = "代理" if verb.group(0).endswith("代理") else ""
        return [(body, acting + title)] if title else []

    def title_at(self, end: int) -> str | None:
        """The longest title ending at ``end`` that does not begin inside a body's name
        (车辆厂社区党委 | 书记, not 党委书记)."""
        for t in titles_by_last_char().get(self.text[end - 1 : end], ()):
            start = end - len(t)
            if (
                start >= 0
                and self.text.startswith(t, start)
                and not any(o.start < start < o.end and not heads_titled(o, end) for o in self.orgs)
            ):
                return t
        return None

    def posts_of(self, person: Mention) -> list[tuple[Mention, str]]:
        if person.title_end is None:
            return []  # a person read without a title (the model's, a name read again)
        if person.title_end > person.start:
            return self.after_name(person)
        posts, glued = self.chain(person.title_end)
        out: list[tuple[Mention, str]] = []
        for k, post in enumerate(posts):
            title = self.text[post.start : post.end]
            body = post.body or (self.generic_body(post.start) if k == 0 else None)
            if body is None and self.clean_start(posts[0].start):
                body = (
                    self.bare_body(title, person)
                    or self.deputy_body(title, person)
                    or (self.listed_body(title, person, post.start) if len(posts) == 1 else None)
                )
            if body is None and glued is not None and not any(x.body for x in posts):
                body = shared_body(title, self.posts_of(glued))
            if body is None and out:
                body = party_group_host(out[-1][0])
            if body is not None:
                out.append((body, self.bare(title, body)))
            elif out:
                out[-1] = (out[-1][0], f"{out[-1][1]}、{title}")  # 市委常委、秘书长
        return out

    def chain(self, end: int) -> tuple[list[Post], Mention | None]:
        """The posts of the title chain ending at ``end``, left to right, and the person it
        follows after a 、 (执行会长甲、常务副会长乙), if any."""
        text, posts = self.text, [Post(end, end)]
        p, titled = end, False
        while p > 0:
            t = self.title_at(p)
            org = self.by_end.get(p)
            mod = next(
                (w for w in ordered_words("title_modifiers.txt") if text.endswith(w, 0, p)), ""
            )
            if t:
                dept = next((o for o in self.orgs if heads_titled(o, p) and o.start <= p), None)
                p, titled = p - len(t), True
                inner = [o for o in self.orgs if o.start == p and o.end < p + len(t)]
                posts[-1].body = posts[-1].body or max(inner, key=lambda o: o.end, default=None)
                if dept and not posts[-1].body:  # 市委组织部 | 长: the department it heads
                    posts[-1].body, p = dept, min(p, dept.start)
            elif titled and mod:
                p -= len(mod)
            elif titled and org:
                posts[-1].body = posts[-1].body or org
                p = org.start
            elif titled and (desk := self.desk_before(p)):
                p -= desk  # 党组成员、政治处 | 主任: a post at the body before
            elif titled and (unread := self.unread_body(p)):
                named = self.generic_body(p) if generic_head(unread.name) else unread
                posts[-1].body = posts[-1].body or named  # 合作社理事长: the one named
                p = unread.start
            elif titled and text[p - 1] in "及兼" and self.title_at(p - 1):
                p -= 1
            elif titled and (k := listed_before(text, p)) is not None and self.title_at(k):
                p = k
                posts.append(Post(p, p))
                continue
            elif titled and not posts[-1].body and (k := unread_item(text, p, self.title_at)):
                p = k  # 某大学副校长、农工党某省副主席甲: the post of a body not read is left
                posts[-1] = Post(p, p)
                continue
            else:
                break
            posts[-1].start = p
        glued = self.person_ends.get(p - 1) if p > 0 and text[p - 1] == "、" else None
        return [x for x in reversed(posts) if x.start < x.end], glued

    def desk_before(self, end: int) -> int:
        """The length of a desk written before a title in a list of titles (某法院党组成员、
        政治处 | 主任: a post at the court named before): a short word ending in 处, 科, 室
        or 股 after a 、; else 0. Right after a body (某办公室秘书三科 | 科长) the desk is a
        unit of its own, which no name was read for: no post is read."""
        for k in range(2, MAX_DESK + 1):
            desk, start = self.text[end - k : end], end - k
            listed = self.text[start - 1 : start] == "、"
            if listed and desk[-1:] in DESK_ENDS and HAN.match(desk):
                return k
        return 0

    def unread_body(self, end: int) -> Mention | None:
        """动防站 in 某苏木达乙、动防站站长甲: a body no name was read for, written whole
        between a list mark and its title (a few characters ending in a body's head)."""
        found = UNREAD_BODY.search(self.text, max(0, end - 6), end)
        if found is None or not longest_suffix(found.group(1), word_list("org_heads.txt")):
            return None
        return Mention(Label.ORGANIZATION, found.group(1), found.group(1), found.start(1), end)

    def after_name(self, person: Mention) -> list[tuple[Mention, str]]:
        """王勇科长 / 甲、乙老师 (the body before the first name) and 任命甲、乙为…副区长,
        黄世周(平溪村党支部书记) (the body after 为 or the bracket)."""
        end = person.title_end
        members = [m for m in self.people if m.title_end == end and m.end <= end]
        first, last = min(m.start for m in members), max(m.end for m in members)
        wei = APPOINTED.match(self.text, last)
        if wei:
            inside = [o for o in self.orgs if wei.end() <= o.start and o.end <= end]
            body = max(inside, key=lambda o: (o.end, -o.start), default=None)
            title = self.text[body.end if body else wei.end() : end]
            body = body or self.bare_body(title, person)
            return [(body, title)] if body and title else []
        title = self.text[last:end]
        of = first - self.text.endswith("的", 0, first)  # 某公司的张某经理: the body's staff
        body = self.by_end.get(first) or self.by_end.get(of) or self.bare_body(title, person)
        return [(body, title)] if body else []

    def listed_body(self, title: str, person: Mention, start: int) -> Mention | None:
        """县政协副主席甲、乙,秘书长丙: a title of no particular body (not 副县长, nor a rank
        such as 县领导) alone in the next clause of a list of officials is held in the body
        of the person just before it."""
        if title in bare_title_bodies() or title[:1] in LEVELS or "领导" in title:
            return None
        if self.text[start - 1 : start] not in ("，", ","):
            return None
        earlier = self.person_ends.get(start - 1)
        if earlier is None or earlier.sentence != person.sentence or earlier.title_end is None:
            return None
        posts = self.posts_of(earlier)
        return posts[-1][0] if posts else None

    def deputy_body(self, title: str, person: Mention) -> Mention | None:
        """副主任 after 某委员会主任甲 in the same sentence: the deputies of that body."""
        if not title.startswith("副"):
            return None
        for earlier in reversed([p for p in self.people if p.end <= person.start]):
            if earlier.sentence != person.sentence:
                return None
            if earlier.title_end is not None and earlier.title_end <= earlier.start:
                chief = [b for b, t in self.posts_of(earlier) if t.endswith(title[1:])]
                if chief:
                    return chief[-1]
        return None

    def generic_body(self, pos: int) -> Mention | None:
        """公司负责人: a bare 公司/厂 before the title means the last body of that kind named."""
        for word in ordered_words("generic_bodies.txt"):
            if self.text.endswith(word, 0, pos):
                return max(
                    (o for o in self.orgs if o.end <= pos - len(word) and o.name.endswith(word)),
                    key=lambda o: o.start,
                    default=None,
                )
        return None

    def clean_start(self, pos: int) -> bool:
        """A chain that opens the clause (…,副市长甲; 会议由 | 副市长甲主持: after a
        preposition), not one inside a longer title (大会执行主席)."""
        return pos == 0 or self.text[pos - 1] in PUNCT or self.text[pos - 1] in CHAIN_OPENERS

    def bare_body(self, title: str, person: Mention) -> Mention | None:
        """The body a bare title belongs to (副市长: a 政府 of the city level): the nearest
        one named before the person, else one after it in the same sentence, else the
        first the article names after it by its level alone (县长甲 … 仪式由县人民政府副县长乙
        主持; not 连江县政府, most often another place's); the
        title may be written after its body's bare kind (县委副书记、政府县长甲)."""
        ending, level = bare_title_bodies().get(title, ("", ""))
        if not ending:
            kind = longest_prefix_kind(title)
            ending, level = bare_title_bodies().get(title[len(kind) :], ("", ""))
            ending = ending if kind and kind.endswith(ending) else ""
        if not ending:
            return None
        fits = [o for o in self.orgs if o.name.endswith(ending) and level_fits(o.name, level)]
        before = [o for o in fits if o.end <= person.start]
        if before:
            return max(before, key=lambda o: o.end)
        after = [o for o in fits if o.start > person.end]
        own = [o for o in after if o.name[:1] in LEVELS]  # not 连江县政府, another county's
        return next((o for o in after if o.sentence == person.sentence), own[0] if own else None)

    @staticmethod
    def bare(title: str, body: Mention) -> str:
        """A named body leaves the title (凤凰岭街道党工委 | 副书记); a level body is part of
        it (市委常委), and so is a department its head's title is written on (市委组织部长)."""
        rest = title[len(body.text) :]
        if title.startswith(body.text) and len(body.text) > LEVEL_BODY_CHARS and len(rest) > 1:
            return rest
        return title  # 市委组织部长: the head's title is written on the body


def heads_titled(body: Mention, title_end: int) -> bool:
    """A department whose head's title is written on it (市委组织部 | 长, 宣传部 | 长)."""
    return body.end == title_end - 1 and body.name.endswith("部")


def longest_prefix_kind(title: str) -> str:
    """The bare kind of body a title is written after (政府 of 政府副县长), or ""."""
    kinds = [k for k in word_list("generic_bodies.txt") if title.startswith(k)]
    return max(kinds, key=len, default="")


def shared_body(title: str, glued_posts: list[tuple[Mention, str]]) -> Mention | None:
    """The body of the person before the 、 (执行会长甲、常务副会长乙: 甲's association),
    unless the title names a body of another kind (县委书记甲、县长乙: 乙 is the
    government's, not 县委's) and 甲's title is not of its kind (主席甲、副主席乙)."""
    if not glued_posts:
        return None
    body, glued_title = glued_posts[0]
    kind = longest_prefix_kind(title)
    if kind and not body.name.endswith(kind):
        return None  # 县人大副主任甲、政府副县长乙: 乙 is the government's
    ending = bare_title_bodies().get(title, ("", ""))[0]
    core = title.removeprefix("常务").removeprefix("副")
    if ending and not body.name.endswith(ending) and not glued_title.endswith(core):
        return None
    return body


def generic_head(name: str) -> bool:
    """政府, 合作社: a head alone, or a generic body, names no body of its own; the chain
    of posts goes on past it."""
    return name in word_list("org_heads.txt") or name in word_list("generic_orgs.txt")


PARTY_GROUPS = ("党组", "党委", "党总支")
PLACE_ENDS = (*ADMIN_LEVELS, "社区")  # 某乡党委: a place's committee, not a body's


def party_group_host(body: Mention) -> Mention | None:
    """县法院党组书记、院长: the title after a party group's post is held in the body the
    group leads (县法院), written at the start of the group's name."""
    ending = next((e for e in PARTY_GROUPS if body.name.endswith(e)), None)
    if ending is None or not body.text.endswith(ending):
        return None
    host = body.name[: -len(ending)]
    body_like = longest_suffix(host, word_list("org_heads.txt"))
    if len(host) < 2 or host.endswith(PLACE_ENDS) or not body_like:
        return None  # 某乡党委书记、乡长: the township's government, not written
    cut = len(body.text) - len(ending)
    return Mention(Label.ORGANIZATION, host, body.text[:cut], body.start, body.start + cut)


def level_fits(name: str, level: str) -> bool:
    """金湾区人民政府 fits 副区长, not 市长; 第十六届人民政府 names no level and fits both;
    a 政府 is 人民政府 or a level's (区政府), not a phrase that ends so (研究政府)."""
    if name.endswith("政府") and not name.endswith("人民政府") and name[-3:-2] not in LEVELS:
        return False
    written = [c for c in name[:-2] if c in LEVELS]
    return level == "-" or not written or written[-1] == level


def credited_posts(article: Article, placed: list[Mention]) -> list[Relation]:
    """The desk a credit names before its people holds them (玉溪日报全媒体记者 某甲: the title
    and its body; 采写 | 区新闻中心 某乙: the body alone); a paper named outside the credit
    (某报讯(记者 某丙)) is where the story ran, no post."""
    bodies = {(m.start, m.end): m for m in placed if m.label == Label.ORGANIZATION}
    out = []
    for credit in article.bylines:
        desk = bodies.get(credit.desk_span(article.text))
        if desk:
            person, evidence = (Label.PERSON, credit.name), credit.evidence
            out.append(
                Relation(RelType.HOLDS_POSITION, person, key(desk), evidence, title=credit.title)
            )
    return out


def unread_item(text: str, p: int, title_at) -> int | None:
    """Where the item before an unread body's name ends (某大学副校长、| 农工党某省 | 副主席):
    a few characters back to a 、 that closes a title; None if there is none."""
    mark = text.rfind("、", max(0, p - UNREAD_REACH), p)
    if mark < 0 or not HAN.match(text[mark + 1 : p]):
        return None
    return mark if title_at(mark) else None


def listed_before(text: str, p: int) -> int | None:
    """Where the item before a 、 ends (市委常委、 | 秘书长), the page's spaces around the
    mark aside (市委常委 、 | 秘书长); None when no 、 stands before ``p``."""
    k = p
    while k > 0 and text[k - 1] in LAYOUT_SPACES:
        k -= 1
    if k == 0 or text[k - 1] != "、":
        return None
    k -= 1
    while k > 0 and text[k - 1] in LAYOUT_SPACES:
        k -= 1
    return k
