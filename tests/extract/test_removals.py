"""Posts left: 免去甲同志某法院审判员职务, 乙同志辞去某区人民政府副区长职务 — the person held
the post written before 职务 (HOLDS_POSITION, that title), and 同志 ends the person's name,
so the body after it is read whole. Sentences and names are invented."""

from tests.helpers import extract, names, shown

TEXT = (
    "会议决定免去罗彤同志青溪区人民法院审判员职务;"
    "免去陈雨、周凯同志青溪区人民检察院检察员职务。"
    "会议决定接受吴宁同志辞去青溪区人民政府副区长职务。"
)


def posts(ex) -> set[tuple[str, str, str]]:
    return {
        (shown(r.subj), shown(r.obj), r.title) for r in ex.relations if r.type == "HOLDS_POSITION"
    }


def test_the_removed_held_the_post_written_before_zhiwu():
    ex = extract(TEXT)
    assert {
        ("罗彤", "青溪区人民法院", "审判员"),
        ("陈雨", "青溪区人民检察院", "检察员"),
        ("周凯", "青溪区人民检察院", "检察员"),
        ("吴宁", "青溪区人民政府", "副区长"),
    } <= posts(ex)


def test_tongzhi_ends_the_name_before_a_body():
    ex = extract(TEXT)
    assert {"青溪区人民法院", "青溪区人民检察院"} <= names(ex, "Organization")
    assert not any("同志" in n for n in names(ex, "Organization"))
