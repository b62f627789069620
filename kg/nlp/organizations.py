"""Organisation names found by their heads (…委, …局, …中心, …公司, …党支部, 乌兰牧骑).

A token ending with a head is the end of a name; the name starts where the
left walk over the tokens stops (see kg.nlp.candidates): before a verb acting
on the body (代表 | 县委), a person or a title (检察长李中原和 | 区监察委员会).
Nested names are all proposed (市公共事业发展中心 inside
市公共事业发展中心滨河路灯亮化所), which is what PART_OF is later read from.
A head alone (商会, 法院) or a counted kind (19个临时救助站, 四家协会) names no
particular body. 该公司 / 该厂 are proposed as anaphors for the resolver to point
at the last body of that kind, and the outlet a credit line names (来源:涡阳县融媒体中心,
红网桃江站讯) as a body.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import (
    EVERY,
    HAN,
    LEVELS,
    NER_SOURCE,
    begins_body,
    candidates,
    cuts_quote,
    is_boundary,
    propose,
    quote_spans,
    walk_left,
)
from kg.nlp.doc_index import doc_index, tokens_ending_in
from kg.nlp.kind_lists import listed_names
from kg.nlp.levels import LEVEL_BODY_WORDS, TOWNSHIP_WORDS
from kg.nlp.lexicon import last_characters, longest_suffix, ordered_words, pattern_of, word_list
from kg.nlp.places import given_name_before_level, glued_verb
from kg.schema import Label

ANAPHOR = re.compile(
    r"(?:该|本)(公司|厂|企业|集团|中心|局|单位|医院|学校|协会|商会|合作社|所|站|委|院)"
    r"|全(院|公司|厂)(?![长区])"  # 全院受理案件: the court named before, not 全院长
)
COUNTED = re.compile(r"[\d０-９一二两三四五六七八九十百千万几多数余]+[个家所支座名类批]$")
# 市委组织部长: the party committee's department a head's title names, written inside it
DEPARTMENT_HEAD = re.compile(r"[省市县区旗州盟]委(?:组织|宣传|统战)部(?=长)")
SEVERAL = re.compile(r"[省市县区旗镇乡](?:多|多个|多家|各|各个|有关|相关)(?:部门|单位|机构)$")
CREDIT = re.compile(
    r"(?:来源|稿源|资料)[:：]\s*([\u4e00-\u9fff]{2,20}?)(?=(?:收集)?(?:编辑|作者|责编|审核)|[^\u4e00-\u9fff]|$)"
    r"|^据?([\u4e00-\u9fff]{2,12}(?:[•·][\u4e00-\u9fff]{2,12})?)"
    r"(?:讯[ \u3000(（]|\s*[|｜]\s*(?:作者|记者|来源|编辑))"
    r"|[(（]([\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|报社|电视台|新闻网))(?:全媒体|融媒体)?记者"
    r"|^([\u4e00-\u9fff]{1,10}(?:网|报|社|台|站|在线|客户端))[\u4e00-\u9fff]{0,6}?"
    r"(?:\d{1,2}月\d{1,2}日(?:电|讯)|消息(?=[(（]))",
    re.M,
)  # 来源:甲; 乙讯 (记者…); (丙日报记者…); 丁网某地3月13日电, 戊在线某地消息(…): the outlet
JOINED_OUTLETS = re.compile(r"[•·]")  # 某客户端•某新闻网讯: two outlets credited together
THAT_LEVEL = re.compile(r"该(?:街道|[县区市州旗镇乡])")  # 该县 | 人民医院
OWN_PLACE = re.compile(r"[省市县区旗镇乡村]")  # 该县 | 白沙镇…: the body's own place
TERM = re.compile(r"[第届\d]")  # 第十六届人民政府: a body's term names it
UNPLACED_CONGRESS = re.compile(r"第?[\d一二三四五六七八九十百]+届人民代表大会")
COUNTED_IN = re.compile(r"[\d０-９一二两三四五六七八九十百千万几多数余]+[个家支座类批]")
# 五家站镇, 三家子村, 五家渠市: a count's characters that begin a place's own name
COUNT_IN_PLACE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[镇乡村屯市县])")
OWN_OUTLET = ("本报", "本站", "本网", "本台", "本刊")
MIN_NAME_CHARS = 3
BODY_LEVELS = LEVELS  # 州政协, 盟委, 旗人大: a head after its level is a body
CENTRE = "中心"
ALL_SECTORS = "各界"
CENTRAL_KINDS = ("小学", "中学", "学校", "医院", "卫生院", "敬老院", "幼儿园")  # 中心小学: central
ASPECT = ("着", "了", "过")  # 站着, 排起长队了: after a verb, never after a body's head
RESULT = "完"  # 办完事: what a verb has done, never after a body's head
OUTLET_CHARS = "网报台站社媒刊端"  # 新闻网, 日报, 电视台, 某站, 通讯社, 融媒, 客户端
OUTLET_ENDS = ("网", "报", "台")  # 齐鲁网, 某某日报: a paper's or a site's name ends so
TOWNSHIP_ENDS = ("镇", "乡", "村", "街道")  # 院 | 东头镇: a place the character may open
LISTED_HE = ("、和", "，和", ",和")  # no conjunction follows a list mark: 和 begins the name
MAX_QUOTED_PREFIX = 10
LIST_MARKS = "、；;，,。：:\n"
MAX_CUT_PIECE = 3  # 金润|供|排水有限责任公司: the piece a verb-like word cut off
CUTS_KEPT = set("向在对为由从把被给让经据同跟将到是该这那其本等")  # 仪式由|县人民政府, 应聘该|公司
NUMERAL = re.compile(r"[\d一二两三四五六七八九十几百千万]")  # 四所|局属幼儿园: a count
NOT_OPENERS = CUTS_KEPT | set("与和及他她我你")
GLUED_BEFORE_LEVEL = set("和与及获在向为对把被给将由从到是")  # 候选人 | 和县人大, 获州 | 妇联


@Language.factory("kg_organizations", default_config={"max_chars": 24})
def make_organizations(nlp: Language, name: str, max_chars: int):
    return OrganizationFinder(max_chars)


@functools.cache
def not_bodies() -> re.Pattern:
    """Words a head's characters may belong to without ending a body (干部, 率队, 所作)."""
    return pattern_of(word_list("not_bodies.txt"))


def people_offsets(doc: Doc) -> set[int]:
    """Characters of the persons and titles proposed so far: a body's name holds none
    before its level or place (潘朝晖 | 率 | 芜湖市党政代表团)."""
    return {
        k
        for c in candidates(doc)
        if c.label in (Label.PERSON, "Title")
        for k in range(c.start, c.end)
    }


def post_holders(doc: Doc) -> set[int]:
    """Characters of the people named right after a title (会长杨峰): a post, which no
    body's name holds, whatever follows it (…副会长杨峰及铁路中心医院)."""
    found = candidates(doc)
    title_ends = {c.end for c in found if c.label == "Title"}
    return {
        k
        for c in found
        if c.label == Label.PERSON and c.start in title_ends
        for k in range(c.start, c.end)
    }


FOUNDED = re.compile(r"(.)建\1$")  # 某联络站建站, 某学校建校: since the body was founded
OCCASION = re.compile(r"第[0-9一二三四五六七八九十百]+次")  # 第二次 | 县政府常务会议


class OrganizationFinder:
    def __init__(self, max_chars: int):
        self.max_chars = max_chars

    @staticmethod
    def connectors(doc: Doc, i: int, heads: frozenset[str]) -> set[str]:
        """和 joins the fields of one body (市住房和城乡建设局), unless it joins two bodies
        (市委和市政府, 检察院检察长李中原和区监察委员会, 主任和工程公司); 各界 right after a
        level is the body's (省各界爱心济困协会, 市各界人士联谊会)."""
        allow = set()
        for j in range(i - 1, max(i - 8, 0), -1):
            if doc[j].text == ALL_SECTORS and doc[j - 1].text in BODY_LEVELS:
                allow.add(ALL_SECTORS)
            if doc[j].text == "和":
                return allow | ({"和"} if joins_fields(doc, j, heads) else set())
        return allow

    def __call__(self, doc: Doc) -> Doc:
        heads = word_list("org_heads.txt") | word_list("section_heads.txt")
        text_all = doc_index(doc).text
        quotes = quote_spans(text_all)
        people, posts = people_offsets(doc), post_holders(doc)
        for tok in tokens_ending_in(doc, last_characters("org_heads.txt", "section_heads.txt")):
            head, first = head_of(doc, tok.i, heads)
            end = tok.idx + len(tok.text)
            if not head or not ends_body(doc, tok, head, end):
                continue
            allow = self.connectors(doc, tok.i, heads)
            walked = walk_left(
                doc, first, self.max_chars, allow=allow, body=True, people=people, posts=posts
            )
            start = listed_start(doc, walked)
            start = quoted_start(doc, after_inner_body(doc, start, tok.i, heads), quotes)
            start = bracketed_start(doc, start)
            start = after_opener(text_all, start, end)
            start = after_common_words(doc, start, end)
            start = after_group_noun(doc, start, end - len(head))
            start = after_occasion(text_all, start, end)
            start += glued_verb(doc, start)  # 紧跟 | 镇党委
            start += former_of(doc, start)
            start = after_given_name(doc, start)
            start -= text_all[max(start - 2, 0) : start] in LISTED_HE  # 、和 | 苑街道: the name's
            start = anaphor_start(text_all, start, end)
            if FOUNDED.search(text_all, start, end):
                continue  # 某联络站 | 建 | 站面积: the body founded, its name ends before
            short = only_short_form(doc, start, text_all[start:end])  # 率 | 党政代表团
            if (
                (short or names_a_body(text_all, start, end, heads))
                and not (cuts_quote(start, end, quotes) or (start, end) in quotes)
                and (short or start < walked or not of_common_words(doc, start, end - len(head)))
            ):
                propose(doc, start, end, Label.ORGANIZATION, "org_head")
        for m in ANAPHOR.finditer(text_all):
            kind = m.group(1) or m.group(2)
            propose(doc, m.start(), m.end(), Label.ORGANIZATION, "anaphor", anaphor=kind)
        for m in CREDIT.finditer(text_all):
            k = next(g for g in (1, 2, 3, 4) if m.group(g))
            filed = text_all.startswith("讯", m.end(k))
            start = m.start(k)
            for name in JOINED_OUTLETS.split(m.group(k)):  # 某客户端•某新闻网讯: both outlets
                if not name.startswith(OWN_OUTLET) and (not filed or names_outlet(name)):
                    propose(doc, start, start + outlet_end(name), Label.ORGANIZATION, "outlet")
                start += len(name) + 1
        for m in DEPARTMENT_HEAD.finditer(text_all):  # 市委组织部 of 市委组织部长
            propose(doc, m.start(), m.end(), Label.ORGANIZATION, "org_head")
        central_bodies(doc)
        listed_names(doc, Label.ORGANIZATION)
        return doc


@functools.cache
def central_body_names() -> re.Pattern:
    return pattern_of(word_list("central_bodies.txt"))


def central_bodies(doc: Doc) -> None:
    """The central bodies of the state, each one body though its name is an ordinary word
    of the language (国务院, 教育部, 最高人民法院): kg/nlp/data/central_bodies.txt, proposed
    where they stand as whole tokens (国务院办公厅 is read by its head, 国务院 inside it)."""
    index = doc_index(doc)
    for m in central_body_names().finditer(index.text):
        if m.start() in index.token_at_start and m.end() in index.token_at_end:
            propose(doc, m.start(), m.end(), Label.ORGANIZATION, "central_body")


def names_outlet(name: str) -> bool:
    """Whether the words before 讯 in a dateline name an outlet (某某新闻网讯, 红网某站讯,
    某某全媒体讯), not only the place the report was filed from (平果讯)."""
    return any(ch in OUTLET_CHARS for ch in name)


def anaphor_start(text: str, start: int, end: int) -> int:
    """该县人民医院, 该区 | 政协: a body named by its level after 该 begins at 该 (the resolver
    names it after the place 该县 points back to); 该县 | 白沙镇污水处理厂 names a place of
    its own and stays as written."""
    for k in range(max(start - 3, 0), start):
        anaphor = THAT_LEVEL.match(text, k)
        if anaphor and anaphor.end() in (start, start + 1):
            return start if OWN_PLACE.search(text, anaphor.end() + 1, end - 1) else k
    return start


def short_form_of_earlier(doc: Doc, start: int, name: str) -> bool:
    """Whether a longer organisation proposed earlier in the text ends with this name."""
    return len(name) >= 2 and any(
        c.label == Label.ORGANIZATION
        and c.end <= start
        and c.end - c.start > len(name)
        and doc_index(doc).text[c.start : c.end].endswith(name)
        for c in candidates(doc)
        if c.source != NER_SOURCE
    )


def only_short_form(doc: Doc, start: int, name: str) -> bool:
    """Whether one body alone, named in full before, ends with this name (率 | 党政代表团
    after 某县党政代表团, or 利民公司洗煤厂 and 某能源利民公司洗煤厂, one body; not 专业合作社
    after two cooperatives)."""
    text = doc_index(doc).text
    fulls = {
        text[c.start : c.end]
        for c in candidates(doc)
        if c.label == Label.ORGANIZATION and c.source != NER_SOURCE and c.end <= start
    }
    ending = {f for f in fulls if len(f) > len(name) > 1 and f.endswith(name)}
    return len({f for f in ending if not any(g != f and g.endswith(f) for g in ending)}) == 1


def outlet_end(name: str) -> int:
    """Where an outlet's name ends in a dateline: 映象网 | 驻马店讯, the place the story
    was filed from cut off; 红网桃江站讯, a station's name, goes on; so does a place whose
    name holds such a character (某市石台县人民政府: 石台 | 县 is no outlet)."""
    if name.endswith(ordered_words("credit_body_ends.txt")):
        return len(name)
    heads = [
        k + 1 for k, c in enumerate(name[:-1]) if c in OUTLET_ENDS and name[k + 1] not in LEVELS
    ]
    if not heads or len(name) - heads[-1] < 2:
        return len(name)  # 中国报道: a word goes on
    return heads[-1]


def listed_start(doc: Doc, start: int) -> int:
    """Where a body's name begins that the walk cut at a word pkuseg read as a conjunction
    or a verb (天|和|医院, 金润|供|排水有限责任公司) though the name stands alone after a list
    or clause mark: at the mark, when the piece cut off is short, names nothing itself, and
    is neither a preposition (仪式|由|县人民政府), a pronoun, a verb nor a common word
    before the cut (应聘|该公司, 到|天和医院 stay cut)."""
    index = doc_index(doc)
    text = index.text
    mark = max(text.rfind(c, max(0, start - MAX_CUT_PIECE - 1), start) for c in LIST_MARKS)
    first, stop = index.token_at_start.get(mark + 1), index.token_at_end.get(start)
    piece = text[mark + 1 : start]
    if mark < 0 or first is None or stop is None or not HAN.match(piece) or NUMERAL.search(piece):
        return start
    before = [doc[k].text for k in range(first, stop)]
    plain = not any(
        w in word_list("common_words.txt") or w in word_list("verbs.txt") or is_boundary(w)
        for w in before
    )
    if (
        not (before and plain and len(doc[stop].text) == 1)
        or doc[stop].text in CUTS_KEPT
        or text[mark + 1] in NOT_OPENERS
        or any(c.start < start and c.end > mark + 1 for c in candidates(doc))
    ):
        return start
    return mark + 1


def after_given_name(doc: Doc, start: int) -> int:
    """Where a body's name begins that the left walk began at a person's given name and
    the 和 after it (张 | 骏和县法院): at the level (县法院)."""
    i = doc_index(doc).token_at_start.get(start)
    return start + 2 if i is not None and given_name_before_level(doc, doc[i]) else start


def head_of(doc: Doc, i: int, heads: frozenset[str]) -> tuple[str | None, int]:
    """The head a name ending at token ``i`` has, and the token it begins in; heads may
    span tokens (乌兰 | 牧骑, 融 | 媒体中心)."""
    joined = ""
    best, first = None, i
    for j in range(i, max(i - 3, -1), -1):
        joined = doc[j].text + joined
        head = longest_suffix(joined, heads)
        if (
            head
            and len(head) > len(joined) - len(doc[j].text)
            and (best is None or len(head) > len(best))
        ):
            best, first = head, j
    return best, first


def ends_body(doc: Doc, tok, head: str, end: int) -> bool:
    """Whether the head really ends a body here: not a word that merely ends like one
    (全部, 补办, 老干部, 率队, 所作), not a title, not a verb's character before its
    aspect (站 | 着), not the first part of a place (车辆厂 | 社区)."""
    text_all = doc_index(doc).text
    if head in word_list("section_heads.txt") and not unit_after_body(doc, tok):
        return False  # 民行科 only between its body and a title (县检察院 | 民行科 | 科长)
    if tok.text in word_list("titles.txt") or (
        len(head) == 1
        and len(tok.text) == 2
        and tok.text not in word_list("org_heads.txt")
        and not unit_after_body(doc, tok)
    ):
        return False
    for pos in range(max(end - 3, 0), end):
        m = not_bodies().match(text_all, pos)
        if m and m.end() >= end and (m.start() < end - len(head) or m.end() > end):
            return False
    following = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if len(head) == 1 and (following in ASPECT or following.startswith(RESULT)):
        return False  # 篷外站 | 着, 长队 | 了, 山东办 | 完事: the head's character is a verb here
    if head == CENTRE and following.endswith(CENTRAL_KINDS):
        return False  # 白牙市中心 | 敬老院, 某某中心 | 小学: the central one, not a centre
    longer = longest_suffix(head + following, word_list("org_heads.txt")) or ""
    if len(tok.text) == 1 and len(following) > 1 and following.endswith(TOWNSHIP_ENDS):
        return False  # 某某县 | 院 | 东某镇: the character opens the township's name
    return following not in word_list("place_suffixes.txt") and len(longer) <= len(head)


def unit_after_body(doc: Doc, tok) -> bool:
    """县委 | 农办 | 主任: a unit's short name of two characters, no common word, between the
    body it belongs to and the title held in it (县政府 | 补办 | 手续 is a verb's)."""
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return (
        longest_suffix(before, word_list("org_heads.txt")) is not None
        and after in word_list("titles.txt")
        and tok.text not in word_list("common_words.txt")
    )


def joins_fields(doc: Doc, j: int, heads: frozenset[str]) -> bool:
    """和 at token ``j`` joins two fields of one name: a field word before it, not a head,
    title or person, preceded by the name's level or place, and no level after it."""
    if j < 1 or j + 1 >= len(doc):
        return False
    before, after = doc[j - 1].text, doc[j + 1].text
    if (
        len(before) < 2
        or longest_suffix(before, heads)
        or is_boundary(before)
        or before in word_list("titles.txt")
        or after[:1] in LEVELS
        or after in heads  # 农贸市场 | 和 | 超市: two kinds of place, a head alone after 和
    ):
        return False
    if before in word_list("generic_orgs.txt"):
        return False  # 养殖企业和电排站
    for k in range(j - 2, max(j - 5, -1), -1):
        ahead = doc[k].text
        if begins_body(ahead) or (is_boundary(ahead) and k == j - 2):
            return True  # 市 | 住房 | 和 | 城乡建设局, 区 | 文化 | 广电 | 和 | 旅游局
        if longest_suffix(ahead, heads):
            return False
    return j < 2


def after_inner_body(doc: Doc, start: int, last: int, heads: frozenset[str]) -> int:
    """Where the name begins when the walk took in a body and a verb acting on this one
    (省人民医院 | 共建 | 金湾中心医院): after the verb."""
    k = doc_index(doc).token_at_start.get(start)
    verbs = word_list("verbs.txt")  # not the genre's: 代表 also names (…委员会代表资格审查委员会)
    while k is not None and k < last - 1:
        head = longest_suffix(doc[k].text, heads)
        if head and (len(head) > 1 or head == doc[k].text) and doc[k + 1].text in verbs:
            start = doc[k + 2].idx
        k += 1
    return start


def after_opener(text: str, start: int, end: int) -> int:
    """Where the name begins when the walk took in a verb that opens no name and the
    conjunction after it (收购 | 和 | 某某合作社, kg/nlp/data/name_openers.txt); two in a
    row are both cut (考察 | 现场 | 某某乡党委)."""
    for k in range(4, 1, -1):
        if text[start : start + k] in word_list("name_openers.txt") and end - start - k > 2:
            return after_opener(text, start + k + (text[start + k] in "和与及"), end)
    return start


def after_common_words(doc: Doc, start: int, end: int) -> int:
    """Where the name begins when the walk took in common words before a body that opens
    with its level (下一阶段 | 县政府), the word before it maybe glued to a verb or a
    conjunction's character (好孩子 | 获州 | 妇联, 候选人 | 和县人大): at the level."""
    index = doc_index(doc)
    i = index.token_at_start.get(start)
    if i is None:
        return start
    for token in doc[i + 1 :]:
        if token.idx >= end - 1:
            break
        glued = int(token.text[0] in GLUED_BEFORE_LEVEL and token.text[1:2] in BODY_LEVELS)
        if token.text[glued] in BODY_LEVELS:
            common = of_common_words(doc, start, token.idx)
            return token.idx + glued if common else start
    return start


def after_occasion(text: str, start: int, end: int) -> int:
    """第二次 | 县政府常务会议: the count of an occasion is no part of the body after it
    (unlike 第十届, the body's term)."""
    m = OCCASION.match(text, start, end)
    return m.end() if m else start


def after_group_noun(doc: Doc, start: int, head_start: int) -> int:
    """Where the name begins after common words closed by a noun for a group of bodies
    (爱心 | 商家 | 金沙河面业集团: the merchant is the firm named after it), where a proper
    word follows (not 民营 | 企业 | 服务中心, a kind of centre)."""
    index = doc_index(doc)
    i = index.token_at_start.get(start)
    common = word_list("common_words.txt")
    while i is not None and i + 1 < len(doc) and doc[i + 1].idx < head_start:
        if doc[i].text not in common:
            return start
        after = doc[i + 1].text
        if doc[i].text in word_list("body_group_nouns.txt"):
            return doc[i + 1].idx if HAN.fullmatch(after) and after not in common else start
        i += 1
    return start


def former_of(doc: Doc, start: int) -> int:
    """1 when the name opens with 原 (former) alone before a level: 原 | 市政协副主席 is a
    former post in 市政协; 原平市 is a name."""
    index = doc_index(doc)
    i = index.token_at_start.get(start)
    one = i is not None and doc[i].text == "原"
    return int(one and index.text[start + 1 : start + 2] in LEVELS)


BRACKETED_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")  # 台玻(福建)光伏玻璃有限公司
FIRM_ASIDES = ("集团", "中国")  # 华润(集团)有限公司


def firm_aside(aside: str) -> bool:
    """What a firm's name may hold in brackets: its province or city (福建), 集团."""
    return aside in FIRM_ASIDES or aside in word_list("places.txt")


def without_firm_asides(name: str) -> str:
    """The name less the brackets a firm's name may hold (台玻(福建)光伏… → 台玻光伏…)."""
    return BRACKETED_PLACE.sub(lambda m: m.group(1) if firm_aside(m.group(1)) else m.group(0), name)


def bracketed_start(doc: Doc, start: int) -> int:
    """A firm's brand before its place in brackets is the start of its name (台玻(福建)光伏
    玻璃有限公司): the word right before the bracket, unless it ends no name (对, 与) or
    is an ordinary word (网格(小区)党支部: a kind of branch)."""
    text, index = doc_index(doc).text, doc_index(doc)
    found = BRACKETED_PLACE.finditer(text, max(0, start - 6), start)
    bracket = next((b for b in found if b.end() == start and firm_aside(b.group(1))), None)
    i = index.token_at_end.get(bracket.start()) if bracket else None
    word = doc[i].text if i is not None else ""
    if not HAN.fullmatch(word) or is_boundary(word) or word in word_list("common_words.txt"):
        return start  # 对 | (某地), 网格(小区)党支部: no brand
    return doc[i].idx


def quoted_start(doc: Doc, start: int, quotes: list[tuple[int, int]]) -> int:
    """A quoted name right before a head belongs to it (“天工开物”主题馆), not a quoted
    sentence before a name of its own (“…。”凤凰岭街道党工委)."""
    text = doc_index(doc).text
    i = doc_index(doc).token_at_start.get(start)
    if start > 0 and text[start - 1] == "”" and not (i is None or begins_body(doc[i].text)):
        for qs, qe in quotes:
            if qe == start - 1 and qe - qs <= MAX_QUOTED_PREFIX and HAN.match(text[qs:qe]):
                return qs - 1
    return start


def of_common_words(doc: Doc, start: int, head_start: int) -> bool:
    """A kind of body, not a body: its head qualified by common words alone, with no
    level, place or proper name (种植合作社, 科技有限公司, 讨论研究政府)."""
    index = doc_index(doc)
    i = index.token_at_start.get(start)
    if i is None or start >= head_start:
        return False
    common = word_list("common_words.txt")
    while i < len(doc) and doc[i].idx < head_start:
        word = doc[i].text[: head_start - doc[i].idx]
        if (
            begins_body(word)
            or word in BODY_LEVELS
            or word in TOWNSHIP_WORDS
            or (len(word) > 1 and word not in common)
            or ends_with_head(word)
            or TERM.search(word)
        ):
            return False
        i += 1
    return True


def ends_with_head(word: str) -> bool:
    """国务院 | 安全生产督导组: a body's own name inside the name."""
    head = longest_suffix(word, word_list("org_heads.txt"))
    return bool(head) and (len(head) > 1 or len(word) > 2)


def names_a_body(text: str, start: int, end: int, heads: frozenset[str]) -> bool:
    """A particular body: not generic (管理中心), not every body of a kind (各镇各部门, 各行业
    部门), not a head alone unless it carries its level (县委, not 商会), not a counted kind
    (19个临时救助站, 四家协会)."""
    name = text[start:end]
    if (
        name.startswith(EVERY)
        or name in word_list("generic_orgs.txt")
        or not HAN.match(without_firm_asides(name.replace("“", "").replace("”", "")))
    ):
        return False
    if SEVERAL.search(name):
        return False  # 某市多部门, 某县各单位: several bodies of a place, none named
    if UNPLACED_CONGRESS.fullmatch(name):
        return False  # 某镇召开十八届人民代表大会第五次会议: whose congress, the event says
    if name[:2] in word_list("level_sets.txt") and name[2:] in LEVEL_BODY_WORDS:
        return False  # 省市委, 县乡政府: the committees of two levels, no one body
    if len(name) < MIN_NAME_CHARS or (name in heads and len(name) < 4):
        return name in heads and name[0] in BODY_LEVELS
    before = text[max(start - 6, 0) : start]
    return not (COUNTED.search(before) or COUNTED.search(before + name[:1]) or counted_start(name))


def counted_start(name: str) -> bool:
    """三个村支部, 县八个安全生产督导组: the name itself holds a count, not the first
    characters of a place it names (五家站镇许林村党支部)."""
    return any(not COUNT_IN_PLACE.match(name, m.end()) for m in COUNTED_IN.finditer(name))
