"""Bylines and credits: who wrote or photographed a news item.

Papers print credits in a small grammar, not in prose. A credit is a run of
fields, each a credit word (记者, 通讯员, 摄影, 作者, 采写, 文/图 ..., often
qualified: 本报记者, 全媒体记者, 见习记者) and one or more names, a field perhaps
led by the paper or desk (江城日报全媒体记者 X, 采写 | 区融媒体中心 X), the
credit perhaps closed by 报道 or 摄. The same grammar stands in several places:

- in brackets anywhere: 本报讯(记者王超), (文/图 全媒体记者 X 通讯员 Y), (X 摄);
- as a line of its own, first or last, or after a caption's full stop:
  本报记者X, □记 者 X, 作者:全媒体记者 X, 某某网视觉组X摄, …现场。 X 摄;
- as a lead-in: 某某网讯 记者 X 通讯员 Y 报道:…;
- names alone close an item: (孟荣 付兰伟), …万元。(X), or a bare last line X Y.

The grammar is strict (a name is 2-3 Han characters, a desk may only stand
before the names), so prose that speaks of 记者 (记者来到, 告诉记者) does not read
as a credit. Typesetters pad two-character words to the width of three (记 者,
蒋 丹): two single characters in a row are one word.
"""

from __future__ import annotations

import re

from kg.read.credits import (
    BRACKET,
    CREDIT_WORD,
    LEAD_IN,
    NOTE_LINE,
    SENTENCE_END,
    Credit,
    Credited,
    is_name,
    is_plain_name,
    is_word,
    parse_credit,
    surnamed_place,
)
from kg.records import Byline

CLOSED_SENTENCE = re.compile(r"[。！？!?…][”’」』]?\s*$")  # …谢绝。 (X) / …进行。”(X Y)
WORK_TITLE_ENDS = ("》", "〉")  # 《某某》(作者:X): a cited work's credit
OPENING = re.compile(r"\s*(?:[^\s，。,！？]{1,16}(?:[讯电]|消息)\s*)?")  # (X Y)… / 本报讯 (X) …
# 某网某地2月1日电 (X Y Z)…, 某商会消息(X):…
DATELINE = re.compile(r"\s*[^\s，。,！？()（）]{1,16}(?:[讯电]|消息)\s*")
BRACKETS = re.compile(r"[()（）]")
AFTER_BRACKETS = re.compile(r"[)）]([^()（）]*)$")


def bracket_credits(para: str, last: bool, first: bool = False) -> list[Credit]:
    """Credits in brackets: anywhere when they hold a credit word or 摄; names alone only as a
    line of their own, opening the item before its lead ((X Y)某日上午,…) or after its
    dateline in any paragraph (某网某地2月1日电(X Y)), or closing the
    item's last paragraph after a full stop (…万元。(X)). A credit right after a work's
    title (作品《某某》(作者:X)) is that work's, not the item's."""
    out = []
    for m in BRACKET.finditer(para):
        people = parse_credit(m.group(1))
        if not people or para[: m.start()].rstrip().endswith(WORK_TITLE_ENDS):
            continue
        credit = Credit(m.group(0), people)
        closing = (
            last
            and m.end() == len(para.rstrip())
            and CLOSED_SENTENCE.search(para, 0, m.start()) is not None
        )
        opening = (first and OPENING.fullmatch(para, 0, m.start()) is not None) or (
            DATELINE.fullmatch(para, 0, m.start()) is not None
        )  # a dateline opens the item's text wherever captions and subheads put it
        alone_ok = (m.group(0) == para.strip() or closing or opening) and not any(
            is_word(p.name) and not surnamed_place(p.name) for p in people
        )
        if credit.names_alone and not alone_ok:
            continue
        out.append(credit)
    return out


def tail_credit(para: str, last: bool, first: bool = False) -> Credit | None:
    """A credit printed as a line, or after the last full stop of a caption (…现场。 X 摄),
    or after a caption's bracketed note (…羊肉。(甲) 乙 摄).
    Names alone only as the item's bare last line, each a plain name (苗书岚 蒋 丹), or as
    its first line when their paper closes it (甲 乙 某县融媒体中心)."""
    s = para.strip()
    ends = list(SENTENCE_END.finditer(s))
    tail = s[ends[-1].end() :].strip() if ends else s
    bracketed = BRACKETS.search(tail) is not None
    if bracketed:  # bracketed credits are read by bracket_credits; …。(甲) 乙 摄: 乙's after them
        after = AFTER_BRACKETS.search(tail)
        tail = after.group(1).strip() if after else ""
    if not tail or len(tail) > 60:
        return None
    people = parse_credit(tail, strict=True)
    if not people:
        return None
    credit = Credit(tail, people)
    if bracketed and credit.names_alone:
        return None
    desked = all(p.desk for p in people)  # their paper vouches for names that are words (田园)
    placed = last or (first and desked)
    plain = all(is_plain_name(p.name) or (desked and is_name(p.name)) for p in people)
    bare_names_ok = placed and tail == s and plain
    return None if credit.names_alone and not bare_names_ok else credit


def lead_in_credit(para: str) -> Credit | None:
    """A credit opening a paragraph without brackets: 某某网讯 记者 X 通讯员 Y 报道:…"""
    m = LEAD_IN.match(para)
    if not m or not CREDIT_WORD.search(m.group(1)):
        return None
    people = parse_credit(m.group(1), strict=True)
    credit = Credit(m.group(1), people) if people else None
    return None if credit is None or credit.names_alone else credit


def credits_in(para: str, last: bool, first: bool = False) -> list[Credit]:
    """Every credit a paragraph holds, in the order printed."""
    unbracketed = [c for c in (lead_in_credit(para), tail_credit(para, last, first)) if c]
    return sorted(
        bracket_credits(para, last, first) + unbracketed, key=lambda c: para.find(c.evidence)
    )


def is_credit_line(line: str) -> bool:
    """True when a paragraph is nothing but a credit: (孟荣), (苏如娜 摄), 本报记者 王超."""
    s = line.strip()
    if BRACKET.fullmatch(s):
        return bool(bracket_credits(s, last=False))
    credit = tail_credit(s, last=True)
    return credit is not None and credit.evidence == s


def ends_with_credit(line: str) -> bool:
    """True when a paragraph is a credit or closes with one after its last full stop
    (…晾晒玉米。记者 X 摄): such a line ends the caption it credits, whatever its punctuation."""
    s = line.strip()
    return is_credit_line(s) or tail_credit(s, last=True) is not None


def last_body_paragraph(paragraphs: list[str]) -> int:
    """The index of the item's last paragraph, before the credit and note lines that close
    it (…成果。(X Y) / 来源:某某网 / 作者:Z): names alone close that paragraph."""
    k = len(paragraphs) - 1
    while k > 0 and (
        NOTE_LINE.match(paragraphs[k])
        or is_credit_line(paragraphs[k])
        or is_credited_caption(paragraphs[k])
    ):
        k -= 1
    return k


def is_credited_caption(line: str) -> bool:
    """A photo's caption closed by its credit (农民喜收玉米(X 摄)): captions printed after
    the text do not end it, so its closing names alone still close the item."""
    s = line.strip()
    return any(
        s.endswith(c.evidence) and all(p.role == "photographer" for p in c.people)
        for c in bracket_credits(s, last=False)
    )


def find_bylines(paragraphs: list[str], mentions_reporter: bool = False) -> list[Byline]:
    """All credits in an item's paragraphs, in order, without duplicates.

    Names alone are the author's; when the item itself speaks of the reporter (记者来到,
    告诉记者) and names no reporter otherwise, they are the reporters'.
    """
    last = last_body_paragraph(paragraphs)
    credits = [c for k, p in enumerate(paragraphs) for c in credits_in(p, k >= last, k == 0)]
    found: list[Byline] = []

    def add(person: Credited, role: str, evidence: str) -> None:
        if all((b.name, b.role) != (person.name, role) for b in found):
            found.append(Byline(person.name, role, evidence, person.desk, person.title))

    for credit in credits:
        for person in credit.people:
            if person.role:
                add(person, person.role, credit.evidence)
    has_reporter = any(b.role == "reporter" for b in found)
    closing_role = "reporter" if mentions_reporter and not has_reporter else "author"
    credited = {b.name for b in found}
    for credit in credits:
        for person in credit.people:
            if person.role is None and person.name not in credited:
                add(person, closing_role, credit.evidence)
    return found
