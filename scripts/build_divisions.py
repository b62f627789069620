#!/usr/bin/env python3
"""Write kg's table of China's administrative divisions (provinces, prefectures, counties).

usage: build_divisions.py OUT.tsv [ADCODES.csv]

The table comes from the adcodes.csv that the cpca package ships (MIT licence,
https://github.com/DQinYuan/chinese_province_city_area_mapper): 34 provinces, 344
prefectures and 3,133 county-level units with their codes. Without ADCODES.csv the
script fetches the cpca 0.5.5 wheel with pip (PyPI is the one network it needs) and
reads the file from it; kg itself never downloads anything. Rows whose name is a
placeholder (市辖区, 县, 省直辖县级行政区划) are left out; the code alone says who is whose
parent (PPCCDD: province, prefecture, county).
"""

import csv
import io
import sys

from pypi_file import read_text

WHEEL = "cpca==0.5.5"
MEMBER = "cpca/resources/adcodes.csv"
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
HEADER = (
    "# China's administrative divisions: name<TAB>code (PPCCDD, province/prefecture/county).\n"
    "# From cpca 0.5.5 resources/adcodes.csv (MIT licence, Copyright (c) 2018 QinYuan Du,\n"
    "# https://github.com/DQinYuan/chinese_province_city_area_mapper); rebuild with\n"
    "# scripts/build_divisions.py; the licence is in divisions.LICENSE. Read by kg.nlp.divisions.\n"
)


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    rows = csv.DictReader(
        io.StringIO(read_text(sys.argv[2] if len(sys.argv) > 2 else None, WHEEL, MEMBER))
    )
    kept = sorted(
        (r["adcode"][:6], r["name"].strip()) for r in rows if r["name"].strip() not in PLACEHOLDERS
    )
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(f"{name}\t{code}\n" for code, name in kept)


if __name__ == "__main__":
    main()
