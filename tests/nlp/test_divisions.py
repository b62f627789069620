"""China's administrative divisions (kg/nlp/data/divisions.tsv, kg.nlp.divisions)."""

from kg.nlp.divisions import is_division, short_name
from kg.nlp.lexicon import table
from tests.helpers import extract, names


def test_every_division_has_a_code_and_every_county_a_province_above_it():
    rows = table("divisions.tsv")
    assert len(rows) > 3000
    codes = {code for _, code in rows}
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    assert all(code[:2] + "0000" in codes for code in codes)


def test_names_are_found_in_full_short_and_autonomous_with_their_level_alone():
    assert short_name("泸州市") == "泸州" and short_name("魏县") is None
    assert short_name("新疆维吾尔自治区") == "新疆" and short_name("内蒙古自治区") == "内蒙古"
    for name in ("岫岩满族自治县", "岫岩", "岫岩县", "魏县", "泸州", "陕西"):
        assert is_division(name), name
    assert not is_division("发展县") and not is_division("城区")


def test_a_common_word_before_a_countys_level_is_no_place():
    ex = extract(
        "要加快推进全县义务教育均衡发展县验收准备工作。平原县和白沙县的代表参加。",
        home_city="青禾县",
    )
    places = names(ex, "Place")
    assert "发展县" not in places
    assert {"平原县", "白沙县"} <= places
