#!/usr/bin/env python3
"""Derive kg's genre lexicons from People's Daily 1998-01 (POS-tagged news).

usage: build_lexicons.py PD_199801.txt OUT_DIR

Writes, one entry per line:
- boundary_words.txt: words that end a name when walking left from a name's
  head (…中心, …工程): prepositions, conjunctions, particles, adverbs,
  pronouns and verbs that are frequent in news yet almost never occur inside
  a bracketed organisation/place compound ([国家/n 发展/vn 计划/n 委员会/n]nt
  keeps 发展 out of the list).
- surnames.txt: single-character surnames (first part of nr, seen 3+ times)
  and the classical compound ones.
- places.txt: place words (ns) seen at least 3 times and tagged ns at least half the time.
- common_words.txt: two- and three-character words seen 3+ times and rarely
  as a name part (nr), so that 项目 after 书记 is not read as a person.
- ordinary_pairs.txt: two-character words never tagged as a name (nr ns nt nz) nor an
  abbreviation (j), twenty a line: a name does not start inside one (故|里某县).
- verbs.txt: words that act on a body or place rather than name one: verbs,
  prepositions, conjunctions, adverbs and pronouns (half their tags or more;
  single characters only as prepositions or conjunctions), never inside a
  bracketed compound and no place word, so that 代表 | 市工商联 and 补选市 are
  cut where the name begins.
Derived from data, not from any one city's paper, so the rules generalise. Words
added by hand (scripts/lexicon_additions/) are appended to boundary_words.txt and
common_words.txt and surnames.txt, so a rebuild gives the shipped lists back byte for
byte.
"""

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FUNCTION_TAGS = {
    "p",
    "c",
    "u",
    "d",
    "r",
    "y",
    "e",
    "o",
    "v",
    "vd",
    "ad",
    "f",
    "t",
    "q",
    "m",
    "w",
    "Vg",
    "Dg",
    "Tg",
}
COMPOUND_SURNAMES = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "令狐",
    "慕容",
    "皇甫",
    "公孙",
    "东方",
    "尉迟",
    "长孙",
    "宇文",
    "司徒",
    "端木",
    "夏侯",
    "独孤",
    "南宫",
    "西门",
    "呼延",
    "轩辕",
]
TOKEN = re.compile(r"(\[)?([^\s/\[\]]+)/([A-Za-z]+)(\])?([a-z]+)?")


def read_corpus(src: str) -> tuple[dict[str, Counter], Counter, Counter, Counter]:
    """Tag counts per word, counts inside bracketed compounds, surname and place counts."""
    tags: dict[str, Counter] = defaultdict(Counter)
    inside = Counter()
    surnames = Counter()
    places = Counter()
    with open(src, encoding="utf-8") as corpus:
        lines = corpus.readlines()
    for line in lines:
        toks = line.split()[1:]
        depth = False
        prev_nr = False
        for tok in toks:
            m = TOKEN.match(tok)
            if not m:
                continue
            opened, word, tag, closed, _ = m.groups()
            if opened:
                depth = True
            tags[word][tag] += 1
            if depth:
                inside[word] += 1
            if tag == "nr" and not prev_nr and 1 <= len(word) <= 2:
                surnames[word] += 1
            prev_nr = tag == "nr"
            if tag == "ns" and not depth:
                places[word] += 1
            if closed:
                depth = False
    return tags, inside, surnames, places


def main(src: str, out: str) -> None:
    tags, inside, surnames, places = read_corpus(src)
    boundary = []
    for word, c in tags.items():
        total = sum(c.values())
        top, n = c.most_common(1)[0]
        if (
            total >= 5
            and top in FUNCTION_TAGS
            and n / total >= 0.7
            and inside[word] <= total * 0.01
        ):
            if top in ("m", "q", "t") or word.isdigit():
                continue  # numbers and dates are handled elsewhere
            boundary.append(word)
    verbs = sorted(w for w, c in tags.items() if acts_on_names(w, c, inside[w], places))
    common = sorted(
        w
        for w, c in tags.items()
        if 2 <= len(w) <= 3 and sum(c.values()) >= 3 and c["nr"] < 0.2 * sum(c.values())
    )
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "boundary_words.txt").write_text(
        "\n".join(sorted(boundary) + additions("boundary_words.txt")) + "\n", encoding="utf-8"
    )
    single = sorted(w for w, n in surnames.items() if n >= 3 and len(w) == 1)
    (out_dir / "surnames.txt").write_text(
        "\n".join(single + COMPOUND_SURNAMES + additions("surnames.txt")) + "\n", encoding="utf-8"
    )
    (out_dir / "verbs.txt").write_text("\n".join(verbs) + "\n", encoding="utf-8")
    (out_dir / "common_words.txt").write_text(
        "\n".join(common + additions("common_words.txt")) + "\n", encoding="utf-8"
    )
    (out_dir / "places.txt").write_text(
        "\n".join(sorted(w for w, n in places.items() if n >= 3 and mostly_place(w, tags))) + "\n",
        encoding="utf-8",
    )
    write_ordinary_pairs(tags, out_dir / "ordinary_pairs.txt")


ADDITIONS = Path(__file__).with_name("lexicon_additions")


def additions(name: str) -> list[str]:
    """Words added by hand after the corpus's own (scripts/lexicon_additions/NAME): appended
    as they stand, so a rebuild gives the shipped list back."""
    path = ADDITIONS / name
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [w for w in lines if w and not w.startswith("#")]


def mostly_place(word: str, tags: dict[str, Counter]) -> bool:
    """A place word of two characters or more that is tagged a place at least as often as
    anything else (长寿 is mostly an adjective: 健康长寿 names no district)."""
    return len(word) >= 2 and tags[word]["ns"] * 2 >= sum(tags[word].values())


NAME_TAGS = {"nr", "ns", "nt", "nz", "j"}
PAIRS_HEADER = """\
# Two-character words of the People's Daily January 1998 corpus (PKU segmentation,
# ../shared/data/peoples_daily_1998_pku) never tagged as a name (nr ns nt nz) nor an
# abbreviation (j): ordinary words a name does not start inside. scripts/build_lexicons.py.
"""


def write_ordinary_pairs(tags: dict[str, Counter], path: Path) -> None:
    """Two-character Han words the corpus never tags as a name or abbreviation, 20 a line."""
    pairs = sorted(
        w for w, c in tags.items() if len(w) == 2 and HAN_WORD.match(w) and not NAME_TAGS & set(c)
    )
    lines = [" ".join(pairs[k : k + 20]) for k in range(0, len(pairs), 20)]
    path.write_text(PAIRS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")


VERB_TAGS = {"v", "vd", "p", "c", "d", "r", "ad"}


def acts_on_names(word: str, c: Counter, inside: int, places: Counter) -> bool:
    """A verb, preposition, conjunction, adverb or pronoun that never begins a name."""
    total = sum(c.values())
    if total < 5 or inside > total * 0.01 or places[word] >= 3 or not HAN_WORD.match(word):
        return False
    if len(word) == 1:
        return (c["p"] + c["c"]) / total >= 0.5
    return sum(c[t] for t in VERB_TAGS) / total >= 0.5


HAN_WORD = re.compile(r"^[\u4e00-\u9fff]+$")


if __name__ == "__main__":
    main(*sys.argv[1:3])
