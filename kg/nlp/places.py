"""Place names by administrative suffix (…市, …区, …旗, …镇, …街道, …社区, …路, …大道)
and by the People's Daily place list; 我市/本市/全市 as anaphors of the home city.

Place names are short: one token ending with a suffix (海勃湾区, 棋盘井街), or a
proper-noun token followed by a suffix token (凤凰岭 | 街道, 世纪 | 大道); a
one-character stem only right after another place (德兴市 | 银 | 街道). A place's
name also begins the name of its party committee (芜湖 | 市委 holds 芜湖市). A
verb glued to a level is no place (代表市, 补选市, 激活县), nor is a listed place
word inside a person's name (李中原) or an ideology's (中国特色…).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.autonomy import NO_STEM, autonomous_start
from kg.nlp.candidates import (
    EVERY,
    HAN,
    LEVELS,
    NER_SOURCE,
    acts_on_names,
    after_a_word,
    begins_body,
    body_prefix,
    candidates,
    is_boundary,
    proper_word,
    propose,
    quote_spans,
)
from kg.nlp.divisions import is_division
from kg.nlp.doc_index import doc_index, tokens_ending_in, tokens_matching
from kg.nlp.kind_lists import listed_names, visited_lists
from kg.nlp.levels import LEVEL_BODY_WORDS, LOCAL_LEVELS
from kg.nlp.lexicon import last_characters, longest_suffix, word_list, word_lists
from kg.nlp.person_names import surnames
from kg.nlp.triggers import action_table
from kg.schema import Label, RelType

HOME = re.compile(r"我市|本市|全市")
LEVEL_ANAPHOR = re.compile(r"(?:全|本|该|我)([省县区乡镇旗村])|该(市)")  # 全县 → the county named
COMMITTEE = re.compile(
    rf"([省市县区旗乡镇])(?:{'|'.join(LEVEL_BODY_WORDS)})"
)  # 芜湖 | 市委, 某 | 乡政府
NUMBERED = re.compile(r"[第届次]")  # 十一届 | 县委 is the committee's term, not a place
HONOUR_AFTER = ("创建", "建设", "称号", "的经验")  # 文明镇创建: the award, not a town
HONOUR_BEFORE = ("创建", "争创", "评为", "先进")
HONOUR_REACH = 8
HONOUR_STEMS = (
    "示范",
    "百强",
    "模范",
    "标兵",
    "实验",
    "典型",
    "样板",
    "精品",
    "明星",
)  # 示范州, 实验县: a kind of place, no name
# 文明村、文明社区荣誉称号: a list of kinds closed by the honour's word, no verb inside
HONOUR_LIST_END = re.compile(r"(?:[、和及][\u4e00-\u9fff]{1,6})*(?:荣誉)?称号")
PROVINCE = "省"
AREA = "区"
BODY_ENDS = ("委", "府")  # no place's own name ends so
PREFECTURE = "地区"  # after a province and a known place: 河北省保定地区, not 贫困地区
TOUR = re.compile(r"(?:社区|乡村|校园|基层)行(?![动政为业])")  # 某某社区行: a tour, no place
MARKETS = ("市集", "市场")  # 非遗市集, 某某市场: a market, not a city
NOT_AFTER = ("特色", "精神", "猪瘟", "政策")  # 中国特色…, 太行精神, 非洲猪瘟, 惠农政策: no place
TRANSLITERATED = ("嘎查", "苏木")  # suffixes of Mongolian names, often cut by the segmenter
SCOPE_MARKS = "各全该本每"  # 某镇 | 各村: every village of the town
NOT_OPENERS = "副正原前全该本各每此这那某"  # 原 | 某某村: the former village, no name
COUNTED = "一二两三四五六七八九十几多数外邻"  # 两县 | 政府, 邻县 | 法院: none named
# 一个个 | 社区, 每个 | 村, 镇街 | 社区: a count or a pair of levels before a kind, no name.
UNNAMED_STEM = re.compile(
    rf"[一每各两几]?[个座片所家条][个座片所家条]?|一(.)\1|[{LOCAL_LEVELS}街居组]{{2}}|首[届批个次家座所]"
)
NUMBER_PIECE = re.compile(r"[一二三四五六七八九十]+号")  # 五号 | 某某 | 社区
GLUE = "和与及等"  # a person's given name glued to the body after it (张 | 骏和县, 王 | 锦等县)
LIST_MARKS = ("、", "，", ",")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")  # 中国特色社会主义: an ideology's name, not the place
NAMED_KINDS = ("新村",)
SLOGAN = re.compile(r"[^。！？!?，,]{2,12}(?:、[^。！？!?，,]{2,12})+")  # 开放立镇、商贸活镇
TOWN_LEVELS = "镇乡村"  # a generic word after a place's own word: 焦山新村
NUMERALS = "一二三四五六七八九十"  # 一带一路: a slogan, no numbered road
ROAD = re.compile(  # 渤海十一路, 文昌路西: see roads
    r"([\u4e00-\u9fff]{2}(?:[一二三四五六七八九十]{1,3})?路)(?=[东西南北口]|(?<=[一二三四五六七八九十]路))"
)


@Language.factory("kg_places")
def make_places(nlp: Language, name: str):
    return find_places


def find_places(doc: Doc) -> Doc:
    text_all = doc_index(doc).text
    people = {k for c in candidates(doc) if c.label == Label.PERSON for k in range(c.start, c.end)}
    quoted = set(quote_spans(text_all))
    for tok in tokens_ending_in(doc, last_characters("place_suffixes.txt", "places.txt")):
        if given_name_before_level(doc, tok):
            continue  # 张 | 骏和县法院院长: 张骏 and 县法院
        found = unit_at(doc, tok)
        if found:
            start, source = found
            end = tok.idx + len(tok.text)
            if source == "zone":
                end, source = zone_end(doc, tok), "place_suffix"
            if source == "place_list" and (start in people or text_all.startswith(NOT_AFTER, end)):
                continue  # 李中原, 中国特色社会主义
            if honour(text_all, start, end):
                continue
            if (
                figure_of_speech(text_all, start, end, quoted)
                or text_all[end - 1 : end + 1] in MARKETS
                or TOUR.match(text_all, end - 2)
            ):
                continue  # 非遗市 | 集, 大篷车社区行: the suffix begins a word of its own
            propose(doc, start, end, Label.PLACE, source)
    for i in tokens_matching(doc, COMMITTEE):
        if i == 0:
            continue
        tok, prev = doc[i], doc[i - 1]
        m = COMMITTEE.match(tok.text)
        if m and held_place(prev) and prev.text.endswith("团") and len(prev.text) > 2:
            stem = prev.text[:-1]  # 某某团 | 县委: the Youth League's county committee of 某某县
            end = prev.idx + len(stem)
            propose(doc, prev.idx, end, Label.PLACE, "place_suffix", canonical=stem + m.group(1))
        elif m and held_place(prev, m.group(1)):
            propose(doc, prev.idx, tok.idx + 1, Label.PLACE, "place_suffix")
    listed_names(doc, Label.PLACE)
    visited_lists(doc)
    roads(doc)
    for m in HOME.finditer(text_all):
        propose(doc, m.start(), m.end(), Label.PLACE, "anaphor", home_city=True)
    for m in LEVEL_ANAPHOR.finditer(text_all):
        level = m.group(1) or m.group(2)
        propose(doc, m.start(), m.end(), Label.PLACE, "anaphor", anaphor=level)
    return doc


def slogan(quote: str) -> bool:
    """“开放立镇、商贸活镇、旅游兴镇”: short phrases listed, no sentence said."""
    return SLOGAN.fullmatch(quote.strip('“”‘’"')) is not None


def figure_of_speech(text: str, start: int, end: int, quoted: set[tuple[int, int]]) -> bool:
    """A place word a quote holds alone, no known place and no item of a list of quoted
    places (“某镇”、“某社区”): a figure of speech (“直选村”, “走街串巷”, “铅笔之乡”); or one
    inside a quoted slogan of several phrases (“开放立镇、商贸活镇”)."""
    if text[start:end] in word_list("places.txt"):
        return False
    if any(
        a <= start and end <= b and (a, b) != (start, end) and slogan(text[a:b]) for a, b in quoted
    ):
        return True  # “开放立镇、商贸活镇、旅游兴镇”: the words of a slogan, no places
    if (start, end) not in quoted:
        return False
    return "、" not in (text[end + 1 : end + 2], text[max(start - 2, 0) : start - 1])


def roads(doc: Doc) -> None:
    """Roads the segmenter cuts: a numbered road after its name (渤海 | 十一路) and a road
    whose suffix it glued to the side after it (文昌 | 路西): the proper word and the road."""
    index = doc_index(doc)
    for m in ROAD.finditer(index.text):
        i = index.token_at_start.get(m.start())
        name = doc[i].text if i is not None else ""
        numbered = len(m.group(1)) > len(name) + 1 and name[:1] not in NUMERALS  # 渤海 | 十一路
        if len(name) == 2 and not is_boundary(name) and (numbered or proper_word(name)):
            propose(doc, m.start(), m.start() + len(m.group(1)), Label.PLACE, "place_suffix")


def unit_at(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """Start and source of the place ``tok`` ends: an autonomous unit (某某回族区), a zone
    (宝鸡 | 高新区) or a place by suffix or list."""
    start = autonomous_start(doc, tok)
    if start is not None:
        return None if start == NO_STEM else (start, "place_suffix")
    return zone_at(doc, tok) if longest_suffix(tok.text, zones()) else place_at(doc, tok)


def given_name_before_level(doc: Doc, tok: Token) -> bool:
    """A token read as a place that is a person's given name, a conjunction and the level
    of the body after it (副县长某某、张 | 骏和县 | 法院院长; 王 | 锦等县 | 上领导): one proper
    character, 和/与/及/等 and a level, after a surname that stands alone after a list mark
    or a title."""
    word = tok.text
    if len(word) != 3 or word[1] not in GLUE or word[2] not in LEVELS or tok.i < 2:
        return False
    if word in word_list("places.txt"):
        return False  # 平和县, 永和县
    surname, before = doc[tok.i - 1].text, doc[tok.i - 2].text
    return surname in surnames() and (
        before in LIST_MARKS or longest_suffix(before, word_list("titles.txt")) is not None
    )


def honour(text: str, start: int, end: int) -> bool:
    """A title a town or village is given, not its name: a common word and a level, in
    the words of an award (开展文明镇创建, 借鉴先进发达村的经验), or an honour's word and a
    level anywhere (示范县, 百强县)."""
    before = text[max(start - HONOUR_REACH, 0) : start]  # 创建为兴宁市 | 文明镇
    suffix = longest_suffix(text[start:end], word_list("place_suffixes.txt")) or "-"
    stem = text[start : end - len(suffix)]  # 文明 | 社区
    if stem in HONOUR_STEMS:
        return True
    return text_is_word(stem) and (
        text.startswith(HONOUR_AFTER, end)
        or any(w in before for w in HONOUR_BEFORE)
        or HONOUR_LIST_END.match(text, end) is not None  # 文明村、文明社区荣誉称号
    )


def zones() -> frozenset[str]:
    return word_list("zone_suffixes.txt")


def zone_at(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """A zone's name begins with its city's (宝鸡 | 高新区, 丽水 | 经济 | 技术开发区): walk left
    over field words to a place or proper word; a zone with no such name is no place."""
    common = word_list("common_words.txt")
    stem = tok.text[: -len(longest_suffix(tok.text, zones()))]
    if stem and (stem in word_list("places.txt") or stem not in common and len(stem) > 1):
        return tok.idx, "zone"
    for j in range(tok.i - 1, max(tok.i - 4, -1), -1):
        word = doc[j].text
        if is_boundary(word) or acts_on_names(word) or split_from_place(doc, j):
            return None
        if (
            word in word_list("places.txt")
            or begins_body(word)
            or (len(word) > 1 and word not in common)
        ):
            return doc[j].idx, "zone"
    return None


def split_from_place(doc: Doc, i: int) -> bool:
    """Token ``i`` begins with the last character of a division the segmenter split off
    (宁 | 德蕉 | 城区 of 宁德蕉城区): no name begins there."""
    before = doc[i - 1].text if i > 0 else ""
    return len(before) == 1 and is_division(before + doc[i].text[0])


def zone_end(doc: Doc, tok: Token) -> int:
    """应县经济技术开发区 | 南区: a zone's part by its direction."""
    end = tok.idx + len(tok.text)
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return end + 2 if after in ("东区", "西区", "南区", "北区") else end


GLUED_LEVELS = "省市州区县旗"  # the level of the place before, glued to the next place by pkuseg


def stem_of_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a place's name without its level: a known place (邢台), or two
    characters after a city or province in an address (绍兴市 | 上虞), or opening a name after
    a mark (:广元 | 市昭化区), no word of its own."""
    word, before = doc[i].text, doc[i - 1].text if i > 0 else "。"
    if len(word) != 2 or HAN_WORD.fullmatch(word) is None:
        return word in word_list("places.txt")
    opens = not HAN_WORD.match(before) and proper_word(word) and not acts_on_names(word)
    return word in word_list("places.txt") or before.endswith(("省", "市")) or opens


def glued_stem_end(word: str) -> bool:
    """寨镇 of 慈周 | 寨镇: a town's or village's last stem character glued to its level by the
    segmenter, no word of its own (not 全镇, 该村, 各乡, 坐镇)."""
    return (
        len(word) == 2
        and word[1] in TOWN_LEVELS
        and word[0] not in NOT_OPENERS + SCOPE_MARKS + COUNTED
        and not ordinary_word(word)
    )


def proper_stem(word: str, known: frozenset[str]) -> bool:
    """A place's own word (焦山, 溪头): a known place or two Han characters of no common word
    (not 通宵 | 坐镇)."""
    return word in known or (
        len(word) == 2 and HAN.match(word) is not None and not ordinary_word(word)
    )


def ordinary_word(word: str) -> bool:
    """A common word, or a pair of characters the news corpus never read as a name."""
    return word in word_lists("common_words.txt", "ordinary_pairs.txt")


def word_or_verb(word: str) -> bool:
    """A common word or a verb of today's papers (引领, 收听: jieba_verbs.txt)."""
    return word in word_lists("common_words.txt", "jieba_verbs.txt")


def verb_glued(doc: Doc, tok: Token, text: str, suffix: str) -> bool:
    """收听村 | 广播, 安装村 | 广播网: the segmenter glued a word the corpus never read as a
    name to the 村 of the noun after it; a place's name only where one stands (到某村)."""
    stem = text[: -len(suffix)]
    return (
        suffix in TOWN_LEVELS
        and len(stem) == 2
        and text == tok.text
        and stem in word_lists("ordinary_pairs.txt", "jieba_verbs.txt")
        and text not in word_list("places.txt")
        and not (placed(doc, tok) and not verb_on_body(doc, tok))
    )


def glued_verb(doc: Doc, start: int) -> int:
    """The length of a verb glued before a town's or village's level in the token at
    ``start`` (紧跟 | 镇 of 紧跟镇 | 党委), 0 if none: where a body's name begins after it."""
    i = doc_index(doc).token_at_start.get(start)
    if i is None or len(doc[i].text) != 3:
        return 0
    return 2 if verb_glued(doc, doc[i], doc[i].text, doc[i].text[-1]) else 0


def verb_on_body(doc: Doc, tok: Token) -> bool:
    """A verb glued to a level at a clause's start, the level's body after it (紧跟镇 | 党委、
    政府…: the verb's object is the town's committee), where the statistical NER reads no
    name either (it does read 前进镇 | 党委书记; 前进村 | 修通了道路 has no body after it)."""
    opens = tok.i == 0 or not HAN_WORD.fullmatch(doc[tok.i - 1].text)
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return opens and after in LEVEL_BODY_WORDS and not read_as_name(doc, tok)


def read_as_name(doc: Doc, tok: Token) -> bool:
    """Whether the statistical NER reads a name starting at ``tok``, as it does for 前进镇党委
    and not for 紧跟镇党委: it decides for a verb glued to a level at a clause's start."""
    return any(c.source == NER_SOURCE and c.start == tok.idx for c in candidates(doc))


def place_at(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """Start offset and source of the place name ending with ``tok``, if it ends one."""
    suffixes = word_list("place_suffixes.txt")
    generic = word_list("generic_places.txt")
    known = word_list("places.txt")
    text = tok.text
    cut = body_prefix(text)
    text = text[cut:]
    suffix = longest_suffix(text, suffixes)
    start = tok.idx + cut
    if text == PREFECTURE and prefecture_stem(doc, tok.i - 1):
        return doc[tok.i - 1].idx, "place_suffix"  # 河北省保定 | 地区: a prefecture
    if (
        tok.i > 0
        and proper_stem(doc[tok.i - 1].text, known)
        and (text in NAMED_KINDS or glued_stem_end(text))
    ):
        return doc[tok.i - 1].idx, "place_suffix"  # 焦山 | 新村, 慈周 | 寨镇: one name
    if suffix and text == suffix and tok.i > 0:
        prev = doc[tok.i - 1]
        split = split_stem(doc, prev)
        if split is not None:
            return split, "place_suffix"
        if not stem_before(doc, prev, suffix) or UNNAMED_STEM.fullmatch(prev.text):
            return None  # 构建 | 市, 发挥 | 村, 助推 | 园区, 一个个 | 社区, 镇街 | 社区
        if word_or_verb(prev.text) and prev.text not in known and not placed(doc, prev):
            return None  # 将 | 突出 | 社区抗疫主题, 以党建 | 引领 | 社区: a word before a kind
        start = transliterated_start(doc, prev, suffix)
        text = prev.text + text
    elif suffix and len(text) > 2 and tok.i > 0 and listed_piece(doc, doc[tok.i - 1]) and not cut:
        start, text = doc[tok.i - 1].idx, doc[tok.i - 1].text + text  # 、大 | 四家子镇
    elif (
        suffix
        and tok.i > 0
        and not (cut or text in known or longest_suffix(doc[tok.i - 1].text, suffixes))
        and after_a_word(doc, tok.idx)
        and (suffix[-1] not in LEVELS or len(doc[tok.i - 1].text) == 1)
    ):
        return None  # 事业 | 朝径路, 咏 | 颂寿县: the end of a word (not 调整 | 某某市)
    glued = text[0] in GLUED_LEVELS and len(text) > 2 and tok.i > 0
    glued = glued and stem_of_place(doc, tok.i - 1)
    if glued:  # 邢台 | 市威县, 某市上虞 | 区章镇镇: the place's level, then the next place
        start, text = start + 1, text[1:]
    if text in generic or is_boundary(text) or longest_suffix(text, word_list("place_kinds.txt")):
        return None
    if suffix == PROVINCE and not known_place(text):
        return None  # 队长王建省: the provinces are a closed list, no other name ends so
    if suffix and verb_glued(doc, tok, text, suffix):
        return None
    if len(text) > 2 and text[-2] in SCOPE_MARKS and text[-2:] in generic:
        return None  # 某镇各村, 某县全县: a scope over the units of a place, no name
    if suffix and text[: -len(suffix)] in word_list("titles.txt"):
        return None  # 各村支书 | 村主任: a title glued to the next title's level
    if described_area(doc, tok, text, suffix):
        return None  # 我负责的卫生区, 设置登记区、诊疗区: a description, no name
    if (
        (glued and suffix)
        or text in known
        or (suffix and len(text) > len(suffix) and (len(suffix) > 1 or len(text) > 2))
    ):
        return start, "place_suffix" if suffix else "place_list"
    if (
        suffix
        and len(text) == 2
        and (
            listed_sibling(doc, tok, suffix)
            or any(t.text == text and body_after(doc, t, suffix) for t in doc)
        )
    ):
        return start, "place_suffix"
    return None


def described_area(doc: Doc, tok: Token, text: str, suffix: str | None) -> bool:
    """A kind of area described, no name: one named by what is done there (登记区, 诊疗区:
    a common word or a verb before 区 that no division has: every district is one, 朝阳区),
    or one token of a common word and a one-character level after 的 or another word, where
    no place's name stands (我负责的卫生区; 团结村 after 到 or 为 stays)."""
    if not suffix or len(suffix) != 1 or known_place(text):
        return False
    stem = text[:-1]
    if suffix == AREA:
        return word_or_verb(stem)
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    return (
        text == tok.text
        and text_is_word(stem)
        and (before == "的" or (len(before) > 1 and HAN_WORD.fullmatch(before) is not None))
        and not placed(doc, tok)
    )


def known_place(name: str) -> bool:
    """A place the shipped lists know: places.txt or China's divisions."""
    return name in word_list("places.txt") or is_division(name)


def prefecture_stem(doc: Doc, i: int) -> bool:
    """A known place right after its province (河北省 | 保定 | 地区), not a region's word."""
    return (
        i > 0
        and doc[i].text in word_list("places.txt")
        and doc[i - 1].text.endswith(("省", "自治区"))
    )


def body_after(doc: Doc, tok: Token, suffix: str) -> bool:
    """A county of one character (杞县, 黟县) before a body of its own: its level's committee
    or government (杞县 | 县委) or a body's head (黟县 | 财政局); not 全县, 该县 nor 两县.
    Once so written, the county is a place wherever the article names it (place_at)."""
    if suffix not in LEVELS or tok.i + 1 >= len(doc) or tok.text[0] in NOT_OPENERS + COUNTED:
        return False
    before = doc[tok.i - 1].text if tok.i > 0 else "。"
    if HAN_WORD.fullmatch(before) and not (
        is_boundary(before) or acts_on_names(before) or longest_suffix(before, LEVELS)
    ):
        return False  # 伍家 | 岗区 | 人民法院: the end of a longer name
    after = doc[tok.i + 1].text
    return bool(COMMITTEE.match(after) and after[0] == suffix) or (
        len(after) > 1
        and HAN_WORD.fullmatch(after) is not None
        and after not in word_list("org_heads.txt")
        and longest_suffix(after, word_list("org_heads.txt")) is not None
    )


def listed_sibling(doc: Doc, tok: Token, suffix: str) -> bool:
    """A county of one character (叶县, 淇县) heading a list of its siblings after a mark or
    a boundary: 、 and a longer name of the same level follow it (某县、某某县、…)."""
    if suffix not in LEVELS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "、":
        return False
    if tok.text[0] in NOT_OPENERS or text_is_word(tok.text):
        return False  # 全县、某某县
    before = doc[tok.i - 1].text if tok.i > 0 else "。"
    if HAN_WORD.fullmatch(before) and not is_boundary(before):
        return False  # 黄石 | 港区、某某区: the end of a longer name
    after = doc[tok.i + 2].text
    return len(after) > 2 and after.endswith(suffix) and HAN_WORD.fullmatch(after) is not None


def transliterated_start(doc: Doc, prev: Token, suffix: str) -> int:
    """Where a place's name begins when the segmenter cut a piece off its front: a
    Mongolian village's or sumu's transliteration (呼格 | 吉勒图 | 嘎查), or a community's or
    street's name (老 | 某某 | 社区, 五号 | 某某 | 社区) whose first piece is no word, verb,
    boundary or place and stands after a mark, a boundary or a place, or one of two
    characters where the statistical NER reads the name from (龙翔 | 雅苑 | 社区)."""
    if prev.i == 0:
        return prev.idx
    piece = doc[prev.i - 1]
    if suffix in TRANSLITERATED:
        return piece.idx if len(piece.text) == 2 and proper_piece(piece.text) else prev.idx
    read = (
        len(piece.text) == 2
        and proper_piece(piece.text)
        and proper_piece(prev.text)  # not 石门 | 村委 | 广场: the square of a village's office
        and read_as_name(doc, piece)
    )
    return piece.idx if len(suffix) > 1 and (opens_name(doc, piece) or read) else prev.idx


def proper_piece(text: str) -> bool:
    """A piece of a name: Han characters that are no word, boundary, verb, opener or place."""
    return bool(
        HAN_WORD.fullmatch(text)
        and not (text_is_word(text) or is_boundary(text) or acts_on_names(text))
        and text not in word_list("name_openers.txt")
        and not begins_body(text)
    )


def opens_name(doc: Doc, piece: Token) -> bool:
    """A piece of one character, or a number (五号), that begins the name: nothing a name
    runs on from stands before it (a mark, a boundary, a place's end)."""
    if not (len(piece.text) == 1 or NUMBER_PIECE.fullmatch(piece.text)):
        return False  # 某某 | 西渡街道: a two-character piece is as often a place of its own
    if not proper_piece(piece.text) or piece.text[0] in NOT_OPENERS:
        return False
    before = doc[piece.i - 1].text if piece.i > 0 else "。"
    suffixes = word_list("place_suffixes.txt")
    return (
        not HAN_WORD.fullmatch(before)
        or is_boundary(before)
        or bool(longest_suffix(before, suffixes))
    )


def listed_piece(doc: Doc, piece: Token) -> bool:
    """One character a mark sets apart before a whole place (、大 | 四家子镇、): the name's
    first; not a count's (12个 | 行政村), a verb's (不留 | 盲区) nor 某 (某 | 小区)."""
    before = doc[piece.i - 1].text if piece.i > 0 else "、"
    return len(piece.text) == 1 and before in LIST_MARKS and opens_name(doc, piece)


def split_stem(doc: Doc, prev: Token) -> int | None:
    """Where a name begins whose stem pkuseg split into two single characters right after
    the place it lies in (某某乡 | 袁 | 都 | 村): the first of them."""
    if prev.i < 2 or len(prev.text) != 1 or len(doc[prev.i - 1].text) != 1:
        return None
    first, place = doc[prev.i - 1], doc[prev.i - 2]
    if not (proper_piece(first.text + prev.text) and proper_piece(first.text)):
        return None  # the second may be a word of its own (袁 | 都 | 村)
    suffixes = word_list("place_suffixes.txt")
    return first.idx if len(place.text) > 2 and longest_suffix(place.text, suffixes) else None


def placed(doc: Doc, stem: Token) -> bool:
    """Whether a common word before a kind (团结 | 社区) stands where a place's name does:
    opening a clause or list, after a place (某街道 | 团结社区), or after a word that
    leads to a place (在, 到, 走进, 走访 …); not after other words (聚焦 | 当前 | 社区)."""
    before = doc[stem.i - 1].text if stem.i > 0 else "。"
    return (
        not HAN_WORD.fullmatch(before)
        or before in locators()
        or before in word_list("places.txt")
        or (
            longest_suffix(before, word_list("place_suffixes.txt")) is not None
            and not scoped_kind(doc, stem.i - 1)
        )
    )


def scoped_kind(doc: Doc, i: int) -> bool:
    """A bare kind after 各 (各 | 社区 | 引领 | 小区): every one of them, no place a name
    stands after (unlike 该县 | 幸福小区, the county named)."""
    return i > 0 and doc[i].text in word_list("generic_places.txt") and doc[i - 1].text in EVERY


@functools.cache
def locators() -> frozenset[str]:
    """Words a place's name follows: movements, visits and prepositions of place."""
    visits = {w for w, t in action_table().items() if t == RelType.VISITED}
    return frozenset(word_list("motion_verbs.txt") | visits | word_list("place_leads.txt"))


def stem_before(doc: Doc, prev: Token, suffix: str) -> bool:
    """Whether ``prev`` is the proper name a suffix token completes (凤凰岭 | 街道): a known
    place for a one-character suffix, a one-character stem only after a place (德兴市 | 银)."""
    known = word_list("places.txt")
    if (
        is_boundary(prev.text)
        or acts_on_names(prev.text)
        or prev.text in word_list("generic_places.txt")
    ):
        return False
    if len(prev.text) < 2:
        before = doc[prev.i - 1].text if prev.i > 0 else ""
        return len(suffix) > 1 and bool(longest_suffix(before, word_list("place_suffixes.txt")))
    return len(suffix) > 1 or prev.text in known or unknown_village(doc, prev, suffix)


def unknown_village(doc: Doc, prev: Token, suffix: str) -> bool:
    """A town's or village's own two characters cut from its level (，木界 | 村 | 人均…): no
    word or verb of the lexicons, where a place's name stands."""
    return (
        suffix in TOWN_LEVELS
        and proper_stem(prev.text, frozenset())
        and not word_or_verb(prev.text)
        and placed(doc, prev)
    )


def held_place(prev: Token, level: str = "") -> bool:
    """The proper name before 市委/县政府 that names its place (芜湖 | 市委 → 芜湖市, 林州 |
    市委 → 林州市: a city's name may end in 州)."""
    text = prev.text
    return (
        len(text) >= 2
        and (text[-1] not in LEVELS or (text[-1] == "州" and level == "市"))
        and not prev.like_num
        and not NUMBERED.search(text)
        and not text.endswith(BODY_ENDS)  # 后宅镇委 | 镇政府: a committee, then its government
        and proper_word(text)
        and not acts_on_names(text)
    )


def text_is_word(text: str) -> bool:
    """A common word (市场, 人民): no place's name."""
    return text in word_list("common_words.txt")
