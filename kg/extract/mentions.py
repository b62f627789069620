"""One article in, its mentions and relations out: the unit that is cached and merged.

Runs the spaCy pipeline on the article text, then settles names within the
article: 我市/本市/全市 become the home city, 该公司/该厂 the last body of that
kind, a short form (利民公司) the full name it abbreviates (乌海能源利民公司);
its people are settled by kg.extract.people.
Bylines become Person mentions; a headline "X举行/召开/启动" names an Event.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.dates import resolve_date
from kg.extract.listed_bodies import (
    committee_units,
    level_listed,
    leveled_bare_bodies,
    name_listed_levels,
    paired_bodies,
)
from kg.extract.meetings import meeting_bodies
from kg.extract.name_context import drop_by_context, drop_name_openings
from kg.extract.name_kinds import mend_kinds
from kg.extract.people import recurring, settle_people
from kg.extract.plausible import drop_non_names
from kg.extract.relations import extract_relations
from kg.extract.settle import ADMIN_LEVELS, drop_inner_names, home_city_mentions, settle_names
from kg.nlp.candidates import Candidate, sentence_bounds
from kg.nlp.doc_index import doc_index
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label

TITLE_EVENT = re.compile(
    r"^(.{4,60}?(?:会议|大会|活动|仪式|典礼|论坛|评议|比赛|大赛|开幕式|演出))(?:举行|召开|举办|开幕|启动|闭幕)$"
)
MIN_RECURRING_PROGRAMME = 5  # 某某技改项目 again where its figures are given; not 低保
CITY_LEVELS = ("市", "州", "盟", "地区")  # a paper of one of these writes 全市 for itself


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    return extract_from_doc(article, nlp(article.text))


def extract_from_doc(article: Article, doc: Doc) -> ArticleExtraction:
    text = article.text
    sentences = sentence_bounds(text)
    chosen = doc._.mentions or []
    mentions = named_mentions([c for c in chosen if c.label != Label.FIGURE], article)
    mentions = settle_people(text, mentions)
    mentions += recurring(text, mentions, Label.PROGRAMME, MIN_RECURRING_PROGRAMME)
    complete_given_names(mentions, text)
    mentions += [to_mention(c, text, article) for c in chosen if c.label == Label.FIGURE]
    mentions += paired_bodies(mentions, text)
    mentions += committee_units(mentions, text)
    leveled_bare_bodies(mentions, text)
    name_listed_levels(mentions, text)
    mentions += meeting_bodies(mentions, article.home_city)
    mentions += home_city_mentions(text, mentions, article.home_city)
    settle_names(mentions, article, sentences)
    drop_inner_names(mentions)
    drop_by_context(mentions, text, doc_index(doc).token_at_start)
    drop_name_openings(mentions, doc)
    mend_kinds(mentions, text)
    drop_non_names(mentions, article.home_city, keep=level_listed(mentions, text))
    mentions = with_credit_desks(mentions, article)
    mentions.sort(key=lambda m: (m.start, -m.end, m.label))
    number_figures(mentions)
    for m in mentions:
        m.sentence = next((k for k, (s, e) in enumerate(sentences) if s <= m.start < e), -1)
        if m.label == Label.EVENT and m.sentence >= 0:
            s, e = sentences[m.sentence]
            m.date = resolve_date(text[s:e], article.date)
    mentions += byline_mentions(article)
    title_event = TITLE_EVENT.match(article.title)
    if title_event and not any(
        m.label == Label.EVENT and m.name == title_event.group(1) for m in mentions
    ):
        name = title_event.group(1)
        mentions.append(Mention(Label.EVENT, name, name, in_title=True))
    relations = extract_relations(article, mentions, sentences, doc_index(doc).token_at_start)
    return ArticleExtraction(article=article, mentions=mentions, relations=relations)


def complete_given_names(mentions: list[Mention], text: str) -> None:
    """A person read without the surname before it (连 | 成义副院长) where the article names
    the person whole (连成义): the whole name, as the surname is written right before."""
    people = {m.name for m in mentions if m.label == Label.PERSON and len(m.name) == 3}
    for m in mentions:
        if m.label == Label.PERSON and len(m.text) == 2 and m.name == m.text and m.start > 0:
            whole = text[m.start - 1] + m.text
            if whole in people:
                m.start, m.text, m.name = m.start - 1, whole, whole


def named_mentions(chosen: list[Candidate], article: Article) -> list[Mention]:
    """The pipeline's names as mentions. Inside a credit, wherever printed, only the paper or
    desk is one (玉溪日报 in 玉溪日报记者 X): the bylines name the people, and pieces of a desk
    are no places, but for a place written in full that the article names outside its
    credits (某县融媒体中心 of a story on 某县), which then locates the desk; a short form
    (大连 of 大连新闻传媒集团) is the outlet's brand."""
    text = article.text
    credits = [  # every place a credit is printed: (X 摄) under each of a page's photos
        m.span() for b in article.bylines for m in re.finditer(re.escape(b.evidence), text)
    ]
    mentions = [m for m in (to_mention(c, text, article) for c in chosen) if m]

    def in_credit(m: Mention) -> bool:
        return any(s <= m.start < e for s, e in credits)

    outside = {m.name for m in mentions if m.label == Label.PLACE and not in_credit(m)}
    return [
        m
        for m in mentions
        if m.label == Label.ORGANIZATION
        or not in_credit(m)
        or (m.label == Label.PLACE and m.name in outside and m.text.endswith(ADMIN_LEVELS))
    ]


def to_mention(c: Candidate, text: str, article: Article) -> Mention | None:
    """A chosen candidate as a mention; 我市 without a known home city is no mention, and
    in a county's or district's paper it means the city above it (the last one named)."""
    surface = text[c.start : c.end]
    if c.home_city and not article.home_city:
        return None
    home = c.home_city and article.home_city.endswith(CITY_LEVELS)
    anaphor = "市" if c.home_city and not home else c.anaphor  # 全市 in a county's paper
    name = article.home_city if home else (c.canonical or surface)
    return Mention(
        c.label,
        name,
        surface,
        c.start,
        c.end,
        home_city=home,
        anaphor=anaphor,
        title_end=c.title_end,
        trigger=c.trigger,
        figure=c.figure,
    )


def number_figures(mentions: list[Mention]) -> None:
    """Name each reported quantity ``text#k``: the same quantity said of two things (50万元 of
    aid, 50万元 of goods: another metric) is two Figures, ``50万元#1`` and ``50万元#2``; said
    twice of one thing (the headline and the body) it is one Figure, reported twice."""
    facts: dict[tuple[str, str], str] = {}
    seen: Counter[str] = Counter()
    for m in mentions:
        if m.label == Label.FIGURE:
            fact = (m.text, m.figure.metric if m.figure else "")
            if fact not in facts:
                seen[m.text] += 1
                facts[fact] = f"{m.text}#{seen[m.text]}"
            m.name = facts[fact]


def with_credit_desks(mentions: list[Mention], article: Article) -> list[Mention]:
    """The desks the credits name (某某网视觉组 X 摄, 采写 | 区新闻中心 X) as bodies, read by the
    credit's grammar: they replace the names the pipeline read over or inside them, all
    but the places the article names elsewhere too (kept by named_mentions)."""
    spans = {s for b in article.bylines for s in [b.desk_span(article.text)] if s}
    kept = [
        m
        for m in mentions
        if not any(s < m.end and m.start < e for s, e in spans)
        or (m.start, m.end) in spans
        or (m.label == Label.PLACE and any(s <= m.start and m.end < e for s, e in spans))
    ]
    return kept + [
        Mention(Label.ORGANIZATION, article.text[s:e], article.text[s:e], s, e)
        for s, e in sorted(spans)
        if not any((m.start, m.end) == (s, e) and m.label == Label.ORGANIZATION for m in kept)
    ]


def byline_mentions(article: Article) -> list[Mention]:
    return [Mention(Label.PERSON, b.name, b.name, byline=b.role) for b in article.bylines]
