"""An ArticleExtraction as plain JSON and back: the one form the cache and the spool write.

Why one module: the extraction cache (kg.builder.cache) keeps each article's
mentions and relations, and the spool (kg.builder.spool) keeps them with the
article itself; both must read back exactly the record that was written, so
both use these functions rather than two copies that could drift apart.
Only the fields that are set are written (``dataclasses.asdict`` deep-copies
every value first, which cost more than writing the entry).
"""

from __future__ import annotations

from kg.records import Article, ArticleExtraction, Byline, FigureFacts, Mention, Relation


def to_json(ex: ArticleExtraction, with_article: bool = False) -> dict:
    """The record's set fields; the article too when ``with_article`` (the cache leaves it out:
    it is keyed by the article, which is read again at every build)."""
    data = {
        "mentions": [mention_json(m) for m in ex.mentions],
        "relations": [{k: v for k, v in vars(r).items() if v is not None} for r in ex.relations],
    }
    if with_article:
        article = {k: v for k, v in vars(ex.article).items() if v is not None}
        article["bylines"] = [vars(b) for b in ex.article.bylines]
        data["article"] = article
    return data


def mention_json(m: Mention) -> dict:
    fields = {k: v for k, v in vars(m).items() if v is not None and v is not False}
    if m.figure:
        fields["figure"] = vars(m.figure)
    return fields


def from_json(data: dict, article: Article | None = None) -> ArticleExtraction:
    """The record written by ``to_json``, attached to ``article`` when given (the cache: the
    article as read now, whose path and source may differ), else to the one written."""
    if article is None:
        article = Article(**data["article"])
    mentions = [
        Mention(**{**m, "figure": FigureFacts(**m["figure"])} if "figure" in m else m)
        for m in data["mentions"]
    ]
    relations = [
        Relation(**{**r, "subj": tuple(r["subj"]), "obj": tuple(r["obj"])})
        for r in data["relations"]
    ]
    article.bylines = [b if isinstance(b, Byline) else Byline(**b) for b in article.bylines]
    return ArticleExtraction(article=article, mentions=mentions, relations=relations)
