"""Dates stated in a sentence, resolved against the article's date to ISO strings.

News states dates relative to the day of publication: 1月4日 is in the
article's year (or the year before, when the month lies ahead of the
article's: a January paper reporting 12月28日); 去年12月 is last year; 近日,
日前, 今天 are the article's day. Without an article date, only dates that
carry their year resolve.
"""

from __future__ import annotations

import re
from datetime import date

FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
MONTH_DAY = re.compile(r"(?<![\d年])(去年|今年)?(\d{1,2})月(\d{1,2})日")
TODAY = re.compile(r"近日|日前|今天|今日|当天|当日")


def resolve_date(sentence: str, article_date: str | None) -> str | None:
    """The first date the sentence states, as YYYY-MM-DD, or None."""
    published = parse_iso(article_date)
    m = FULL.search(sentence)
    if m:
        return iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = MONTH_DAY.search(sentence)
    if m and published:
        month, day = int(m.group(2)), int(m.group(3))
        year = published.year
        if m.group(1) == "去年" or (m.group(1) is None and month > published.month + 1):
            year -= 1
        return iso(year, month, day)
    if published and TODAY.search(sentence):
        return published.isoformat()
    return None


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
