"""What a name says about where it is unambiguous.

A local paper writes ``县委`` for its own county's party committee, ``城关镇`` for a
town of which dozens exist, ``张某`` for someone it will not name. Across papers such
names are not identities. A name is *absolute* (the same thing wherever it is read)
when it starts with a national marker (国务院, 全国, 中共中央) or with a named place
of county level or above (乌海市委, 石阡县人大, 内蒙古自治区党委), or is such a place
itself. Every other name is read within the jurisdiction of the paper that wrote it;
a *relative* body (市委, 县农业农村局, 镇党委: a level word and no place) is also
given the name of the place it belongs to when that place is known.

These are rules on the written form only; kg.link.scope applies them to an article.
"""

from __future__ import annotations

import re

from kg.schema import Label


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


NATIONAL = (
    "中共中央",
    "中央",
    "党中央",
    "国务院",
    "全国",
    "国家",
    "中国",
    "中华",
    "最高人民",
    "新华社",
    "人民日报",
    "党的",  # 党的二十大
)
PROVINCES = words(
    "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 "
    "湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门"
)
# Level words a relative body starts with, longest first (自治区党委 before 区委).
LEVELS = ("自治区", "街道", "社区", "嘎查", "苏木", "省", "市", "州", "盟", "县", "区", "旗")
LEVELS += ("镇", "乡", "村")
COUNTY_OR_ABOVE = ("自治区", "自治州", "自治县", "特别行政区", "省", "市", "州", "盟", "县", "区")
COUNTY_OR_ABOVE += ("旗",)
# A level character followed by these is a word, not a level: 市场监管局, 县城, 区域.
NOT_A_LEVEL = re.compile(
    r"^(市[场民级区直容貌值井]|市政(?![府协])|县[城级域直]|区[域块级间直]|旗直|村[民级镇]|镇[村级]"
    r"|乡[村镇级]|省[级直]|州[级直])"
)
# Stems that make X县/X区 a kind of place rather than a place: 示范县, 核心区, 工业园区.
KIND_STEMS = re.compile(
    r"(示范|试点|重点|代表|先进|贫困|百强|中心|核心|园|开发|高新|功能|集聚|保护|风景|旅游|"
    r"试验|实验|经济|工业|产业|物流|级|兄弟)$|^[一二三四五六七八九十两几多数百千万][名个位家所座支批项件次]"
)
# Endings that make a word a kind of area, not an administrative one: 滨河社区, 工业园区, 超市.
KIND_ENDINGS = words(
    "社区 小区 街区 园区 景区 片区 辖区 城区 郊区 市区 山区 矿区 牧区 农区 灾区 库区 校区 老区 "
    "城市 超市 都市 门市 夜市 集市 股市 上市"
)
ONE_CHAR_NOT_COUNTY = set("全该本各邻外我此郊大强小老每两一多市区省州")
NOT_AN_IDENTITY = re.compile(
    r"某|^.$|^[老小阿].$|^.(先生|女士|同志|师傅|老师|大爷|大妈|阿姨|奶奶|爷爷|书记|主任|市长|县长|局长)$"
)
QUOTES = '《“"「『(（'


def is_identity(name: str) -> bool:
    """张某, 王某某, a lone surname, 老王, 李女士: not a name that identifies one person."""
    return not NOT_AN_IDENTITY.search(name)


def is_absolute_place(name: str) -> bool:
    """A place named in full at county level or above (乌海市, 石阡县, 内蒙古自治区, 四川)."""
    if name in PROVINCES or name in ("中国", "中华人民共和国"):
        return True
    if name.endswith(KIND_ENDINGS):
        return False
    for suffix in COUNTY_OR_ABOVE:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) == 1:  # 歙县, 兴县; but not 全县, 城区, 超市
                return suffix == "县" and stem not in ONE_CHAR_NOT_COUNTY
            return len(stem) >= 2 and not KIND_STEMS.search(stem)
    return False


def absolute_prefix(name: str, places: frozenset[str] = frozenset()) -> str | None:
    """The national marker, province or known place a name starts with (乌海市委 -> 乌海市).

    ``places``: the absolute places the papers name; a prefix must be one of them, so that
    支持县委 (a verb before 县委) is not read as a body of a county called 支持县."""
    name = name.lstrip(QUOTES)
    for marker in NATIONAL + PROVINCES:
        if name.startswith(marker):
            return marker
    prefixes = [name[:i] for i in range(len(name) - 1, 1, -1)]
    return next((p for p in prefixes if p in places and is_absolute_place(p)), None)


def is_absolute(label: str, name: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether a name means the same thing in every paper; ``places`` as for
    ``absolute_prefix``."""
    if label == Label.PERSON:
        return False
    if label == Label.PLACE:
        return is_absolute_place(name)
    return absolute_prefix(name, places) is not None


def relative_level(name: str) -> str | None:
    """The level word a relative body starts with (县委 -> 县, 中共市委 -> 市), else None."""
    rest = name.removeprefix("中共")
    if NOT_A_LEVEL.match(rest):
        return None
    for level in LEVELS:
        if rest.startswith(level) and len(rest) > len(level):
            return level
    return None


def place_level(place: str) -> str | None:
    """The level a place name ends with (乌海市 -> 市, 和布克赛尔蒙古自治县 -> 县)."""
    for level in LEVELS:
        if place.endswith(level) and len(place) > len(level):
            return level
    return None


def qualify(name: str, level: str, place: str) -> str:
    """The body's name with its place: (县委, 县, 尤溪县) -> 尤溪县委; 中共市委 -> 中共乌海市委;
    a place of one character and its level keeps the level word before 委, as such
    committees are named (兴县 -> 兴县县委), and drops it before other bodies (兴县人民法院,
    兴县妇联)."""
    head = "中共" if name.startswith("中共") else ""
    rest = name[len(head) :]
    keeps_level = len(place) <= 2 and rest[len(level) :].startswith("委")
    return head + place + (rest if keeps_level else rest[len(level) :])
