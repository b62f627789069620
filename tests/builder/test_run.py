"""The build end to end on the seed page: articles, bylines, files, determinism, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

import kg
from kg.builder.options import BuildOptions
from kg.builder.run import run_build
from kg.builder.spool import SPOOL_NAME
from kg.cli.main import main as kg_main
from tests.helpers import ROOT, SHARED

SEEDS = ROOT / "seeds"
TITLES = [
    "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行",
    "我市爱心企业向困难群众捐赠爱心包",
    "春节景观亮化工作启动",
    "“送苗”上门",
    "各行各业新年展现新气象",
    "多措并举畅渠道 落实政策暖民心",
    "乌海乌兰牧骑:扎根生活沃土 文艺服务群众",
    "利民公司洗煤厂科学配煤 年增效益近2000万元",
    "党旗飘扬风帆劲 踔厉奋发新征程",
]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    graph, report = run_build([str(SEEDS)], out, BuildOptions())
    return graph, report, out


def labelled(g, label):
    return {n: d for n, d in g.nodes(data=True) if d["labels"] == f":{label}"}


def test_python_api_builds_the_seed_graph():
    g = kg.build([SEEDS])
    assert isinstance(g, nx.MultiDiGraph)
    assert sorted(d["title"] for d in labelled(g, "Article").values()) == sorted(TITLES)


def test_graphml_is_readable_and_follows_the_contract(seed_build):
    _, report, out = seed_build
    g = nx.read_graphml(out / "graph.graphml")
    articles = labelled(g, "Article")
    assert len(articles) == 9
    wrote = {
        (g.nodes[u]["name"], g.nodes[v]["title"])
        for u, v, d in g.edges(data=True)
        if d["label"] == "WROTE"
    }
    assert ("王超", TITLES[0]) in wrote and ("苏如娜", TITLES[2]) in wrote
    assert {("孟荣", TITLES[7]), ("付兰伟", TITLES[7]), ("闫玉森", TITLES[7])} <= wrote
    for _, _, d in g.edges(data=True):
        if d["label"] not in ("MENTIONS", "REPORTS", "WROTE"):
            assert d["article"] in articles and d["evidence"]
    aliases = json.loads(g.nodes["Place:乌海市"]["aliases"])
    assert "我市" in aliases
    node_link = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(node_link["nodes"]) == g.number_of_nodes()
    assert report.files == [str(out / f) for f in ("graph.graphml", "graph.json", SPOOL_NAME)]


def test_two_builds_are_byte_identical(seed_build, tmp_path):
    _, _, out = seed_build
    run_build([str(SEEDS)], tmp_path, BuildOptions())
    assert (tmp_path / "graph.graphml").read_bytes() == (out / "graph.graphml").read_bytes()
    assert (tmp_path / "graph.json").read_bytes() == (out / "graph.json").read_bytes()


def test_evidence_holds_both_endpoints(seed_build):
    g, _, _ = seed_build
    for u, v, d in g.edges(data=True):
        if d["label"] in ("MENTIONS", "REPORTS", "WROTE"):
            continue
        for node in (u, v):
            forms = {g.nodes[node]["name"], *g.nodes[node].get("aliases", [])}
            if g.nodes[node]["labels"] == ":Figure":
                forms = {g.nodes[node]["text"]}
            assert any(f.strip("“”《》") in d["evidence"] for f in forms), (u, v, d)


@pytest.mark.skipif(
    not (SHARED / "tools" / "kgscore.py").exists(), reason="shared/ scorer not beside the repo"
)
def test_kgscore_finds_every_byline(seed_build):
    _, _, out = seed_build
    res = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "kgscore.py"),
            str(out / "graph.graphml"),
            str(SHARED / "gold" / "seed.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(res.stdout)
    assert scores["rel:WROTE"]["r"] == 1.0
    assert scores["missing_articles"] == []


def test_cli_reports_bad_input_and_builds_the_rest(tmp_path, capsys):
    bad = tmp_path / "inputs"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "lines.jsonl").write_text(
        '{"id": "x1", "title": "春节景观亮化工作启动", '
        '"text": "近日,我市全面启动春节景观亮化工作。"}\n'
        '{"id": "x2", "text": \n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    status = kg_main(
        [
            "build",
            str(bad),
            "--out",
            str(out),
            "--quiet",
            "--home-city",
            "乌海市",
            "--data",
            str(tmp_path / "kg-data"),
            "--cache",
            str(tmp_path / "cache"),
        ]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert f"{bad / 'empty.txt'}: empty file" in captured.err
    assert f"{bad / 'lines.jsonl'}:2: malformed JSON" in captured.err
    g = nx.read_graphml(out / "graph.graphml")
    assert "x1" in g and g.nodes["x1"]["title"] == "春节景观亮化工作启动"
    assert "built 1 articles" in captured.out
    assert "into the embedded store" in captured.out  # the good article reached the store too


def test_failed_write_leaves_the_old_graph(tmp_path, seed_build):
    _, _, out = seed_build
    from kg.write import write_graphml

    target = tmp_path / "graph.graphml"
    target.write_bytes((out / "graph.graphml").read_bytes())
    broken = nx.MultiDiGraph()
    broken.add_node("n", labels=":Person", value=object())  # GraphML cannot hold this
    with pytest.raises(nx.NetworkXError):
        write_graphml(broken, target)
    assert target.read_bytes() == (out / "graph.graphml").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_pipeline_is_loaded_once_however_it_is_asked_for():
    """The bench preloaded load_pipeline(None) while the build asked for
    load_pipeline(None, True): two cache keys, the models loaded twice."""
    from kg.nlp import load_pipeline

    assert (
        load_pipeline()
        is load_pipeline(None)
        is load_pipeline(None, True)
        is load_pipeline(gazetteer=None, statistical=True)
    )
