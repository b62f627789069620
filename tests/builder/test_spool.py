"""The spool: extractions written to disk as they come and the graph assembled from them.

The build of the seed page and two articles written for this test must give the graph
the same extractions give when held in memory, and the spool must hold each record as
it was; a damaged line is reported naming the file and line; the spool is kept as
OUT/extractions.jsonl when the graph files are written, and removed otherwise.
"""

from __future__ import annotations

import json

import pytest

import kg
from kg.builder.codec import to_json
from kg.builder.options import BuildOptions
from kg.builder.run import run_build
from kg.builder.spool import SPOOL_NAME, Spool, SpoolError
from kg.builder.workers import extract_articles
from kg.link.assemble import assemble, build_graph
from kg.link.scope import Scoping
from kg.read import iter_articles
from kg.records import Article, ArticleExtraction, FigureFacts, Mention, Relation
from kg.write import write_graphml
from tests.helpers import SEED_PAGE

MINE = [
    {
        "id": "s1",
        "title": "青川县召开春耕生产推进会",
        "date": "2024-03-02",
        "source": "青川日报",
        "home_city": "青川县",
        "text": "3月1日，县委书记赵明远主持召开春耕生产推进会。县农业农村局局长周岚汇报了"
        "全县春耕准备情况，全县已储备种子120万公斤。",
    },
    {
        "id": "s2",
        "title": "县委书记赵明远到白水镇调研",
        "text": "近日，县委书记赵明远到白水镇调研乡村振兴工作。白水镇向困难家庭发放慰问金8万元。",
    },
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in MINE)
    (folder / "mine.jsonl").write_text(lines, encoding="utf-8")
    return [str(SEED_PAGE), str(folder / "mine.jsonl")]


@pytest.fixture(scope="module")
def built(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    _, report = run_build(inputs, out, BuildOptions())
    return out, report


def test_the_graph_of_the_spool_is_the_graph_of_the_extractions_in_memory(inputs, built, tmp_path):
    out, report = built
    held: list[ArticleExtraction] = []
    extract_articles(iter_articles(inputs), BuildOptions(), held.append)
    write_graphml(build_graph(held), tmp_path / "memory.graphml")
    assert (tmp_path / "memory.graphml").read_bytes() == (out / "graph.graphml").read_bytes()
    lines = (out / SPOOL_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == report.articles == 11
    expected = [json.dumps(to_json(ex, with_article=True), ensure_ascii=False) for ex in held]
    assert lines == expected


def test_the_spool_is_kept_beside_the_graph_and_nothing_else(built):
    out, report = built
    assert str(out / SPOOL_NAME) in report.files
    assert sorted(p.name for p in out.iterdir()) == [
        "build.json",
        SPOOL_NAME,
        "graph.graphml",
        "graph.json",
    ]


def test_a_build_that_keeps_the_old_graph_keeps_its_spool(built, tmp_path):
    out, _ = built
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    _, report = run_build([tmp_path / "empty.txt"], out, BuildOptions())
    assert report.kept
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_the_python_api_removes_its_spool(tmp_path, monkeypatch):
    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setenv("TMPDIR", str(spools))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    page = tmp_path / "news.txt"
    page.write_text(MINE[1]["text"], encoding="utf-8")
    graph = kg.build([page])
    assert graph.number_of_nodes() > 1
    assert list(spools.iterdir()) == []


def written(tmp_path) -> Spool:
    """A spool of two hand-made extractions."""
    spool = Spool(tmp_path)
    for n in (1, 2):
        article = Article(id=f"a{n}", title=f"第{n}条", text="青川县发放慰问金8万元。")
        figure = FigureFacts(value=80000.0, unit="元", text="8万元", metric="慰问金")
        spool.write(
            ArticleExtraction(
                article,
                [
                    Mention("Place", "青川县", "青川县", 0, 3, 0),
                    Mention("Figure", "8万元#1", "8万元", 7, 10, 0, figure=figure),
                ],
                [Relation("MEASURES", ("Figure", "8万元#1"), ("Place", "青川县"), article.text)],
            )
        )
    return spool


def test_a_spool_is_read_back_as_written_each_time(tmp_path):
    with written(tmp_path) as spool:
        first = list(spool)
        assert [ex.article.id for ex in first] == ["a1", "a2"]
        assert list(spool) == first
        assert first[0].mentions[1].figure.value == 80000.0
        assert first[0].relations[0].obj == ("Place", "青川县")
        graph = assemble(lambda: spool, Scoping(spool))
    assert graph.has_edge("Figure:8万元@a1#1", "Place:青川县")
    assert list(tmp_path.iterdir()) == []  # removed on leaving


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda text: text[: len(text) - 20], ":2: not an extraction kg wrote, cut short"),
        (lambda text: "{garbage\n" + text.split("\n", 1)[1], ":1: not an extraction kg wrote ("),
        (lambda text: '{"mentions": []}\n' + text, ":1: not an extraction kg wrote (KeyError"),
    ],
)
def test_a_damaged_spool_line_is_named(tmp_path, damage, message):
    with written(tmp_path) as spool:
        spool.fh.flush()
        spool.path.write_text(damage(spool.path.read_text(encoding="utf-8")), encoding="utf-8")
        with pytest.raises(SpoolError) as raised:
            assemble(lambda: spool, Scoping(spool))
    assert f"{spool.path}{message}" in str(raised.value)
    assert "nothing in --out was replaced" in str(raised.value)
