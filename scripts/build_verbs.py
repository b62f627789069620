#!/usr/bin/env python3
"""Write kg's list of two-character verbs of today's Chinese (kg/nlp/data/jieba_verbs.txt).

usage: build_verbs.py OUT.txt [DICT.txt]

People's Daily 1998 (scripts/build_lexicons.py) lacks the verbs of today's papers (引领,
收听 as a word before 村广播); jieba's dictionary (MIT licence, Copyright (c) 2013 Sun Junyi,
https://github.com/fxsjy/jieba) tags 349,046 words with their part of speech. Kept: the
two-character words tagged v (verb) or vn (verbal noun: 排查 | 水库 is a check of
reservoirs, no place) and seen 30 times or more. Without DICT.txt the script
fetches the jieba 0.42.1 sdist with pip (PyPI is the one network it needs) and reads
jieba/dict.txt from it; kg itself never downloads anything.
"""

import sys

from pypi_file import read_text

SDIST = "jieba==0.42.1"
MEMBER = "jieba-0.42.1/jieba/dict.txt"
MIN_COUNT = 30
HEADER = (
    "# Two-character verbs (jieba's dictionary: tag v or vn, count >= 30), one a line. From jieba\n"
    "# 0.42.1 jieba/dict.txt (MIT licence, Copyright (c) 2013 Sun Junyi,\n"
    "# https://github.com/fxsjy/jieba); rebuild with scripts/build_verbs.py; the licence is in\n"
    "# jieba_verbs.LICENSE. Read by kg.nlp.places: a verb before a place's kind is no name.\n"
)


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    verbs = set()
    for line in read_text(
        sys.argv[2] if len(sys.argv) > 2 else None, SDIST, MEMBER, sdist=True
    ).splitlines():
        word, count, tag = line.split()
        if tag in ("v", "vn") and len(word) == 2 and int(count) >= MIN_COUNT:
            verbs.add(word)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(f"{w}\n" for w in sorted(verbs))


if __name__ == "__main__":
    main()
