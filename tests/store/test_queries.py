"""Every stored query, run with its own example parameters against a real store, answers right."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import kg
from kg.cli.main import main as kg_main
from kg.cli.output import format_rows
from kg.store import write_graph
from kg.store.queries import (
    QUERIES_DIR,
    QueryError,
    StoredQuery,
    parse_query,
    run_query,
)
from kg.write import write_graphml
from tests.conftest import (
    A1_TITLE,
    A2_TITLE,
    E_DISBURSED,
    E_LOW,
    E_PRESIDED,
    E_SPOKE_1,
    E_SPOKE_2,
    EVENT,
    empty,
    small_graph,
)
from tests.store.query_checks import QUERIES, checks_in, run_check

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def loaded(store):
    """The small graph alone in the store (other tests load other graphs into the same one)."""
    empty(store)
    write_graph(store, small_graph())
    return store


def check_who_did_what(rows):
    assert {r["who"] for r in rows} == {"李春晓"}
    assert sorted(r["action"] for r in rows) == ["PRESIDED", "SPOKE", "SPOKE"]
    presided = next(r for r in rows if r["action"] == "PRESIDED")
    assert (
        presided["verb"] == "主持召开"
        and presided["object"] == EVENT
        and presided["object_type"] == "Event"
    )
    assert presided["evidence"] == E_PRESIDED and presided["article"] == A1_TITLE
    assert presided["date"] == "2023-01-05"
    assert {r["evidence"] for r in rows if r["action"] == "SPOKE"} == {E_SPOKE_1, E_SPOKE_2}


def check_person_profile(rows):
    facts = {(r["kind"], r["detail"], r["about"]) for r in rows}
    assert ("post", "市委常委、秘书长", "市委") in facts
    assert ("action", "PRESIDED 主持召开", EVENT) in facts
    assert ("mentioned in", "3x", A1_TITLE) in facts and ("mentioned in", "1x", A2_TITLE) in facts
    assert {r["detail"] for r in rows if r["kind"] == "co-mentioned"} == {"王超", "张明", "贺雅君"}
    assert not [r for r in rows if r["kind"] == "wrote"]


def check_organization_people(rows):
    facts = {(r["kind"], r["name"], r["title"], r["within"]) for r in rows}
    assert facts == {
        ("person", "李春晓", "市委常委、秘书长", "市委"),
        ("part", "市委办公室", None, "市委"),
        ("person", "张明", "主任", "市委办公室"),
    }


def check_programme_timeline(rows):
    actions = [r for r in rows if r["kind"] == "action"]
    assert [(r["who"], r["what"], r["evidence"]) for r in actions] == [
        ("乌海市", "DISBURSED 发放", E_DISBURSED)
    ]
    figures = {(r["who"], r["what"], r["value"], r["unit"]) for r in rows if r["kind"] == "figure"}
    assert figures == {
        ("发放临时价格补贴", "66.06万元", 660600.0, "元"),
        ("救助对象", "14847名", 14847.0, "名"),
    }
    assert {r["date"] for r in rows} == {"2023-01-06"} and {r["article"] for r in rows} == {
        A2_TITLE
    }


def check_figures_about(rows):
    assert [(r["about"], r["metric"], r["value"], r["unit"], r["evidence"]) for r in rows] == [
        ("乌海市", "低保对象", 4461.0, "户", E_LOW)
    ]


def check_connection(rows):
    best = rows[0]
    assert best["hops"] == 2 and best["path"][0] == "李春晓" and best["path"][-1] == "王超"
    assert best["path"][1] == A1_TITLE and set(best["relationships"]) <= {"MENTIONS", "WROTE"}


def check_top_mentioned(rows):
    assert {r["label"] for r in rows} == {"Person"}
    assert [(r["name"], r["mentions"], r["articles"]) for r in rows] == [
        ("李春晓", 4, 2),
        ("张明", 1, 1),
        ("王超", 1, 1),
        ("贺雅君", 1, 1),
    ]


def check_articles_mentioning(rows):
    assert [(r["article"], r["mentions"], r["date"]) for r in rows] == [
        (A1_TITLE, 3, "2023-01-05"),
        (A2_TITLE, 1, "2023-01-06"),
    ]


def check_reporters(rows):
    assert [(r["reporter"], r["role"], r["article"], r["section"]) for r in rows] == [
        ("王超", "reporter", A1_TITLE, "要闻")
    ]


CHECKS = checks_in(globals())


def test_every_stored_query_is_checked_here():
    assert set(QUERIES) == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_stored_query_answers_with_its_example(loaded, name):
    run_check(loaded, name, CHECKS)


def test_names_match_aliases_too(loaded):
    query = QUERIES["organization-people"]
    columns, rows = run_query(loaded, query, query.bind({"name": "中共乌海市委"}))
    assert {row[columns.index("name")] for row in rows} == {"李春晓", "市委办公室", "张明"}


def test_optional_and_default_parameters(loaded):
    query = QUERIES["top-mentioned"]
    columns, rows = run_query(loaded, query, query.bind({}))
    assert {row[0] for row in rows} == {"Person", "Organization", "Place", "Event", "Programme"}
    assert max(row[columns.index("mentions")] for row in rows if row[0] == "Place") == 4
    columns, rows = run_query(loaded, QUERIES["reporters"], QUERIES["reporters"].bind({}))
    assert {row[0] for row in rows} == {"王超", "贺雅君"}


def test_binding_checks_names_and_types():
    query = QUERIES["top-mentioned"]
    assert query.bind({"limit": "3"}) == {"label": None, "limit": 3}
    with pytest.raises(QueryError, match="integer"):
        query.bind({"limit": "three"})
    with pytest.raises(QueryError, match="no parameter nmae"):
        QUERIES["who-did-what"].bind({"nmae": "李春晓"})
    with pytest.raises(QueryError, match="needs --param name"):
        QUERIES["who-did-what"].bind({})


def test_query_header_is_parsed(tmp_path):
    path = tmp_path / "demo.cypher"
    path.write_text(
        "// What it answers,\n// over two lines.\n//\n"
        "// @param n (integer, default 2, example 5): how many\n"
        "// @param who (string, optional, example 王超): someone\n"
        "MATCH (n) RETURN n LIMIT $n\n",
        encoding="utf-8",
    )
    query = parse_query(path)
    assert query.description == "What it answers, over two lines."
    assert [(p.name, p.type, p.default, p.example, p.optional) for p in query.params] == [
        ("n", "integer", "2", "5", False),
        ("who", "string", None, "王超", True),
    ]
    assert query.text == "MATCH (n) RETURN n LIMIT $n"
    path.write_text("// Broken.\n// @param n (number): x\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(QueryError, match="type 'number'"):
        parse_query(path)


def test_a_query_cannot_write_through_the_read_path(loaded):
    sneaky = StoredQuery(
        "sneaky", "tries to write", "CREATE (p:Person {id: $id, name: 'x'}) RETURN p.id AS id", []
    )
    with pytest.raises(QueryError, match="may only read"):
        run_query(loaded, sneaky, {"id": "Person:sneaky"})
    records, _, _ = loaded.driver.execute_query(
        "MATCH (p:Person {id: 'Person:sneaky'}) RETURN count(p) AS c", database_=loaded.database
    )
    assert records[0]["c"] == 0


def test_a_broken_query_is_one_line_naming_it(loaded):
    broken = StoredQuery("broken", "bad syntax", "MATCH (n RETURN n", [])
    with pytest.raises(QueryError) as info:
        run_query(loaded, broken, {})
    assert str(info.value).startswith("broken failed on") and "\n" not in str(info.value)


def test_output_formats():
    columns, rows = (
        ["name", "aliases", "value"],
        [["乌海市", ["我市", "本市"], 4461.0], ["王超", [], None]],
    )
    table = format_rows(columns, rows, "table").splitlines()
    assert table[0].split() == columns and table[2].split() == ["乌海市", "我市,", "本市", "4461.0"]
    assert table[-1] == "(2 rows)"
    assert json.loads(format_rows(columns, rows, "json"))[0] == {
        "name": "乌海市",
        "aliases": ["我市", "本市"],
        "value": 4461.0,
    }
    parsed = list(csv.reader(io.StringIO(format_rows(columns, rows, "csv"))))
    assert parsed == [columns, ["乌海市", '["我市", "本市"]', "4461.0"], ["王超", "[]", ""]]


def test_kg_query_list_shows_every_query(capsys):
    assert kg_main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name, query in QUERIES.items():
        assert f"\n{name}\n" in f"\n{out}\n" and query.description in out
    assert "kg query who-did-what --param name=李春晓" in out
    assert QUERIES_DIR.name == "queries"


def test_seed_build_answers_who_did_what_for_li_chunxiao(embedded, embedded_data, tmp_path, capsys):
    """The acceptance line: after a build of the seed page, who-did-what finds her PRESIDED
    relation with the sentence it was read from."""
    empty(embedded)
    write_graphml(kg.build([SEEDS]), tmp_path / "graph.graphml")
    assert kg_main(["load", str(tmp_path), "--data", str(embedded_data), "--batch-size", "50"]) == 0
    capsys.readouterr()
    assert (
        kg_main(
            [
                "query",
                "who-did-what",
                "--param",
                "name=李春晓",
                "--format",
                "json",
                "--data",
                str(embedded_data),
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    presided = [r for r in rows if r["action"] == "PRESIDED"]
    assert presided and presided[0]["verb"].startswith("主持")
    assert "李春晓主持召开" in presided[0]["evidence"] and presided[0]["object"] == EVENT
    assert (
        kg_main(
            [
                "query",
                "who-did-what",
                "--param",
                "name=nobody",
                "--format",
                "json",
                "--data",
                str(embedded_data),
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == []
