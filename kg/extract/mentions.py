"""One article in, its mentions and relations out: the unit that is cached and merged.

Runs the spaCy pipeline on the article text, then settles names within the
article: 我市/本市/全市 become the home city, 该公司/该厂 the last body of that
kind, a short form (利民公司) the full name it abbreviates (乌海能源利民公司),
and a person named once (秘书长李春晓) is found wherever the name recurs.
Bylines become Person mentions; a headline "X举行/召开/启动" names an Event.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.dates import resolve_date
from kg.extract.relations import extract_relations
from kg.nlp.candidates import sentence_bounds
from kg.nlp.doc_index import doc_index
from kg.schema import Article, ArticleExtraction, Mention

TITLE_EVENT = re.compile(
    r"^(.{4,60}?(?:会议|大会|活动|仪式|典礼|论坛|评议|比赛|大赛|开幕式|演出))(?:举行|召开|举办|开幕|启动|闭幕)$"
)


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    return extract_from_doc(article, nlp(article.text))


def extract_from_doc(article: Article, doc: Doc) -> ArticleExtraction:
    text = article.text
    sentences = sentence_bounds(text)
    credits = [
        (k, k + len(b.evidence)) for b in article.bylines for k in [text.find(b.evidence)] if k >= 0
    ]
    mentions = [
        m
        for m in (to_mention(c, text, article) for c in doc._.mentions or [])
        if m and not any(s <= m.start < e for s, e in credits)
    ]  # bylines name these people
    mentions += recurring_people(text, mentions)
    mentions += figure_mentions(doc)
    settle_names(mentions, article)
    mentions.sort(key=lambda m: (m.start, -m.end, m.label))
    for m in mentions:
        m.sentence = next((k for k, (s, e) in enumerate(sentences) if s <= m.start < e), -1)
        if m.label == "Event" and m.sentence >= 0:
            s, e = sentences[m.sentence]
            m.props["date"] = resolve_date(text[s:e], article.date)
    mentions += byline_mentions(article)
    title_event = TITLE_EVENT.match(article.title)
    if title_event and not any(
        m.label == "Event" and m.name == title_event.group(1) for m in mentions
    ):
        mentions.append(
            Mention("Event", title_event.group(1), title_event.group(1), props={"in_title": True})
        )
    relations = extract_relations(article, text, mentions, sentences, doc_index(doc).token_at_start)
    return ArticleExtraction(article=article, mentions=mentions, relations=relations)


def to_mention(c, text: str, article: Article) -> Mention | None:
    surface = text[c.start : c.end]
    name = c.props.get("canonical", surface)
    props = {k: v for k, v in c.props.items() if k not in ("canonical",)}
    if c.props.get("anaphor") == "home_city":
        if not article.home_city:
            return None
        name = article.home_city
    return Mention(c.label, name, surface, c.start, c.end, props=props)


def recurring_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every other occurrence of a person name found once in the article."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for name in sorted({m.name for m in mentions if m.label == "Person"}):
        for hit in re.finditer(re.escape(name), text):
            if not any(s <= hit.start() < e or s < hit.end() <= e for s, e in taken):
                out.append(
                    Mention("Person", name, name, hit.start(), hit.end(), props={"recurring": True})
                )
                taken.append((hit.start(), hit.end()))
    return out


def figure_mentions(doc: Doc) -> list[Mention]:
    out = []
    for f in getattr(doc._, "figures", None) or []:
        out.append(
            Mention(
                "Figure",
                f.text,
                f.text,
                f.start,
                f.end,
                props={
                    "value": f.value,
                    "unit": f.unit,
                    "text": f.text,
                    "metric": f.metric,
                    "hedge": f.hedge,
                },
            )
        )
    return out


def settle_names(mentions: list[Mention], article: Article) -> None:
    """Anaphors to their antecedents and short forms to full names, within the article."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        kind = m.props.get("anaphor")
        if m.label == "Organization" and kind:
            antecedent = next(
                (
                    a
                    for a in reversed(ordered)
                    if a.start < m.start
                    and a.label == "Organization"
                    and not a.props.get("anaphor")
                    and a.name.endswith(kind)
                ),
                None,
            )
            m.name = antecedent.name if antecedent else ""
    mentions[:] = [m for m in mentions if m.name]
    for label in ("Organization", "Programme", "Event", "Place"):
        names = sorted({m.name for m in mentions if m.label == label}, key=lambda n: (-len(n), n))
        for m in mentions:
            if m.label != label or m.props.get("anaphor"):
                continue
            full = next(
                (n for n in names if len(n) > len(m.name) and is_short_form(m.name, n)), None
            )
            if full and not nested_in(m, mentions, full):
                m.props["short_form"] = m.name
                m.name = full


def is_short_form(short: str, full: str) -> bool:
    """利民公司 abbreviates 乌海能源利民公司: the full name ends with it (same head), or
    a quoted name loses its quotes (“最强党支部” / 最强党支部)."""
    bare_full, bare_short = full.strip('“”"《》'), short.strip('“”"《》')
    return bare_full.endswith(bare_short) and (len(bare_short) >= 3 or bare_short == bare_full)


def nested_in(m: Mention, mentions: list[Mention], full: str) -> bool:
    """Whether this occurrence is itself inside an occurrence of the full name."""
    return any(
        o is not m and o.name == full and o.start <= m.start and m.end <= o.end for o in mentions
    )


def byline_mentions(article: Article) -> list[Mention]:
    return [Mention("Person", b.name, b.name, props={"byline": b.role}) for b in article.bylines]
