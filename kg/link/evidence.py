"""Evidence that people named in different papers are one person.

A person is one node per (name, scope); two scopes' people of one name are joined only
when the text says they are one: a title that spans the scopes (a province's or the
nation's leaders named in city papers: 自治区党委书记, 国务院总理, 习近平总书记) joins
them in the national scope; a post held in the same absolute body (尤溪县委, read in a
尤溪县 paper and in a 三明市 paper) joins them to each other. Each link carries its
reason, which the node keeps as ``linked_by``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from kg.link.names import is_identity
from kg.link.scope import Key
from kg.records import ArticleExtraction, Mention
from kg.schema import Label, RelType

SPANNING = re.compile(
    r"中央|国务院|国家(副)?主席|全国人大常委会|全国政协|总书记|总理|国务委员|委员长|"
    r"省委|省政府|省长|省人大|省政协|省纪委|自治区(党委|政府|主席|人大|政协|纪委)"
)
DEPUTY = re.compile(r"(人大代表|政协委员|党代表|代表)$")  # deputies are local people
TITLE_STOP = re.compile(r"[，。；：！？,.;:!?\s（）()“”\"的在和与及向对为了日]")
AFTER = ("总书记", "总理", "国家主席", "委员长")
WINDOW = 24
Link = tuple[Key, Key, str]


class PersonEvidence:
    """Pairs of person keys to join, each with its reason, gathered one article at a time (the
    articles are read as a stream; only the links and the posts held are kept, each with how
    often it was read, which kg.link.resolve.PersonGroups is given as often)."""

    def __init__(self) -> None:
        self.titled: Counter[Link] = Counter()
        # (person key, organisation key as written, "title …" when the title spans papers)
        self.posts: Counter[tuple[Key, Key, str]] = Counter()

    def add(self, ex: ArticleExtraction, ks: dict[tuple[str, str], Key]) -> None:
        """One article's evidence; ``ks``: the key of each (label, name) it uses."""
        for m in ex.mentions:
            key = ks.get((m.label, m.name))
            title = spanning_title(ex, m) if m.label == Label.PERSON else None
            if key and key[2] and is_identity(m.name) and title:
                self.titled[(key, (key[0], key[1], ""), f"title {title}")] += 1
        for r in ex.relations:
            if r.type != RelType.HOLDS_POSITION or r.subj not in ks or r.obj not in ks:
                continue
            person = ks[r.subj]
            if person[2] and is_identity(person[1]):
                spans = spanning(f"{r.title or ''}", r.obj[1])
                self.posts[(person, ks[r.obj], f"title {r.title}" if spans else "")] += 1

    def links(self, body_of: Callable[[Key], Key]) -> list[Link]:
        """The links, once every article is added; ``body_of``: an organisation key's resolved
        key (a post joins people only in a body that is the same everywhere)."""
        links = Counter(self.titled)
        holders: dict[tuple[str, Key], set[Key]] = {}
        for (person, org, title), times in self.posts.items():
            body = body_of(org)
            if not body[2]:
                holders.setdefault((person[1], body), set()).add(person)
                if title:
                    links[(person, (person[0], person[1], ""), title)] += times
        for (_, body), people in sorted(holders.items()):
            first = min(people)
            reason = f"HOLDS_POSITION {body[1]}"
            links.update((p, first, reason) for p in people if p != first)
        return sorted(links.elements())


def spanning_title(ex: ArticleExtraction, m: Mention) -> str | None:
    """The title written just before the name (or 总书记 just after) when it spans papers."""
    if m.start < 0:
        return None
    text = ex.article.text
    after = text[m.end : m.end + 4]
    for word in AFTER:
        if after.startswith(word):
            return word
    before = text[max(0, m.start - WINDOW) : m.start]
    stops = list(TITLE_STOP.finditer(before))
    title = before[stops[-1].end() :] if stops else before
    return title if spanning(title) else None


def spanning(title: str, body: str = "") -> bool:
    """A leader's title of the province or the nation (not a deputy's)."""
    return bool(SPANNING.search(body + title)) and not DEPUTY.search(title)
