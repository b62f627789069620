"""The last check on an article's names of people, places and bodies: is it a name at all?

Every component proposes names by its own shape (a head walked left, a suffix, the
statistical model), and each lets through a few non-names on papers it was not tuned
on. They fall in a few classes, checked here once for all sources, on the settled name:

- a fragment or punctuation: one character (区), a space or a mark inside (贤飞 区);
- a verb, adverb or preposition glued in front (交由专业部门, 代表县委, 被告单位某公司)
  or inside (党支部领办合作社): kg/nlp/data/name_openers.txt, name_glue_words.txt; a
  one-character one only where the rest is a name the article gives (随 | 某某县);
- a kind of body or place, not one: a generic head with no qualifier or an ordinary
  word for one (民政局, 人大常委会, 村党支部, 县城中心广场, 通知镇, 土族自治县) —
  a level alone (市委, 县政府) is a body as written and stays;
- an epithet (甘草之乡) or a company labelled a place (某某科技);
- levels, not a body: a set of levels or a level's kind (县乡人大, 旗级人大, 县级融媒体中心),
  levels counted (两县县委, 三县市); a dateline (银川讯);
- a place read as a person (记录青禾的发展 in a 青禾县 paper): the place, not a person.

The word lists are data: kg/nlp/data/generic_heads.txt, generic_qualifiers.txt,
level_sets.txt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from kg.extract.ordinary_words import ordinary
from kg.extract.person_shapes import plausible_person
from kg.extract.roles import city_role
from kg.nlp.autonomy import ethnic_seat
from kg.nlp.candidates import EVERY
from kg.nlp.divisions import full_name_at, is_division
from kg.nlp.levels import BODY_LEVELS as LEVELS
from kg.nlp.levels import TOWNSHIP_WORDS, WHOLE_AREA
from kg.nlp.lexicon import longest_suffix, ordered_words, word_list, word_lists
from kg.nlp.organizations import TERM, without_firm_asides
from kg.records import Mention
from kg.schema import Label

CHECKED = (Label.PERSON, Label.PLACE, Label.ORGANIZATION)
JOINED_UNITS = re.compile(r"[省市县区镇乡村局院校司会委][和与及][\u4e00-\u9fff]")
NAME_CHARS = re.compile(r"(?:[\u4e00-\u9fff0-9A-Za-z·]|“[^“”]+”)+")  # “五四”红旗团支部
OUTLETS = ("报", "网")  # a paper or a site read as a place
COUNTS = "一二两三四五六七八九十几多各"
STACKED = ("街道", "镇", "乡")
# A firm's registered form (…有限公司, …股份有限公司) after five characters of name or more
REGISTERED = re.compile(r"[\u4e00-\u9fff]{5,}(?:有限责任公司|有限公司|股份公司)$")
COMPANY_HEADS = ("公司", "集团", "科技", "股份", "实业", "商贸", "传媒", "药业", "食品")
NATIONAL = ("中共", "中央", "中国", "国家", "全国", "国务院", "人大", "政协")  # named by rank
MEMBERS_SERVED = ("人大代表", "政协委员")  # 人大代表联络站: a kind of body for members, not 人大
# Places whose proper names are often ordinary words (平原县, 文明镇, 世纪大道, 人民路).
ADMIN_SUFFIXES = set("省市盟州区旗县镇乡村路街巷") | {"自治区", "自治州", "自治县", "苏木", "嘎查"}
ADMIN_SUFFIXES |= {"街道", "社区", "小区", "大道", "大街", "胡同"}  # 幸福小区: named as towns are
# Levels whose names China's divisions all list (not 区: 兴隆区11队 is a farm's).
COUNTY_SUFFIXES = ("市", "县", "旗")
LEVEL_KIND = re.compile(rf"[{LEVELS}村两三四五]级")  # 旗级人大, 县级融媒体中心, 村级合作社: a kind
SITE_KINDS = "种植|养殖|育苗|繁育|加工|示范|经济"  # 蔬菜种植基地: what is done there
ACTIVITY_BASE = re.compile(rf"[^{LEVELS}]*(?:{SITE_KINDS})(?:基地|景观带|带)$")
VILLAGE_BODY = re.compile(r"(?:村|社区|居)(?:民委员会|委会|委|党支部|党总支部?|党委)$")
NEW_TERM = re.compile(r"新一[届任轮]村")
PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{0,4}?[省市县区旗]")
TERMS = ("新一届", "本届", "上届", "新一任")
ADVERB_CHARS = "都也还就又才均"  # 甲都仔细听取: an adverb read into a given name
ADDRESSED = (Label.ORGANIZATION, Label.EVENT)  # named without the divisions around them
SETTLED_PLACES = ("镇", "乡", "街道", "村", "社区", "苏木", "嘎查")  # where a local body stands
SEAT = re.compile(r"[\u4e00-\u9fff]{0,8}?自治[区州县]")  # (回族)自治区 | 某县: a unit's peoples
CLASSIFIERS = "座"  # a place never opens with it (23 | 座小型水库); 个旧市, 家朋乡 do
HEAD_OPENERS = ("局", "院", "厅", "分局", "支队", "大队", "中队", "管委会")  # open no body's name
TOWN_CPPCC = re.compile(r"[镇乡]政协$")
BODY_SITE = re.compile(rf"[{LEVELS}村]?(?:人民政府|政府|党委|村委会?|居委会?).")  # 村委 | 广场
FLOOR = re.compile(r"[\d一二三四五六七八九十]+楼.")  # 二楼审判庭, 3楼会议室: a room, by its floor
NUMERAL_TOWN = re.compile(r"[三四五六七八九十]乡镇")
COUNTED_LEVELS = re.compile(rf"[两三四五六七八九十几多各][{LEVELS}]{{2}}")  # 两县县委, 三县市
COUNTED_LEVEL = re.compile(
    r"^[^\W\d一二三四五六七八九十两几多各]?[两三四五六七八九十几多各][省市县区]"
)  # 五县政府, 桂三省
# 甲、乙、丙、丁四镇人大: the count that closes a list of places, before their bodies
COUNTED_LIST_END = re.compile(
    r"^[\u4e00-\u9fff]{2,3}[两三四五六七八九十][省市县区镇乡](?:人大|政协|党委|人民政府|政府)$"
)
ANONYMISED = "某"  # 某建设公司: a body the paper does not name
PAIR = re.compile(
    r"^(.*(?:[省市州县区旗镇乡]委|党委))([省市州县区旗镇乡]?(?:人民)?政府)$"
)  # 县委 | 县政府
LEVEL_BODY_WORDS = ("政协", "政府", "人民政府", "人大", "委")  # 县市 | 政协: the level's body
TWO_LEVELS = re.compile(r"[市县区镇乡旗]省")  # 某某市 | 省政协: two names glued
COUNTRYSIDE = ("乡村", "农村")  # 美乡村: no village is named …乡村 after one character
NOT_ONE_CHAR_STEMS = set(LEVELS) | set("副正原前全该本各每此这那")  # 副苏木 (of 副苏木达), 镇镇


def drop_non_names(
    mentions: list[Mention], home: str | None = None, keep: Container[int] = frozenset()
) -> None:
    """Remove, in place, the people, places and bodies whose names are no names, once
    the names written with a part not theirs are mended (``home``: the paper's place),
    except those whose ids are in ``keep`` (what the text shows are names)."""
    mend_names(mentions, home)
    names = {m.name for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION)}
    mentions[:] = [
        m for m in mentions if m.label not in CHECKED or id(m) in keep or is_name(m, names)
    ]


def mend_names(mentions: list[Mention], home: str | None) -> None:
    """A level said twice (某某镇镇), a body's name opening with an autonomous unit's
    peoples and level cut from its place (回族自治区 | 某县某合作社), an adverb read into a
    name the article gives alone (刘伟 | 都), a bare place named like a person (the person), a
    person named like a place (the place), a zone's word
    before a company, a committee named with its government (the committee), a
    one-character verb before a name the article also writes alone (随 | 某某县, which the
    short forms then took)."""
    for m in mentions:
        if m.label == Label.PLACE and len(m.name) > 3 and m.name[-1] == m.name[-2] in LEVELS:
            m.name = m.name[:-1]  # 某某镇镇 (of 某某镇镇党委): the town, its level said twice
    people_as_places(mentions)
    places_as_people(mentions, home)
    surfaces = {m.text for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION)}
    people = {m.name for m in mentions if m.label == Label.PERSON}
    place_starts = {m.start for m in mentions if m.label == Label.PLACE}
    local_names(mentions)
    addressed_names(mentions)
    for m in (m for m in mentions if m.label in (Label.ORGANIZATION, Label.PLACE)):
        if opens_division(m.name):
            m.name = m.name[1:]  # 经 | 青县人民法院 (not 来安县): a preposition, then the name
    for m in (m for m in mentions if m.label == Label.ORGANIZATION):
        seat = SEAT.match(m.name)  # 宁夏 | 回族自治区某县某合作社: cut by its length
        bare = seat and (seat.group(0).startswith("自治") or ethnic_seat(seat.group(0)))
        if bare and m.start + seat.end() in place_starts:
            m.name = m.name[seat.end() :]
    for m in mentions:
        if m.label == Label.ORGANIZATION:
            m.name = without_zone(PAIR.sub(r"\1", m.name))
        if m.label == Label.PERSON:
            m.name = m.name.strip("·")  # ·某某·: a signature's marks, no part of the name
            if len(m.name) == 3 and m.name[-1] in "及与":
                m.name = m.name[:2]  # 甲、李辉及秘书长乙: the list's joiner
            joined = m.name[-1:] in "和及与" and m.name[:2] not in word_list("surnames.txt")
            if len(m.name) == 4 and joined:  # 甲、施为民和某公司: no given name of three
                m.name = m.name[:3]
            if len(m.name) == 3 and m.name[-1] in ADVERB_CHARS and m.name[:2] in people:
                m.name = m.name[:2]  # 每到一处,刘伟都仔细听取: 刘伟, named alone elsewhere
        if m.label in CHECKED and m.name[:1] in word_list("name_openers.txt"):
            m.name = m.name[1:] if m.name[1:] in surfaces else m.name


def addressed_names(mentions: list[Mention]) -> None:
    """A body or event written after the chain of divisions it stands in (安徽省池州市 |
    石台县人大常委会, 河北省邢台市 | 威县旅游产业发展大会) is named from the last of them on,
    as other articles name it; the chain locates it and stays its alias."""
    for m in mentions:
        if m.label in ADDRESSED:
            m.name = m.name[address_end(m.name) :]


def opens_division(name: str) -> bool:
    """A one-character preposition or verb glued before a division's name (经 | 青县人民法院,
    到 | 和县): not when the whole is a division's name (来安县)."""
    return (
        name[:1] in word_list("name_openers.txt")
        and full_name_at(name, 1) > 0
        and not full_name_at(name, 0)
    )


def address_end(name: str) -> int:
    """Where the divisions a name opens with end but the last (河北省邢台市 of
    河北省邢台市威县某大会): each one cut is followed by another and a name of its own."""
    cut = 0
    while (first := full_name_at(name, cut)) and (second := full_name_at(name, cut + first)):
        if len(name) - cut - first - second < 2:
            break
        cut += first
    return cut


def local_names(mentions: list[Mention]) -> None:
    """A body written after the township or village it stands in, with a name of its own
    (某市某街道 | 天门山居委会, 某村 | 陇源鑫科农民专业合作社), is named without that address,
    which locates it, when its head is of those named on their own
    (kg/nlp/data/local_body_heads.txt: committees, cooperatives, schools); a kind or
    ordinary words after the place (某村党支部, 某镇电商服务中心, 某村黄牛养殖合作社) keep
    the place that tells the body apart."""
    places = {m.start: m for m in mentions if m.label == Label.PLACE}
    for m in mentions:
        if m.label != Label.ORGANIZATION or m.name != m.text or m.start < 0:
            continue
        end, local = m.start, None
        while (p := places.get(end)) and p.end < m.end:
            end, local = p.end, (p if p.name.endswith(SETTLED_PLACES) else local)
        rest = m.text[local.end - m.start :] if local else ""
        head = longest_suffix(rest, word_list("local_body_heads.txt")) or ""
        ordinary_opening = rest[:2] in word_lists("common_words.txt", "produce_words.txt")
        proper = rest[:1] not in "和与及" and not ordinary_opening
        if head and len(rest) - len(head) >= 2 and proper and local.end == end:
            m.name = rest


def is_name(m: Mention, names: set[str]) -> bool:
    """Whether ``m``'s name is a name; ``names`` are the article's places and bodies."""
    name = m.name
    if m.home_city or m.byline:
        return True
    if len(name) < 2 or not NAME_CHARS.fullmatch(without_firm_asides(name)) or name.endswith("讯"):
        return False  # 银川讯: a dateline
    if m.label == Label.PERSON:
        return plausible_person(name)
    if m.label == Label.ORGANIZATION and len(name) > 3 and name.startswith(HEAD_OPENERS):
        return False  # 局 | 刑侦大队, 分局 | 反恐大队: a unit cut from its body's name
    if m.label == Label.ORGANIZATION and refers_back(name, names):
        return True
    if glued_opener(name, names) or glued_inside(name) or city_role(name):
        return False
    if m.label in (Label.ORGANIZATION, Label.PLACE) and JOINED_UNITS.search(name):
        return False  # 省和市人大, 某镇和某公司: two bodies or places joined, no one name
    if m.label == Label.PLACE and longest_suffix(name, word_list("person_roles.txt")):
        return False  # 镇村干部: people of a place, no place
    if COUNTED_LEVEL.match(name) and not name.endswith(COMPANY_HEADS):
        return False  # 五县人民政府, 湘黔桂三省: so many of a level, none named
    if COUNTED_LIST_END.match(name) or (m.label == Label.ORGANIZATION and ANONYMISED in name):
        return False
    if m.label == Label.ORGANIZATION and name[-2:] in word_list("verbs.txt"):
        return False  # 企业负责人 | 签署: a verb ends it
    if m.label == Label.ORGANIZATION:
        return not (generic_body(name, names) or cut_short(name) or paired_with_word(name))
    if m.label == Label.PLACE:
        return plausible_place(name) and not qualified_place(name, names)
    return True


def cut_short(name: str) -> bool:
    """某某新能源科技有限 | 公司: a company's name cut before its head."""
    return name.endswith(("有限", "有限责任", "股份有限"))


def paired_with_word(name: str) -> bool:
    """协管员和 | 燃气公司: people joined to a body, two things listed (市容和园林委 is one
    body's name)."""
    return any(
        k >= 2 and (name[k - 1] in PEOPLE_ENDS or name[:k] in word_list("person_roles.txt"))
        for k in (name.find(j) for j in "和与及")
    )


PEOPLE_ENDS = "员者们"  # 协管员, 志愿者: people, no body's name goes on after them with 和


def qualified_place(name: str, names: set[str]) -> bool:
    """文化 | 凤县, 爱 | 凤县(APP): a word before a place the article names, a slogan's
    phrase or a product's name, not a place (宝鸡市 | 凤县 is an address)."""
    heads = (name[: -len(p)] for p in names if len(name) > len(p) and name.endswith(p))
    return any(h in word_list("common_words.txt") or h in word_list("verbs.txt") for h in heads)


def place_stem_opens(name: str, names: set[str]) -> bool:
    """A body named with the short form of a place the article names (长安消防大队 where
    长安区 is named): a particular body, though the short form is also a word."""
    return any(
        n[-1] in "市县区旗" and len(n) > 2 and name.startswith(n[:-1]) and len(name) > len(n)
        for n in names
    )


def glued_opener(name: str, names: set[str]) -> bool:
    """A name that begins with a word no name begins with (交由 | 专业部门); a
    one-character one (随, 人) only when what follows starts a name the article gives."""
    openers = word_list("name_openers.txt")
    if any(name[:k] in openers for k in range(2, min(len(name) - 1, 4) + 1)):
        return True
    rest = name[1:]
    if name[0] in openers and rest[0] in LEVELS and len(rest) >= 3:
        return True  # 请 | 区发改委: a verb before a body named by its level
    return (name[0] in openers or name[0] == "人") and any(
        (len(n) >= 3 or n[-1:] in LEVELS) and n != name and rest.startswith(n) for n in names
    )  # 来 | 寿县: a county of one character and its level


def person_with_head(name: str) -> bool:
    """A person after a title read as a body by the head its name ends with (主任王某部):
    a surname, a proper character and a one-character head."""
    return (
        len(name) == 3
        and name[-1] == "部"
        and name[0] in word_list("surnames.txt")
        and name[:2] not in word_list("common_words.txt")
        and name[:2] not in word_list("places.txt")
    )


def congress_of_no_place(name: str) -> bool:
    """A congress, conference or government after words that name no place nor level
    (彰显 | 政协, 履职和人大, 有为政府): the institution after a verb or an epithet, not a body."""
    stem = re.sub(r"(?:人大|政协|(?:人民)?政府)$", "", name)
    return (
        stem != name
        and bool(stem)
        and not any(c in LEVELS + "街村" for c in stem)
        and not stem.endswith(("苏木", "嘎查"))
        and not TERM.search(stem)
        and not longest_suffix(stem, word_list("places.txt"))
        and not stem.startswith(NATIONAL)
    )


def glued_inside(name: str) -> bool:
    """A verb or preposition inside the name (党支部 | 领办 | 合作社), outside the names
    that hold one (代表团)."""
    for word in ordered_words("name_glue_allowed.txt"):
        name = name.replace(word, "。")
    return any(word in name for word in word_list("name_glue_words.txt"))


def refers_back(name: str, names: set[str]) -> bool:
    """A bare head the article names a body by in full (代表团 after 某市党政代表团): the
    body met before, not a kind."""
    if name in word_list("generic_orgs.txt"):
        return False  # 人大 of 人大工作: the institution, not the body named before
    return name in word_list("org_heads.txt") and any(
        len(n) > len(name) and n.endswith(name) for n in names
    )


def generic_body(name: str, names: set[str] = frozenset()) -> bool:
    """A kind of body: a generic head after nothing, after ordinary words, or after a
    set of levels (乡镇党委); a level alone before it (市委, 县人民法院) is a body, and so
    are words that are the short form of a place of ``names`` (长安消防大队, 长安区 named)."""
    if name in word_list("central_bodies.txt"):
        return False  # 教育部, 国务院: one body of the state, however ordinary its words
    counted = COUNTED_LEVELS.search(name) and not name.endswith(COMPANY_HEADS)  # 三乡镇某公司
    if LEVEL_KIND.search(name) or counted or level_set(name):
        return True
    if longest_suffix(name, word_list("plural_kinds.txt")):
        return True  # 某县中小学: several schools, no one body
    if FLOOR.search(name):
        return True  # 某县人民法院二楼审判庭: a room on a floor of the body, no body
    if TOWN_CPPCC.search(name):
        return True  # 某镇政协 (委员): a township has no political consultative conference
    if NEW_TERM.search(name) or name.startswith(TERMS):
        return True  # 某镇新一届村两委, 新一届妇联: a committee of a term, a kind
    if TWO_LEVELS.search(name) or person_with_head(name) or congress_of_no_place(name):
        return True
    if WHOLE_AREA.match(name):
        return True  # 全省县乡人大 (工作示范点): the bodies of a whole area, none named
    if name[0] in LEVELS and level_set(name[1:]):
        return True  # 省 | 乡镇人大: the townships' congresses of a province
    if name.endswith("中心") and PLACE_FIRST.fullmatch(name[:-2] or "-"):
        return True  # 县中心 (of 县中心敬老院): the town centre, no body
    if name[0] in LEVELS or name.startswith(TOWNSHIP_WORDS) or VILLAGE_BODY.match(name):
        return False  # 市委, 镇党委, 街道党工委, 村委会: a body named by its level alone
    national = name.startswith(NATIONAL) and not name.startswith(MEMBERS_SERVED)
    if national and name not in word_list("generic_orgs.txt"):
        return False
    common = word_list("common_words.txt")
    headless = not longest_suffix(name, word_list("org_heads.txt"))
    if name in word_list("generic_orgs.txt") or (headless and ordinary(name, common)):
        return True  # 居家养老, 老年健康管理 (listed after a body): ordinary words, no head
    rest = PLACE_FIRST.sub("", name)
    if (
        headless
        and rest != name
        and rest[:1] not in COUNTS
        and (len(rest) == 1 or ordinary(rest, common))
    ):
        return True  # 某县教育, 某县驻: a place and ordinary words, no body's head
    head = longest_suffix(name, word_list("generic_heads.txt"))
    if head and REGISTERED.search(name):
        return False  # 北方工程设计研究院有限公司: a registered firm, however plain its words
    return (
        head is not None
        and ordinary(name[: -len(head)], common)
        and not place_stem_opens(name, names)
    )


def plausible_place(name: str) -> bool:
    """A place: not a generic one (示范区, 水泥路) nor counted (三校区), a paper (某某报), an
    epithet (甘草之乡), a company (某某科技), a people's seat with no place (土族自治县),
    or a suffix on ordinary words (通知镇)."""
    if NUMERAL_TOWN.fullmatch(name):
        return True  # 三乡镇: a town named by a numeral (three townships are 三个乡镇)
    kinds = word_list("generic_places.txt")
    if name in kinds or ordinary(name, frozenset()) or name.endswith(OUTLETS):
        return False  # 陇东报: a paper, no place
    if name.startswith(EVERY) or name[0] in CLASSIFIERS:
        return False  # 所有社区: every one of a kind; 23 | 座小型水库: counted
    if name[0] in COUNTS + LEVELS + "本该此这" and name[1:] in kinds or name.endswith("校区"):
        return False  # 三校区, 本辖区, 南校区: a count or a determiner of a kind, a campus
    if longest_suffix(name, word_list("place_epithets.txt")) or name.endswith(COMPANY_HEADS):
        return False
    if ethnic_seat(name) or longest_suffix(name, word_list("level_sets.txt")):
        return False  # 委托 | 区县, 对 | 街镇: levels, no place
    if BODY_SITE.match(name):
        return False  # 镇政府广场, 村委广场: a site named by a kind of body, no place of its own
    if ACTIVITY_BASE.match(name):
        return False  # 蔬菜种植基地, 向日葵经济景观带: a kind of site, no place named
    if name[-2:] in word_list("verbs.txt"):
        return False  # 某某 | 下乡, 某某 | 上市: a verb ends it
    common = word_list("common_words.txt")
    if kind_of_place(name, common):
        return False
    suffix = longest_suffix(name, word_list("place_suffixes.txt"))
    if suffix is None or len(name) == len(suffix):
        return suffix is None
    stem = name[: -len(suffix)]
    if suffix == "社区" and stem.endswith(STACKED):
        return False  # 某某街道 | 社区食堂: the street's communities, none named
    if len(stem) == 1:  # 夏县; not 业公园, 镇镇, 副苏木
        return suffix in ADMIN_SUFFIXES and stem not in NOT_ONE_CHAR_STEMS
    if suffix in COUNTY_SUFFIXES and stem in common and not is_division(name):
        return False  # 均衡发展县: a common word before a county's level, no county
    if suffix in ADMIN_SUFFIXES:  # 平原县, 文明镇: an ordinary word names a town
        return not ordinary(stem, frozenset())
    return not ordinary(stem, common)  # 县城中心广场


def kind_of_place(name: str, common: frozenset[str]) -> bool:
    """A kind of zone or area, no place: a zone's or area's word after ordinary words
    (肉牛养殖示范区, 县城中心广场) or the countryside qualified by one character (美乡村);
    某某工业园区 is a place."""
    if name.endswith(COUNTRYSIDE) and len(name) == 3:
        return True  # 和 | 美乡村, 海东 | 新乡村
    for ends in (word_list("zone_suffixes.txt"), area_words()):
        end = longest_suffix(name, ends)
        stem = name[: -len(end)] if end else ""
        if stem[:1] in LEVELS and len(stem) > 2:
            stem = stem[1:]  # 旗 | 教育园区: the level's park of a kind, none named
        if stem and ordinary(stem, common):
            return True
    return False


@functools.cache
def area_words() -> frozenset[str]:
    """Words of generic_places.txt that end a kind of area and are no place's or zone's
    suffix (乡村, not 城区: 西城区 is a place)."""
    suffixes = word_list("place_suffixes.txt") | word_list("zone_suffixes.txt")
    return frozenset(w for w in word_list("generic_places.txt") if len(w) > 1 and w not in suffixes)


def without_zone(name: str) -> str:
    """经济开发区 | 某某新材有限公司: a zone's generic word glued before a company's name."""
    for zone in sorted(word_list("zone_suffixes.txt"), key=len, reverse=True):
        rest = name.removeprefix(zone)
        if rest != name:
            return rest if len(rest) >= 4 and rest.endswith(COMPANY_HEADS) else name
    return name


def level_set(name: str) -> bool:
    """A name that begins with a set of levels (县乡人大, 乡镇党委; not 县 | 乡村振兴局 nor
    县 | 市场监管局, where the last level opens a word)."""
    return any(
        name.startswith(pair)
        and not name.startswith("村", len(pair))
        and not level_opens_word(name, len(pair))
        for pair in word_list("level_sets.txt")
    )


def level_opens_word(name: str, end: int) -> bool:
    """Whether the level before ``end`` opens an ordinary word (县 | 市场监管局), not a
    body's name (县市 | 政协, though 市政 is a word)."""
    return name[end - 1 : end + 1] in word_list("common_words.txt") and not name.startswith(
        LEVEL_BODY_WORDS, end
    )


def people_as_places(mentions: list[Mention]) -> None:
    """A place named like a person of the article, with no place's suffix and no known
    place (在某片区,江德寿详细了解…, after 巡视员江德寿): that person."""
    people = {m.name for m in mentions if m.label == Label.PERSON and not m.byline}
    for m in mentions:
        if m.label == Label.PLACE and m.name in people and not m.home_city:
            bare = not longest_suffix(m.name, word_list("place_suffixes.txt"))
            if bare and m.name not in word_list("places.txt"):
                m.label = Label.PERSON


def places_as_people(mentions: list[Mention], home: str | None) -> None:
    """A person named like a place of the article or the paper's home, by the place's
    full name or its stem (青禾 of 青禾县), is that place: 记录青禾的发展."""
    fulls = {m.name for m in mentions if m.label == Label.PLACE} | ({home} if home else set())
    stems = {stem_of(full): full for full in fulls if stem_of(full)}
    stems.update({full: full for full in fulls})
    for m in mentions:
        if m.label == Label.PERSON and not m.byline and m.name in stems:
            m.label, m.name = Label.PLACE, stems[m.name]


def stem_of(place: str) -> str | None:
    """青禾 of 青禾县: a place's name without its level, when two characters or more remain."""
    suffix = longest_suffix(place, frozenset(ADMIN_SUFFIXES))
    return place[: -len(suffix)] if suffix and len(place) - len(suffix) >= 2 else None
