"""The grammar of one credit: credit words, desks, names (see kg.read.bylines for where
credits stand).

A credit is a run of fields, each a credit word (记者, 通讯员, 摄影, 作者, 采写, 文/图 ...,
often qualified: 本报记者, 全媒体记者, 见习记者) and one or more names, a field perhaps
led by the paper or desk (江城日报全媒体记者 X), the credit perhaps closed by 报道 or 摄.
The grammar is strict (a name is 2-3 Han characters, a desk may only stand before
the names), so prose that speaks of 记者 (记者来到, 告诉记者) does not read as a credit.
Typesetters pad two-character words to the width of three (记 者, 蒋 丹): two single
characters in a row are one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from kg.nlp.candidates import LEVELS
from kg.nlp.divisions import is_division
from kg.nlp.lexicon import ordered_words, table, word_list

HAN = r"\u4e00-\u9fff"


def roles(kind: str) -> dict[str, str]:
    """Credit words of one kind (credit, mode, postfix) and the role each gives."""
    return {w: "" if r == "-" else r for w, r, k in table("credit_words.tsv") if k == kind}


CREDIT_WORDS = roles("credit")
MODE_WORDS = roles("mode")  # one-character words count only alone: 文/图 X, never 图为, 张文明
POSTFIX_WORDS = roles("postfix")  # close a credit, saying what the names did: (王超 摄)
QUALIFIERS = ordered_words("credit_qualifiers.txt")
BODY_ENDS = ordered_words("credit_body_ends.txt")
NOT_NAMES = word_list("credit_not_names.txt")
COLUMN_HEADS = word_list("credit_column_heads.txt")

# (某某日报 X): the paper printed before names alone
MEDIA_ENDS = ("报", "网", "台", "媒体", "传媒", "新闻", "频道", "中心")
PHOTO_POSTFIX = ("摄影报道", "摄影", "摄", "供图")
LIST_MARKS = ("、", ",", "，")
SOURCE_PREPOSITION = "据"  # 据某报客户端丨记者 X: the paper the report is taken from
SOURCE_WORDS = ("来源", "稿源")  # 来源:某融媒体中心 X: the desk, then its writer
# credit words that label the picture or the text rather than a person
OBJECT_WORDS = {"照片", "图片", "供图", "文字", *MODE_WORDS}


def spaced(word: str) -> str:
    """记者 also as 记 者: typesetters pad a short word to the width of a longer one."""
    return r"[ \u3000]?".join(map(re.escape, word))


def alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


QUALIFIER = alternation(map(re.escape, QUALIFIERS))
WORD = alternation(spaced(w) for w in CREDIT_WORDS)
MODE = rf"(?<![{HAN}])(?:[文图]\s*/\s*[文图]|图文|文图|[文图])(?![{HAN}])"
CREDIT_WORD = re.compile(rf"(?:{QUALIFIER})*(?:{WORD})|{MODE}")
# 拍摄, 抓摄 are verbs, not credits
POSTFIX = re.compile(rf"(?<![拍抓偷])\s*({alternation(POSTFIX_WORDS)})\s*$")
SEP = re.compile(r"[\s、,，/|｜丨:：;；]+")  # 丨 (a stroke) parts a desk from a credit as | does
ORNAMENTS = " □■●◆★▲△▼·•"
SENTENCE_END = re.compile(r"[。！？!?]")
OPEN, CLOSE = r"[(（【]", r"[)）】]"  # 【某某日报记者 X】 too
# a writer's grade noted after the name: 记者:甲 乙(实习), 通讯员 丙(见习生)
GRADE_NOTE = re.compile(rf"[(（](?:{QUALIFIER})生?[)）]")
BRACKET = re.compile(rf"{OPEN}((?:[^()（）【】]|{GRADE_NOTE.pattern}){{1,60}}){CLOSE}")
# 某某网讯 记者 X 通讯员 Y 报道: / 本报北京1月4日电 记者X报道:
LEAD_IN = re.compile(
    r"^(?:[^，,。！？\s]{0,24}[讯电])?\s*([^。！？:：()（）]{3,60}?报道)(?=[\s:：])"
)
# a line that credits nobody: 来源:某某网, 责任编辑:X (it may follow the item's last paragraph)
NOTE_LINE = re.compile(
    rf"\s*(?:{QUALIFIER})*(?:{alternation(spaced(w) for w, r in CREDIT_WORDS.items() if not r)})"
    r"\s*[:：]"
)
NAME = re.compile(rf"[{HAN}]{{2,3}}|[{HAN}]{{1,4}}·[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})?")
LONG_NAME = re.compile(rf"[{HAN}]{{4}}")  # 欧阳X X, 扎西顿珠: see is_name
# what may stand before the first credit word: a paper, an ornament, 某某讯, a column tag
PREAMBLE = re.compile(r"[^。！？!?；;，,\d]{0,16}")


class Credited(NamedTuple):
    """One person of a credit: the name, the role (None for names alone, which the item
    settles) and the desk printed right before the names in the credit (采写 | 区新闻中心 X,
    来源:某融媒体中心 X, 某某网视觉组X摄, 某报道组 X 文/图), where the person works."""

    name: str
    role: str | None
    desk: str | None = None
    title: str | None = None  # the credit word printed against the desk: 玉溪日报全媒体记者 X


@dataclass
class Credit:
    """One credit as printed: its text and the people it credits."""

    evidence: str
    people: list[Credited]

    @property
    def names_alone(self) -> bool:
        return any(p.role is None for p in self.people)


def is_name(token: str, after_word: bool = False) -> bool:
    """Two or three characters (or a name joined by ·); four only after a double surname
    (欧阳) or right after a credit word (记者扎西顿珠): elsewhere four characters are more
    often a word (本报专电, 新华社稿) than a name."""
    four = bool(LONG_NAME.fullmatch(token)) and (
        after_word or token[:2] in word_list("surnames.txt")
    )
    return (
        (bool(NAME.fullmatch(token)) or four)
        and token not in NOT_NAMES
        and not any(part.endswith(BODY_ENDS) for part in token.split("·"))  # 某晚报·某客户端
        and not desk(token)
    )


def desk(token: str) -> bool:
    """宣传科, 办公室: a word and the head of a unit, the desk that closes an item (宣传科);
    a name may end so (张宏科)."""
    return token[-1:] in "科处室股" and token[:-1] in word_list("common_words.txt")


def is_word(token: str) -> bool:
    return token in word_list("common_words.txt")


def is_plain_name(token: str) -> bool:
    """A name believed without a credit word before it: a surname first, not a word, four
    characters only after a double surname (欧阳)."""
    surnames = word_list("surnames.txt")
    return (
        is_name(token) and not is_word(token) and (token[:1] in surnames or token[:2] in surnames)
    )


def split_glued(token: str) -> list[str]:
    """张鸿雨李昕 -> 张鸿雨, 李昕: five or six characters after a credit word that part one
    way only into two names, each a surname first; anything else stays as it is."""
    if len(token) not in (5, 6) or not re.fullmatch(f"[{HAN}]+", token):
        return [token]
    splits = [
        [token[:k], token[k:]]
        for k in (2, 3, 4)
        if is_plain_name(token[:k]) and is_plain_name(token[k:])
    ]
    return splits[0] if len(splits) == 1 else [token]


def pair_singles(tokens: list[str]) -> list[str] | None:
    """蒋 丹 -> 蒋丹: two single characters in a row are one padded name; a lone one is none."""
    out: list[str] = []
    pending = ""
    for t in tokens:
        single = len(t) == 1 and bool(re.fullmatch(f"[{HAN}]", t))
        if single and pending:
            out.append(pending + t)
            pending = ""
        elif single:
            pending = t
        elif pending:
            return None
        else:
            out.append(t)
    return None if pending else out


def split_postfix(text: str) -> tuple[str, str | None]:
    """(王超 摄) -> ("王超", "摄"); text without a closing credit word -> (text, None)."""
    m = POSTFIX.search(text)
    return (text[: m.start()], m.group(1)) if m else (text, None)


def trailing_name(token: str) -> str | None:
    """The name at the end of a desk printed without a space (某某网视觉组X摄): a surname,
    then two characters, else one."""
    for k in (3, 2):
        if len(token) > k and is_plain_name(token[-k:]):
            return token[-k:]
    return None


class FieldNames(NamedTuple):
    """What one field of a credit names: its people and the desk written before them."""

    names: list[str]
    desk: str | None  # the paper or desk printed before the names (区新闻中心 X)


def is_desk(token: str) -> bool:
    """A paper, desk or body written before a credit's names (区新闻中心, 某某报道组), not a
    place (某某县 X is where X reports from) nor the paper itself (本报, 本站)."""
    return (
        len(token) >= 3
        and token.endswith(BODY_ENDS)
        and token[-1] not in LEVELS
        and not token.startswith(("本", "该"))
    )


def field_names(
    seg: str, glued: bool, photo: bool, after_person_word: bool = False
) -> FieldNames | None:
    """The names of one field: [a desk] names [the qualifier of the next credit word, printed
    against it: 江城云记者]. None when the field is not a credit (prose, dates)."""
    pieces = [p for t in SEP.split(seg) if t for p in split_glued(t)]
    if len(pieces) > 1 and pieces[-1] in POSTFIX_WORDS:
        pieces = pieces[:-1]  # 作者:甲/摄: the writer took the pictures too; the field's role
    tokens = pair_singles(pieces)
    if tokens is None:
        return None
    if after_person_word and len(tokens) == 1 and not glued and is_name(tokens[0], after_word=True):
        return FieldNames(tokens, None)  # 记者扎西顿珠: a lone four-character name
    if glued and tokens and (not is_name(tokens[-1]) or any(not is_name(t) for t in tokens[:-1])):
        tokens = tokens[:-1]  # the desk or qualifier of the next credit word
    names: list[str] = []
    before: list[str] = []
    for t in tokens:
        if is_name(t):
            names.append(t)
        elif names or re.search(r"\d", t):
            return None  # a desk only stands before the names
        else:
            before.append(t)
    desk = before[-1] if before and is_desk(before[-1]) else None
    if not names and photo and tokens:
        last = trailing_name(tokens[-1])
        names = [last] if last else []
        rest = tokens[-1][: -len(last)] if last else ""
        desk = rest if len(rest) >= 2 else None  # 某某网视觉组X摄: the desk it is glued to
    return FieldNames(names, desk)


@dataclass
class Field:
    """One credit word and the text up to the next (word None: what stands before any)."""

    word: str | None
    text: str
    glued: bool  # printed against the next credit word, no space between

    @property
    def role(self) -> str | None:
        return None if self.word is None else role_of(self.word)

    @property
    def names_a_person(self) -> bool:
        """记者, 作者 name a person; 照片, 图 name a picture (照片均为X摄 is prose)."""
        return self.word is not None and bare_word(self.word) not in OBJECT_WORDS


def fields_of(body: str) -> list[Field]:
    words = list(CREDIT_WORD.finditer(body))
    starts = [0] + [m.end() for m in words]
    ends = [m.start() for m in words] + [len(body)]
    heads = [None] + [m.group() for m in words]
    return [
        Field(w, body[s:e], e < len(body) and s < e and not SEP.match(body[e - 1]))
        for w, s, e in zip(heads, starts, ends)
    ]


def bare_word(word: str) -> str:
    """全媒体记 者 -> 记者: without padding and qualifiers."""
    word = re.sub(r"\s", "", word)
    return (
        word
        if word in MODE_WORDS or word in CREDIT_WORDS
        else re.sub(rf"^(?:{QUALIFIER})+", "", word)
    )


def role_of(word: str) -> str:
    word = bare_word(word)
    return MODE_WORDS.get(word, CREDIT_WORDS.get(word, ""))


def parse_credit(text: str, strict: bool = False) -> list[Credited] | None:
    """The people a credit names (name, role, desk, title), or None when the text is not one."""
    body, post = split_postfix(GRADE_NOTE.sub("", text).strip())
    fields = fields_of(body)
    if len(fields) == 1:
        return names_credit(body, post, strict)
    lead = fields[0].text
    if not PREAMBLE.fullmatch(lead):
        return None  # what stands before the first credit word is prose
    people = lead_names(fields[0])
    last = fields[-1]
    if len(fields) == 2 and last.word in MODE_WORDS and not last.text.strip():
        before = field_names(lead, False, False)  # 某报道组 X 文/图: the names before
        if not before or not before.names:
            return None
        return [Credited(n, role_of(last.word), before.desk) for n in before.names]
    ahead = desk_ahead(fields[0])
    for k, field in enumerate(fields[1:], 2):
        posted, ahead = ahead, desk_ahead(field)
        closing = post if k == len(fields) else None
        role = POSTFIX_WORDS[closing] if closing and closing != "报道" else field.role
        if not role:
            people += desk_names(field)  # 来源:某融媒体中心 X: the desk's own writer
            continue  # 编辑, 来源: no writer
        found = field_names(field.text, field.glued, closing in PHOTO_POSTFIX, field.names_a_person)
        if found is None:
            return None
        if closing == "报道" and filed_from(body, found.names):
            found = found._replace(names=found.names[:-1])
        desk, title = (found.desk, None)
        sourced = bare_word(fields[k - 2].word or "") in SOURCE_WORDS and role == "author"
        if (
            posted and not sourced
        ):  # 玉溪日报全媒体记者 X: the desk before the credit word, the title
            desk, title = posted[0], posted[1] + re.sub(r"\s", "", field.word)
        people += [
            Credited(n, role, desk, title)
            for n in found.names
            if not strict or believable(n, lead, post)
        ]
    return people or None


def lead_names(lead: Field) -> list[Credited]:
    """Names alone before the first credit word, maybe with the next field's desk after them
    (本报讯(甲 某某日报记者 乙)): writers whose role the item settles."""
    tokens = [t for t in SEP.split(lead.text) if t]
    if desk_ahead(lead):
        tokens = tokens[:-1]
    plain = [is_plain_name(t) and not is_division(t) for t in tokens]
    listed = any(plain) and len(tokens) > 1  # (黄岩 张雷 记者 X): a list of people
    if not tokens or not all(p or (listed and surnamed_place(t)) for p, t in zip(plain, tokens)):
        return []  # not 常州 | 记者 X: where the report was filed from
    return [Credited(t, None) for t in tokens]


def surnamed_place(token: str) -> bool:
    """A division's name that opens with a surname (黄岩): a person's name too, where a credit
    lists it with other names or closes it with 摄."""
    return is_name(token) and is_division(token) and token[:1] in word_list("surnames.txt")


def filed_from(body: str, names: list[str]) -> bool:
    """记者 甲 某地报道: after a writer, the last word before 报道 that is no plain name (no
    surname first, or a word) is the place the report was filed from, no second writer;
    one listed after a comma or 、 is a writer (通讯员 甲,图某江报道)."""
    listed = body[-len(names[-1]) - 1 : -len(names[-1])] in LIST_MARKS  # 甲,乙报道: two writers
    return (
        len(names) >= 2 and body.endswith(names[-1]) and not listed and not is_plain_name(names[-1])
    )


def desk_ahead(field: Field) -> tuple[str, str] | None:
    """The desk a field ends with, right before the next credit word, and the qualifier
    printed between them (玉溪日报|全媒体记者 X, 来源:某晚报 全媒体记者 X, 某传媒集团/大连云|记者
    X): the desk and the title of the next field's people."""
    tokens = [t.removeprefix(SOURCE_PREPOSITION) for t in SEP.split(field.text) if t]
    if tokens and is_desk(tokens[-1]):
        return tokens[-1], ""
    if field.glued and len(tokens) >= 2 and is_desk(tokens[-2]) and not is_plain_name(tokens[-1]):
        return tokens[-2], tokens[-1]
    return None


def desk_names(field: Field) -> list[Credited]:
    """The names after a desk in a field that credits nobody (来源:某融媒体中心 X): the
    desk's writers, authors; none after 编辑 or after a source alone (来源:新华社)."""
    if bare_word(field.word or "") not in SOURCE_WORDS:
        return []
    tokens = [t for t in SEP.split(field.text) if t]
    if len(tokens) < 2 or is_name(tokens[0]) or not tokens[0].endswith(BODY_ENDS):
        return []
    found = field_names(field.text, field.glued, False)
    names = found.names if found else []
    return [Credited(n, "author", tokens[0]) for n in names if is_plain_name(n)]


def believable(name: str, lead: str, post: str | None) -> bool:
    """Outside brackets a line of prose can look like a credit: a column head (记者手记) names
    no one, so a word is no name there unless 报道/摄 closes the credit; after text
    printed against the credit word that is no paper or desk (中外记者联谊会), only a name
    with a surname first counts."""
    bare = lead.strip(ORNAMENTS)
    prose_lead = bool(bare) and not SEP.match(lead[-1]) and not bare.endswith(BODY_ENDS)
    if prose_lead:
        return is_plain_name(name)
    return bool(post) or not (is_word(name) or name in COLUMN_HEADS or len(name) > 3)


def names_credit(body: str, post: str | None, strict: bool) -> list[Credited] | None:
    """A credit without a credit word: names closed by 摄/供稿 (王超 摄), or names alone, whose
    role (None) the item settles."""
    if post:
        found = field_names(body, False, photo=post in PHOTO_POSTFIX)
        names = [
            n
            for n in (found.names if found else [])
            if not (strict and is_word(n) and not surnamed_place(n))
        ]
        return [Credited(n, POSTFIX_WORDS[post], found.desk) for n in names] or None
    if re.search(r"[:：]", body):
        return None  # a label and a value, not a list of names
    tokens = pair_singles([t for t in SEP.split(body) if t]) or []
    desk = next((t for t in (tokens[:1] + tokens[-1:]) if t.endswith(MEDIA_ENDS)), None)
    desk = desk or next((t for t in tokens[:1] if is_desk(t)), None)
    if desk and len(tokens) > 1:
        tokens.remove(desk)  # (某某日报 X), 甲 乙 某县融媒体中心, (某县统计局 X): the desk
    else:
        desk = None
    if tokens and all(is_name(t) for t in tokens):
        return [Credited(t, None, desk) for t in tokens]
    return None
