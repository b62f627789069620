"""Bylines and credits: who wrote or photographed a news item.

Chinese papers credit people in a handful of fixed shapes: a lead-in
``本报讯(记者王超)``, a parenthesis anywhere ``(记者 周迎 通讯员 李明)``, a photo
credit ``(苏如娜 摄)``, a closing line that is only names ``(孟荣 付兰伟)``, or
``文/图 某某``. These are matched by pattern; names are 2-4 Han characters
(or minority names joined by ·).
"""

from __future__ import annotations

import re

from kg.records import Byline

# a name never runs into a role word: (记者王超 通讯员李明) is 王超 and 李明, not 通讯员李
ROLE_STOP = r"(?!记者|本报|通讯员|实习生|摄影|撰稿|作者)"
NAME = rf"(?:{ROLE_STOP}[\u4e00-\u9fff]){{2,4}}(?:·[\u4e00-\u9fff]{{1,6}})?"
NAMES = rf"{NAME}(?:[\s、,，]+{NAME})*"
OPEN, CLOSE = r"[(（]", r"[)）]"

ROLE_WORDS = {
    "记者": "reporter",
    "本报记者": "reporter",
    "通讯员": "correspondent",
    "实习生": "reporter",
    "摄影": "photographer",
    "文": "author",
    "文/图": "author",
    "图": "photographer",
    "图/文": "author",
    "撰稿": "author",
    "作者": "author",
}
ROLE = "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True))

# (记者 王超 通讯员 李明) / 本报讯(记者王超) / 记者 王超 报道
ROLE_CREDIT = re.compile(rf"{OPEN}\s*((?:(?:{ROLE})[\s:：]*{NAMES}\s*)+){CLOSE}")
ROLE_PART = re.compile(rf"({ROLE})[\s:：]*({NAMES})")
# (苏如娜 摄) / (王超 贺雅君 摄)
PHOTO_CREDIT = re.compile(rf"{OPEN}\s*({NAMES})\s*摄(?:影)?\s*{CLOSE}")
# a line that is only names in brackets: (孟荣) / (王超 贺雅君)
NAMES_ONLY = re.compile(rf"^\s*{OPEN}\s*({NAMES})\s*{CLOSE}\s*$")
# 文/图 某某 at the start or end of a line
SLASH_CREDIT = re.compile(rf"^\s*((?:文|图)(?:/(?:文|图))?)[\s:：]+({NAMES})\s*$")

NOT_NAMES = {"记者", "本报", "通讯员", "图片", "资料图", "新华社", "上接第一版", "下转第二版"}


def split_names(names: str) -> list[str]:
    return [
        n
        for n in re.split(r"[\s、,，]+", names.strip())
        if n and n not in NOT_NAMES and 2 <= len(n.replace("·", "")) <= 10
    ]


def is_credit_line(line: str) -> bool:
    """True when a paragraph is nothing but a closing credit like (孟荣) or (苏如娜 摄)."""
    s = line.strip()
    return bool(
        NAMES_ONLY.match(s)
        or PHOTO_CREDIT.fullmatch(s)
        or ROLE_CREDIT.fullmatch(s)
        or SLASH_CREDIT.match(s)
    )


def find_bylines(paragraphs: list[str], mentions_reporter: bool = False) -> list[Byline]:
    """All credits in an item's paragraphs, in order, without duplicates.

    A closing names-only credit is the author's; when the item itself speaks of
    the reporter (记者来到, 告诉记者) and names no reporter otherwise, the closing
    credit is the reporters'.
    """
    found: list[Byline] = []

    def add(name: str, role: str, evidence: str) -> None:
        if all((b.name, b.role) != (name, role) for b in found):
            found.append(Byline(name=name, role=role, evidence=evidence))

    for para in paragraphs:
        for m in ROLE_CREDIT.finditer(para):
            for part in ROLE_PART.finditer(m.group(1)):
                role = ROLE_WORDS[part.group(1)]
                for name in split_names(part.group(2)):
                    add(name, role, m.group(0))
        for m in PHOTO_CREDIT.finditer(para):
            for name in split_names(m.group(1)):
                add(name, "photographer", m.group(0))
        m = SLASH_CREDIT.match(para)
        if m:
            for name in split_names(m.group(2)):
                add(name, ROLE_WORDS.get(m.group(1), "author"), m.group(0).strip())
    has_reporter = any(b.role == "reporter" for b in found)
    closing_role = "reporter" if mentions_reporter and not has_reporter else "author"
    for para in paragraphs:
        m = NAMES_ONLY.match(para)
        if m:
            for name in split_names(m.group(1)):
                add(name, closing_role, para.strip())
    return found
