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
from kg.nlp.candidates import LEVELS, Candidate, sentence_bounds
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import word_list
from kg.records import Article, ArticleExtraction, Mention
from kg.schema import Label

LOCAL_LEVELS = ("乡", "镇", "街道", "村", "苏木", "嘎查")  # named in their bodies' names
ADMIN_LEVELS = ("省", "自治区", "市", "州", "盟", "区", "县", "旗") + LOCAL_LEVELS
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


def settle_names(mentions: list[Mention], article: Article) -> None:
    """Anaphors to their antecedents and short forms to full names, within the article."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        kind = m.anaphor
        if m.label == Label.ORGANIZATION and kind:
            antecedent = next(
                (
                    a
                    for a in reversed(ordered)
                    if a.start < m.start
                    and a.label == Label.ORGANIZATION
                    and not a.refers_back
                    and a.name.endswith(kind)
                ),
                None,
            )
            m.name = antecedent.name if antecedent else ""
    mentions[:] = [m for m in mentions if m.name]
    for label in (Label.ORGANIZATION, Label.PROGRAMME, Label.EVENT, Label.PLACE):
        names = sorted({m.name for m in mentions if m.label == label}, key=lambda n: (-len(n), n))
        for m in mentions:
            if m.label != label or m.refers_back:
                continue
            full = next(
                (n for n in names if len(n) > len(m.name) and is_short_form(m.name, n)), None
            )
            if full and not nested_in(m, mentions, full):
                m.short_form = m.name
                m.name = full


def is_short_form(short: str, full: str) -> bool:
    """利民公司 abbreviates 乌海能源利民公司: the full name ends with it (same head), or
    a quoted name loses its quotes (“最强党支部” / 最强党支部), or a body is named by its
    level alone (县委 for 中共涡阳县委, 省委 for 吉林省委)."""
    bare_full, bare_short = full.strip('“”"《》'), short.strip('“”"《》')
    return bare_full.endswith(bare_short) and (
        len(bare_short) >= 3 or bare_short == bare_full or bare_short[:1] in LEVELS
    )


def inside(m: Mention, o: Mention) -> bool:
    """``m`` lies within ``o``'s name and is shorter."""
    return o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start


def drop_inner_names(mentions: list[Mention]) -> None:
    """A place or body named only inside a body's name is no mention of its own
    (湖南 in 苏州市湖南商会, 市政府 in 市政府办公室), unless the article also names
    it alone, or it is a body with a unit of its own under it (乌海能源 | 利民公司),
    or a place in an address (海南省 | 白沙县 | 检察院) or a township, street or
    village (南开乡 in 南开乡政府)."""
    bodies = [m for m in mentions if m.label == Label.ORGANIZATION and not m.refers_back]
    places = [m for m in mentions if m.label == Label.PLACE and not m.refers_back]
    outer = {id(m): o for m in places + bodies for o in bodies if inside(m, o)}
    alone = {(m.label, m.name) for m in mentions if id(m) not in outer}
    mentions[:] = [
        m
        for m in mentions
        if id(m) not in outer
        or (m.label, m.name) in alone
        or (m.label == Label.ORGANIZATION and heads_a_unit(m, outer[id(m)]))
        or (m.label == Label.PLACE and in_address(m, places, outer[id(m)]))
    ]


def heads_a_unit(m: Mention, o: Mention) -> bool:
    """乌海能源 | 利民公司, 县法院 | 刑事审判庭: the outer name goes on with a unit of its
    own, not with a bare head (市政府 | 办公室, 市人大 | 常委会)."""
    rest = o.text[m.end - o.start :]
    return (
        m.start == o.start
        and len(rest) >= 3
        and rest not in word_list("org_heads.txt")
        and rest not in word_list("generic_orgs.txt")
    )


def in_address(p: Mention, places: list[Mention], o: Mention) -> bool:
    """A township or lower, or a place followed in the body's name by a place within it
    (海南省 | 白沙县, 海勃湾区 | 凤凰岭街道); 湖北省 | 湖南商会 is no address."""
    if p.name.endswith(LOCAL_LEVELS):
        return True
    return any(
        q.start == p.end and q.end <= o.end and q.name.endswith(ADMIN_LEVELS) for q in places
    )


def nested_in(m: Mention, mentions: list[Mention], full: str) -> bool:
    """Whether this occurrence is itself inside an occurrence of the full name."""
    return any(
        o is not m and o.name == full and o.start <= m.start and m.end <= o.end for o in mentions
    )


def byline_mentions(article: Article) -> list[Mention]:
    return [Mention(Label.PERSON, b.name, b.name, byline=b.role) for b in article.bylines]
