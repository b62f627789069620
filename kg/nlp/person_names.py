"""Where a person's name begins and ends in running text.

A Chinese name has no mark of its own: it is a surname (the shipped lists)
and one or two given characters, and where it stops is read from what
follows (punctuation, 说, 率, 代表, a verb such as 列席, another name of the
list). pkuseg often cuts names (贾 | 斌) or glues them to the next word, so
names are read from characters; the statistical NER's person spans (already
on the Doc, the model runs first) settle what the characters leave open
(惠进才下达: 惠进 or 惠进才?) and cover surnames the lists lack (瓦庆超).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from kg.nlp.candidates import NER_SOURCE, PUNCT, acts_on_names, candidates, is_boundary
from kg.nlp.doc_index import doc_index
from kg.nlp.lexicon import word_list, word_lists
from kg.schema import Label

HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
MODEL_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]+")
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+")
NOT_GIVEN = set("某的是们")  # 刘某: an anonymised party; 包 | 的 | 是: particles, no given name
PAIRED_BIAN = re.compile(r"边[\u4e00-\u9fff]{1,2}[、，,]?边[\u4e00-\u9fff]{1,2}")  # 边看边问
PAIR_REACH = 8
PARTICLES = set("的地得了着过们")  # 罗杰 | 的带领: never the last character of a name
JOINERS = "、和及与"
SURNAME_ONLY_WORDS = 5  # 李 begins 2 ordinary words, 王 5, 张 12, 高 67


@functools.cache
def surnames() -> frozenset[str]:
    """People's Daily's surnames and the rarer ones of the traditional list."""
    return word_list("surnames.txt") | word_list("surnames_rare.txt")


@functools.cache
def compound_surnames() -> frozenset[str]:
    """The surnames of two characters (欧阳, 上官), which the segmenter may cut apart."""
    return frozenset(w for w in surnames() if len(w) == 2)


@functools.cache
def followers() -> tuple[str, ...]:
    """Words that end a name written before them (说, 率, 代表, 同志)."""
    return tuple(sorted(word_list("speech_verbs.txt"), key=len, reverse=True))


@functools.cache
def word_starts() -> dict[str, int]:
    """How many ordinary words each character begins."""
    counts: dict[str, int] = {}
    for w in word_list("common_words.txt"):
        if len(w) > 1:
            counts[w[0]] = counts.get(w[0], 0) + 1
    return counts


def only_a_surname(char: str) -> bool:
    """李, 曹, 郭: surnames that begin almost no ordinary word (unlike 高, 方, 金)."""
    return word_starts().get(char, 0) <= SURNAME_ONLY_WORDS


LONG_NAME = 4  # characters a name with a single surname rarely reaches


def model_person(name: str) -> bool:
    """Whether a person the statistical model found alone may stand: two Han characters or
    more, no punctuation (刘 of 刘某, 刘黎)), and a known surname first, or a name of the
    艾则孜·木沙 kind; the model's other persons are mostly places, words and fragments
    (凯龙, 山居, 哈达户, 茂君 of 连茂君). Names the rules read around titles and lists
    do not need this (宝力道, 枊洪)."""
    if "·" in name[1:-1]:
        return bool(MODEL_NAME.fullmatch(name))
    return (
        bool(MODEL_NAME.fullmatch(name))
        and name[:1] in surnames()
        and (
            len(name.strip("·")) < LONG_NAME
            or name[:2] in compound_surnames()
            or transliterated_name(name)
        )
    )  # 鹿茸托底: a single surname before three more characters is a word, not a name


def transliterated_name(name: str) -> bool:
    """阿旺格桑, 那顺巴图: every character one transliterates names with."""
    return set(name) <= word_list("transliterated_name_chars.txt")


def starts_follower(text: str, pos: int) -> bool:
    return text.startswith(followers(), pos)


class NameReader:
    """Reads person names at given offsets of one Doc."""

    def __init__(self, doc: Doc):
        index = doc_index(doc)
        self.text = index.text
        self.token_ends = index.token_at_end
        self.token_starts = index.token_at_start
        self.spans = index.token_spans
        self.model = {
            c.start: c.end
            for c in candidates(doc)
            if c.source == NER_SOURCE
            and c.label == Label.PERSON
            and HAN_NAME.fullmatch(self.text[c.start : c.end])
        }
        self.model_ends = {e: s for s, e in self.model.items()}
        self.body_ends = {
            c.end
            for c in candidates(doc)
            if c.source == NER_SOURCE and c.label == Label.ORGANIZATION
        }

    def after(self, pos: int) -> int | None:
        """End of a name beginning at ``pos``, or None. A name may end inside a pkuseg word
        only when punctuation or a word that ends names follows (王 | 巍到 | 现场, not
        沈 | 自发); a list member (…、曹环球、) may be an ordinary word after its surname."""
        listed = pos > 0 and self.text[pos - 1] == "、"
        dotted = self.dotted(pos)
        if dotted:
            return dotted
        model = self.model.get(pos)
        viable = [
            e
            for e in self.surname_ends(pos)
            if self.ends_here(e)
            and (e in self.token_ends or self.strong_end(e))
            and self.plain(
                pos,
                e,
                loose_end=True,
                trusted=e == model,
                listed=listed or self.text[e : e + 1] in PUNCT,
            )
        ]
        if model in viable:
            longer = [e for e in viable if e == model + 1 and self.strong_end(e)]
            if longer and not self.strong_end(model) and self.text[model] not in PARTICLES:
                return longer[0]  # 袁某 | 中 | 主持: the model stopped a character short
            return model
        chosen = None
        if viable:
            chosen = viable[0] if starts_follower(self.text, viable[0]) else viable[-1]
        if (
            model
            and model > (chosen or 0)
            and not self.followed_inside(pos, model)
            and self.plain(pos, model, loose_end=True, trusted=True)
            and (model in self.token_ends or self.strong_end(model))
        ):
            if self.one_short(pos, model):
                return model + 1  # 马越 | 垠 | 主持: a rare last character the model left out
            return model  # 冀书刚一行: the model reads past a word the characters stop at
        return chosen

    def one_short(self, start: int, model: int) -> bool:
        """Whether the model's two-character name stops one character short: that character
        is a word of its own, no particle nor word that ends names, and a word that ends
        names follows it."""
        nxt = self.token_starts.get(model)
        return (
            model - start == 2
            and nxt is not None
            and self.spans[nxt][1] == model + 1
            and self.text[model] not in PARTICLES
            and not is_boundary(self.text[model])
            and not starts_follower(self.text, model)
            and self.strong_end(model + 1)
        )

    def transliterated(self, pos: int) -> int | None:
        """End of a name of four to six characters written without a dot (那顺巴图, 额尔登木图)
        at ``pos``, right after a title: every character one names are transliterated with
        (kg/nlp/data/transliterated_name_chars.txt), a mark or a word that ends names after."""
        for end in range(pos + 6, pos + 3, -1):
            name = self.text[pos:end]
            if len(name) == end - pos and transliterated_name(name) and self.strong_end(end):
                return end
        return None

    def dotted(self, pos: int) -> int | None:
        """End of a name of the 沙比尔·麦合木提 kind at ``pos``: the last part stops where a
        word that ends names or punctuation follows (…·麦合木提 | 及, …·木沙 | 调研)."""
        m = DOTTED_NAME.match(self.text, pos)
        if not m or titles_in().search(self.text, pos, self.text.index("·", pos)):
            return None  # not 副市长沙比尔·…
        last_dot = self.text.rindex("·", pos, m.end())
        return next(
            (
                end
                for end in range(last_dot + 3, m.end() + 1)
                if self.strong_end(end) or self.text[end : end + 1] in JOINERS
            ),
            None,
        )

    def before(self, end: int, bracketed: bool = False) -> int | None:
        """Start of a name ending at ``end`` (吴静波、龙丹、夏霖老师), or None. Without the
        model's agreement the name must follow punctuation or a body the model read (某处 |
        某某某主任: the body, the person, the title), or, before a bracketed title
        (在黄世周(村支书)的召集下), a word that cannot be inside a name."""
        model = self.model_ends.get(end)
        if model is not None and self.plain(model, end, loose_end=True, trusted=True):
            return model
        for start in (end - 3, end - 2, end - 4):
            if start < 0 or end not in self.surname_ends(start) or not self.plain(start, end):
                continue
            if start == 0 or self.text[start - 1] in PUNCT or start in self.body_ends:
                return start
            prev = self.token_ends.get(start)
            if (
                bracketed
                and prev is not None
                and is_boundary(self.text[self.spans[prev][0] : start])
            ):
                return start
        return None

    def surname_ends(self, pos: int) -> list[int]:
        """Possible ends of a name at ``pos``, shortest first: a single surname takes one
        or two given characters, a compound one (欧阳) one or two."""
        out = []
        for slen in (1, 2):
            if self.text[pos : pos + slen] in surnames():
                out += [pos + slen + 1, pos + slen + 2]
        return sorted(e for e in set(out) if e <= len(self.text))

    def plain(self, start: int, end: int, *, loose_end=False, trusted=False, listed=False) -> bool:
        """Han characters only, not a word, no word that cannot be inside a name; unless
        ``loose_end``, the name ends on a pkuseg token boundary. An ordinary word after
        or in the surname (高 | 质量, 管理组) is no name, unless the model agrees
        (``trusted``), the surname starts few words (李 | 中原) or the name is bounded
        (``listed``: a list member, or punctuation after it); then a given name may also
        be a verb (彭 | 治国, 付 | 访华)."""
        name = self.text[start:end]
        if not HAN_NAME.fullmatch(name) or NOT_GIVEN & set(name[1:]):
            return False
        pairs = PAIRED_BIAN.finditer(self.text, max(0, start - PAIR_REACH), end + PAIR_REACH)
        if any(m.start() <= start < m.end() for m in pairs):
            return False  # 边视察、边思考: doing two things at once, no 边 named
        if not loose_end and end not in self.token_ends and end != len(self.text):
            return False
        common = word_list("common_words.txt")
        parts = self.tokens_within(start, end)
        strict = not (trusted or listed or only_a_surname(name[0]))
        if name in common or acts_on_names(name) or (strict and name[:2] in common):
            return False
        if (trusted or listed) and len(parts[0]) < len(name):
            # 彭 | 治国, 付 | 访华: a given name that is also a verb; 曾 | 智, 于 | 强:
            # a surname that is also a word, when the model reads them as one name
            parts = [] if trusted and len(parts[0]) == 1 else parts[:1]
        elif len(parts) > 1 and len(parts[-1]) == 1 and self.strong_end(end):
            parts = parts[:-1]  # 王明 | 年, / 祝庆 | 和 | 为: a given character that is a word
        return not any(is_boundary(t) or (strict and len(parts) > 1 and t in common) for t in parts)

    def tokens_within(self, start: int, end: int) -> list[str]:
        cuts = [start] + [k for k in range(start + 1, end) if k in self.token_ends] + [end]
        return [self.text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]

    def ends_here(self, end: int) -> bool:
        """Whether a name may stop at ``end``: punctuation, a list joiner, a word that ends
        names, or a pkuseg word that cannot be inside a name (下达, 列席)."""
        text = self.text
        if end >= len(text) or text[end] in PUNCT or text[end] in JOINERS:
            return True
        if starts_follower(text, end):
            return True
        nxt = self.spans[self.token_starts[end]] if end in self.token_starts else None
        if nxt and len(text[nxt[0] : nxt[1]]) > 1 and is_boundary(text[nxt[0] : nxt[1]]):
            return True
        return is_boundary(text[end]) and text[end] not in surnames()

    def strong_end(self, end: int) -> bool:
        """Punctuation, a list joiner or a word that ends names follows (not 沈自 | 发)."""
        text = self.text
        return end >= len(text) or text[end] in PUNCT or starts_follower(text, end)

    def followed_inside(self, start: int, end: int) -> bool:
        """A model span that swallowed the word after the name (何冬带队, 杨君霏与)."""
        return any(starts_follower(self.text, k) for k in range(start + 2, end))


def title_set() -> frozenset[str]:
    """Titles, roles and honorifics: the words a name stands next to."""
    return word_lists("titles.txt", "person_roles.txt", "honorifics.txt")


@functools.cache
def title_words() -> tuple[str, ...]:
    """``title_set`` shortest first, for reading the title a text opens with."""
    return tuple(sorted(title_set(), key=len))


@functools.cache
def name_enders() -> frozenset[str]:
    """Last characters of place and body names: 王家镇党委书记 is a place, not 王家镇."""
    return frozenset(word_list("name_enders.txt"))


@functools.cache
def titles_in() -> re.Pattern:
    """Any title, role or honorific, to find one inside a span."""
    return re.compile("|".join(map(re.escape, reversed(title_words()))))
