"""The search index on its own: what a search finds and in which order, exact lookups, and
reading the names again when the store's node count changes."""

from __future__ import annotations

import time

from kg.explore.names import Entry, NameIndex, Names, entries_of

PEOPLE = [
    Entry("Person", "Person:李春晓@乌海市", "李春晓", ("春晓同志",)),
    Entry("Person", "Person:李春", "李春"),
    Entry("Person", "Person:张李春", "张李春"),
    Entry("Organization", "Organization:春晓公司", "春晓电子科技有限公司", ("春晓",)),
    Entry("Place", "Place:乌海市", "乌海市", ("我市", "本市")),
]


def found(names: Names, text: str, limit: int = 10) -> list[tuple[str, str | None]]:
    return [(r["name"], r["matched"]) for r in names.search(text, limit)]


def test_exact_then_prefix_then_contains_names_before_aliases():
    names = Names(PEOPLE)
    assert found(names, "李春") == [("李春", None), ("李春晓", None), ("张李春", None)]
    # an alias that starts with the text outranks a name that only contains it
    assert found(names, "春晓") == [("春晓电子科技有限公司", "春晓"), ("李春晓", "春晓同志")]
    assert found(names, "我市") == [("乌海市", "我市")]
    assert found(names, "李春", limit=1) == [("李春", None)]


def test_nothing_found_and_nothing_asked():
    names = Names(PEOPLE)
    assert names.search("王超", 10) == []
    assert names.search("", 10) == [] and names.search("\x00", 10) == []


def test_a_node_is_listed_once_however_many_of_its_keys_match():
    names = Names([Entry("Place", "Place:乌海市", "乌海市", ("乌海", "乌海市区"))])
    assert found(names, "乌海") == [("乌海市", "乌海")]


def test_lookup_by_name_alias_or_id():
    names = Names(PEOPLE)
    assert [e.id for e in names.lookup("春晓同志")] == ["Person:李春晓@乌海市"]
    assert [e.id for e in names.lookup("Place:乌海市")] == ["Place:乌海市"]
    assert names.lookup("春") == []


def test_entries_from_the_store_rows():
    rows = [["Person:王超", "王超", ["王记者"]], ["Person:贾斌", "贾斌", None], ["x", "y", "z"]]
    assert entries_of("Person", rows) == [
        Entry("Person", "Person:王超", "王超", ("王记者",)),
        Entry("Person", "Person:贾斌", "贾斌", ()),
        Entry("Person", "x", "y", ("z",)),
    ]


def checked(index: NameIndex) -> Names:
    """The snapshot after one complete check against the store."""
    deadline = time.monotonic() + 5
    while index._busy and time.monotonic() < deadline:  # a check already under way
        time.sleep(0.01)
    index.current()  # starts a check (check_every=0)
    while index._busy and time.monotonic() < deadline:
        time.sleep(0.01)
    return index.names


def test_names_are_read_again_when_the_node_count_changes():
    store = {"entries": PEOPLE[:1], "loads": 0, "fail": False}

    def load():
        store["loads"] += 1
        if store["fail"]:
            raise OSError("the store went away")
        return list(store["entries"])

    index = NameIndex(load, lambda: len(store["entries"]), check_every=0)
    assert checked(index).search("王超", 5) == [] and store["loads"] == 1  # same count: not read
    store["entries"] = PEOPLE[:1] + [Entry("Person", "Person:王超", "王超")]
    assert checked(index).search("王超", 5) and store["loads"] == 2
    store["fail"], store["entries"] = True, PEOPLE
    assert checked(index).search("王超", 5) and store["loads"] == 3  # the old copy answers
    store["fail"] = False
    assert checked(index).search("乌海", 5) and store["loads"] == 4  # and it is tried again
