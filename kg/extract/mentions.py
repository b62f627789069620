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
from kg.extract.settle import drop_inner_names, home_city_mentions, settle_names
from kg.nlp.candidates import Candidate, sentence_bounds
from kg.nlp.doc_index import doc_index
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label

TITLE_EVENT = re.compile(
    r"^(.{4,60}?(?:会议|大会|活动|仪式|典礼|论坛|评议|比赛|大赛|开幕式|演出))(?:举行|召开|举办|开幕|启动|闭幕)$"
)


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    return extract_from_doc(article, nlp(article.text))


def extract_from_doc(article: Article, doc: Doc) -> ArticleExtraction:
    text = article.text
    sentences = sentence_bounds(text)
    chosen = doc._.mentions or []
    mentions = named_mentions([c for c in chosen if c.label != Label.FIGURE], article)
    mentions += recurring_people(text, mentions)
    mentions += [to_mention(c, text, article) for c in chosen if c.label == Label.FIGURE]
    mentions += home_city_mentions(text, mentions, article.home_city)
    settle_names(mentions, article)
    drop_inner_names(mentions)
    mentions.sort(key=lambda m: (m.start, -m.end, m.label))
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


def named_mentions(chosen: list[Candidate], article: Article) -> list[Mention]:
    """The pipeline's names as mentions, less those inside a credit (bylines name them)."""
    text = article.text
    credits = [
        (k, k + len(b.evidence)) for b in article.bylines for k in [text.find(b.evidence)] if k >= 0
    ]
    mentions = [to_mention(c, text, article) for c in chosen]
    return [m for m in mentions if m and not any(s <= m.start < e for s, e in credits)]


def to_mention(c: Candidate, text: str, article: Article) -> Mention | None:
    """A chosen candidate as a mention; 我市 without a known home city is no mention."""
    surface = text[c.start : c.end]
    if c.home_city and not article.home_city:
        return None
    name = article.home_city if c.home_city else (c.canonical or surface)
    return Mention(
        c.label,
        name,
        surface,
        c.start,
        c.end,
        home_city=c.home_city,
        anaphor=c.anaphor,
        title_end=c.title_end,
        trigger=c.trigger,
        figure=c.figure,
    )


def recurring_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every other occurrence of a person name found once in the article."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for name in sorted({m.name for m in mentions if m.label == Label.PERSON}):
        for hit in re.finditer(re.escape(name), text):
            if not any(s <= hit.start() < e or s < hit.end() <= e for s, e in taken):
                out.append(
                    Mention(Label.PERSON, name, name, hit.start(), hit.end(), recurring=True)
                )
                taken.append((hit.start(), hit.end()))
    return out


def byline_mentions(article: Article) -> list[Mention]:
    return [Mention(Label.PERSON, b.name, b.name, byline=b.role) for b in article.bylines]
