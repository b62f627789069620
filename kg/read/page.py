"""Split a newspaper page (text or Markdown) into its news items.

A page is a sequence of headings (``#``, ``##``, ``###``) and paragraphs. In a
run of consecutive headings, the one of highest rank (fewest ``#``) is the
headline; headings before it are the column name (保障和改善民生), those after
it and lines starting with —— are subtitles. A heading that follows body text
starts a new item when the running item has closed with a credit line after
its body text ((孟荣), (苏如娜 摄)) or is not of lower rank than the item's headline;
otherwise it is a subsection inside the item (办事:服务提升 办事舒心).
Page breaks cut paragraphs mid-sentence with a blank line ("现场评" / "选出"):
a paragraph that does not end a sentence is joined to the next one when it
reads as prose (it has a comma: headlines use spaces, not commas) or when the
page marks its headings with ``#`` (so an unmarked line is body text); in an
unmarked page, only to a line with punctuation (a bare phrase is a caption).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.read.bylines import ends_with_credit, is_credit_line

HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
SENTENCE_END = tuple("。！？!?;；:：…”’」』)）】》\"'")
CONTINUED = re.compile(r"^[(（](?:上接|下转|紧接)[^)）]{0,12}[)）]\s*")
CLAUSE = re.compile(r"[，,、；;]")


@dataclass
class PageItem:
    """One news item of a page before NLP: headline, column, subtitles and body."""

    title: str
    section: str | None = None
    subtitles: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


def paragraphs_of(text: str) -> list[str]:
    """Non-empty paragraphs, with page-break cuts rejoined."""
    raw = [p.strip() for p in re.split(r"\n\s*\n|\r?\n", text)]
    raw = [p for p in raw if p]
    marked = any(HEADING.match(p) for p in raw)
    out: list[str] = []
    for para in raw:
        if (
            out
            and is_broken(out[-1], marked)
            and not HEADING.match(para)
            and not is_credit_line(para)
            and (marked or continues(para))
        ):
            out[-1] += para
        else:
            out.append(para)
    return out


def continues(para: str) -> bool:
    """Whether a line can carry on a cut sentence: prose with punctuation somewhere, not a
    bare phrase (开幕式现场: a photo's caption between two paragraphs)."""
    return bool(CLAUSE.search(para)) or any(mark in para for mark in SENTENCE_END)


def is_broken(para: str, marked_headings: bool = False) -> bool:
    """A body paragraph cut by a page break: prose (see above), not ending a sentence.

    Length is no guide: cuts leave short stubs ("合理提高救助标准,按时足额发",
    "乌海乌兰牧骑持续为基层群众提") and headlines run to 40 characters.
    """
    return (
        (marked_headings or bool(CLAUSE.search(para)))
        and not HEADING.match(para)
        and not para.endswith(SENTENCE_END)
        and not ends_with_credit(para)
    )


def split_page(text: str) -> list[PageItem]:
    """The news items of a page, in order. A page without headings is one untitled item."""
    blocks: list[tuple[int, str]] = []  # (heading level or 0 for body, text)
    for para in paragraphs_of(text):
        m = HEADING.match(para)
        if m:
            if m.group(2):
                blocks.append((len(m.group(1)), m.group(2)))
        else:
            blocks.append((0, CONTINUED.sub("", para)))
    items: list[PageItem] = []
    level = 0  # headline level of the running item
    closed = True  # the running item ended with a credit line
    i = 0
    while i < len(blocks):
        if blocks[i][0] == 0:
            if not items:
                items.append(PageItem(title=""))
            items[-1].paragraphs.append(blocks[i][1])
            closed = closes_item(items[-1].paragraphs)
            i += 1
            continue
        run = []
        while i < len(blocks) and blocks[i][0] > 0:
            run.append(blocks[i])
            i += 1
        if items and not closed and items[-1].paragraphs and min(lv for lv, _ in run) > level:
            items[-1].paragraphs.extend(t for _, t in run)  # subsection headings stay as text
            continue
        items.append(headed_item(run))
        level = (
            min(lv for lv, t in run if not t.startswith("——"))
            if any(not t.startswith("——") for _, t in run)
            else run[0][0]
        )
        closed = False
    return [it for it in items if it.paragraphs or it.title]


def closes_item(paragraphs: list[str]) -> bool:
    """The item's last paragraph is a credit that follows body text: a byline printed under
    the headline (本报记者 王超) opens an item, it does not close it."""
    return is_credit_line(paragraphs[-1]) and not all(map(is_credit_line, paragraphs))


def headed_item(run: list[tuple[int, str]]) -> PageItem:
    """Column name, headline and subtitles from a run of consecutive headings."""
    candidates = [k for k, (_, t) in enumerate(run) if not t.startswith("——")]
    if not candidates:
        return PageItem(title=run[0][1].lstrip("—"))
    top = min(candidates, key=lambda k: (run[k][0], k))
    section = "；".join(t for _, t in run[:top]) or None
    return PageItem(
        title=run[top][1], section=section, subtitles=[t.lstrip("—") for _, t in run[top + 1 :]]
    )
