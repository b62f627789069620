"""The typed records handed from stage to stage.

Data flows one way: ``Article`` (kg.read) -> the pipeline's ``Candidate`` spans on
the Doc (kg.nlp) -> ``ArticleExtraction`` holding ``Mention`` and ``Relation``
records (kg.extract) -> resolved entities (kg.link) -> ``networkx.MultiDiGraph``
-> writers (kg.write, kg.store). Every record is plain data, so extractions can
be cached as JSON and sent between processes; every optional field is named
here, so a misspelt property is an error, not a silently missing value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.schema import Label, RelType

WRITING_ROLES = frozenset({"reporter", "correspondent", "photographer", "author"})


@dataclass
class Byline:
    """A credited person: reporter, photographer or author of an article, or its editor
    (编辑, 责编, 监制: named, but no writer)."""

    name: str
    role: str  # reporter | photographer | author | correspondent | editor
    evidence: str  # the credit as written, e.g. "(记者王超)"
    desk: str | None = None  # the paper or desk the credit writes before the name (区新闻中心 X)
    title: str | None = None  # the credit word printed against the desk (玉溪日报全媒体记者 X)

    def desk_span(self, text: str) -> tuple[int, int] | None:
        """Where the desk is written in the article: inside the credit."""
        at = text.find(self.evidence)
        k = text.find(self.desk, at, at + len(self.evidence)) if at >= 0 and self.desk else -1
        return (k, k + len(self.desk)) if k >= 0 and self.desk else None


@dataclass
class Article:
    """One news item, as read from a page, a file, an HTML page or a JSONL line."""

    id: str
    title: str
    text: str
    source: str | None = None
    date: str | None = None  # ISO date when known
    section: str | None = None  # column name above the headline (保障和改善民生)
    home_city: str | None = None  # what 我市/本市 mean
    path: str | None = None  # file the article came from
    bylines: list[Byline] = field(default_factory=list)


@dataclass
class FigureFacts:
    """What a reported quantity says: 近2000万元 is value 20000000, unit 元, hedge 近."""

    value: float
    unit: str
    text: str
    metric: str
    hedge: str | None = None


@dataclass
class Mention:
    """One entity mention in an article.

    ``name`` is the canonical form chosen for it within the article (after
    我市 -> home city, 该公司 -> last company, short -> full form); ``text`` is
    what was written. The other fields say how the mention was found and what
    later stages read from it.
    """

    label: Label | str
    name: str
    text: str
    start: int = -1  # char offsets into Article.text, -1 if implicit (bylines, headline)
    end: int = -1
    sentence: int = -1  # index into the article's sentences
    home_city: bool = False  # 我市/本市/全市: the article's home city
    anaphor: str | None = None  # 该公司: the kind of body (公司) it points back to
    short_form: str | None = None  # the short form written (利民公司) when name is the full one
    title_end: int | None = None  # end of the title a person is named after (秘书长|李春晓)
    trigger: str | None = None  # the verb that introduced an event (召开)
    in_title: bool = False  # an event named by the headline alone
    recurring: bool = False  # a later occurrence of a person named once with a title
    byline: str | None = None  # the credit role of a person named in a byline
    date: str | None = None  # an event's resolved date
    figure: FigureFacts | None = None  # a Figure's value, unit, metric

    @property
    def refers_back(self) -> bool:
        """An anaphor (我市, 该公司): its name is another mention's, never a name of its own."""
        return self.home_city or self.anaphor is not None


@dataclass
class Relation:
    """A relation between two entities of one article, with its evidence sentence.

    Endpoints are (label, canonical name) pairs resolved to node ids later;
    ``obj`` is ("Article", article id) for WROTE. The optional fields are the
    relationship's properties in the contract, in the order they are written.
    """

    type: RelType | str
    subj: tuple[str, str]
    obj: tuple[str, str]
    evidence: str
    role: str | None = None  # WROTE
    title: str | None = None  # HOLDS_POSITION
    verb: str | None = None  # who-did-what
    date: str | None = None  # who-did-what: when, if the sentence or the event says
    amount: str | None = None  # DONATED

    def properties(self) -> dict[str, str]:
        """The relationship's own properties that are set, in contract order."""
        fields = {"role": self.role, "title": self.title, "verb": self.verb}
        fields.update(date=self.date, amount=self.amount)
        return {k: v for k, v in fields.items() if v is not None}


@dataclass
class ArticleExtraction:
    """Everything extracted from one article: the unit cached and merged."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
