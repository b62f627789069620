"""Stored queries never write: a query file that changes data or schema is refused before
anything reaches the store (ArcadeDB keeps schema changes even when a transaction rolls back)."""

from __future__ import annotations

import pytest

from kg.cli.main import main as kg_main
from kg.store.queries import QueryError, parse_query, writing_clauses


@pytest.mark.parametrize(
    "text, clause",
    [
        ("CREATE INDEX person_name FOR (p:Person) ON (p.name)", "CREATE"),
        ("DROP CONSTRAINT person_id", "DROP"),
        ("MATCH (p:Person) SET p.name = 'x' RETURN p", "SET"),
        ("MATCH (p) DETACH DELETE p", "DETACH DELETE"),
        ("CALL db.createLabel('X')", "CALL DB.CREATELABEL"),
        ("LOAD CSV FROM 'file:///x' AS row RETURN row", "LOAD CSV"),
    ],
)
def test_writing_clauses_are_found(text, clause):
    assert clause in writing_clauses(text)


def test_reading_text_that_only_names_writes_is_fine():
    text = "// CREATE nothing\nMATCH (p {name: 'SET 某某'}) CALL { MATCH (q) RETURN q } RETURN p"
    assert writing_clauses(text) == []


def test_a_schema_query_file_is_refused_and_the_schema_stays(
    embedded, embedded_data, tmp_path, capsys
):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "index.cypher").write_text(
        "// adds an index\nCREATE INDEX kg_probe FOR (p:Person) ON (p.kgprobe)\n", encoding="utf-8"
    )
    with pytest.raises(QueryError, match="index.cypher: stored queries may only read"):
        parse_query(folder / "index.cypher")
    before = embedded.driver.execute_query("SHOW INDEXES", database_=embedded.database)[0]
    status = kg_main(["query", "index", "--queries", str(folder), "--data", str(embedded_data)])
    err = capsys.readouterr().err
    assert status != 0 and "may only read" in err and len(err.strip().splitlines()) == 1
    after = embedded.driver.execute_query("SHOW INDEXES", database_=embedded.database)[0]
    assert len(after) == len(before)
