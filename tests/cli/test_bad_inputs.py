"""Each bad input of issue 17's table, given to the ``kg`` command as a user would: one line
naming it and why (or the right result), the documented exit status, no traceback, no
password, and nothing built earlier lost. The texts are written for the test, except the
long one, which repeats the user's seed page."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.builder.pieces import LONG_ARTICLE_CHARS
from kg.cli.main import main as kg_main
from kg.errors import EXIT_INPUT, EXIT_STORE, EXIT_USAGE
from kg.read import iter_articles
from tests.helpers import SEED_PAGE

NEWS = [
    {
        "id": "n1",
        "title": "经济工作会议召开",
        "text": "1月5日，全市经济工作会议召开。市长林青出席会议并讲话。",
    },
    {"id": "n2", "title": "灯笼", "text": "近日，我市启动春节景观亮化工作，悬挂灯笼1300余个。"},
]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def as_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


@pytest.fixture
def news(tmp_path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", [as_line(n) for n in NEWS])


def kg(capsys, *argv: str) -> tuple[int, str, str]:
    status = kg_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def build(capsys, *argv) -> tuple[int, str, str]:
    return kg(
        capsys, "build", *argv, "--no-store", "--no-cache", "--quiet", "--home-city", "乌海市"
    )


def articles(out: Path) -> set[str]:
    g = nx.read_graphml(out / "graph.graphml")
    return {n for n, d in g.nodes(data=True) if d["labels"] == ":Article"}


# --- inputs -------------------------------------------------------------------------


def test_a_lone_surrogate_line_is_built_mended_with_its_neighbours(tmp_path, capsys):
    broken = (
        '{"id": "s1", "title": "坏字", "text": "窗口负责人介绍\\ud800，延时服务将持续到年底。"}'
    )
    f = write_jsonl(tmp_path / "news.jsonl", [as_line(NEWS[0]), broken, as_line(NEWS[1])])
    status, _, err = build(capsys, f, "--out", tmp_path / "out")
    assert status == 0
    assert err.strip().splitlines() == [
        f'kg: note: {f}:2: "text" escapes 1 lone UTF-16 surrogate(s) such as \\ud800, which are '
        "not characters; read as U+FFFD"
    ]
    assert articles(tmp_path / "out") == {"n1", "s1", "n2"}


def test_a_text_longer_than_an_article_is_built_in_pieces(tmp_path, capsys):
    page = "\n".join(a.text for a in iter_articles([SEED_PAGE]))
    text = (page * (LONG_ARTICLE_CHARS // len(page) + 1))[: LONG_ARTICLE_CHARS + 500]
    f = write_jsonl(
        tmp_path / "dump.jsonl", [as_line(NEWS[0]), as_line({"id": "dump", "text": text})]
    )
    status, out, err = build(capsys, f, "--out", tmp_path / "out")
    assert status == 0
    [note] = err.strip().splitlines()
    assert note.startswith(f"kg: note: {f} (dump): article ")
    assert f"has {len(text):,} characters: read in 5 pieces of at most 5,000" in note
    g = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert len(g.nodes["dump"]["text"]) == len(text) and "n1" in g
    assert sum(1 for u, _, d in g.edges(data=True) if u == "dump" and d["label"] == "MENTIONS") > 50


def test_the_same_article_reached_twice_is_built_once(news, tmp_path, capsys):
    build(capsys, news, "--out", tmp_path / "once")
    status, out, _ = build(capsys, news, tmp_path, "--out", tmp_path / "twice")
    assert status == 0 and "built 2 articles" in out
    once = (tmp_path / "once" / "graph.graphml").read_bytes()
    assert (tmp_path / "twice" / "graph.graphml").read_bytes() == once


# --- earlier output -----------------------------------------------------------------


def test_a_typo_in_the_inputs_keeps_the_good_graph(news, tmp_path, capsys):
    out = tmp_path / "out"
    assert build(capsys, news, "--out", out)[0] == 0
    good = (out / "graph.graphml").read_bytes(), (out / "graph.json").read_bytes()
    status, stdout, err = build(capsys, tmp_path / "newz", "--out", out)
    assert status == EXIT_INPUT
    assert err.strip().splitlines() == [
        f"kg: error: {tmp_path / 'newz'}: no such file or folder",
        f"kg: error: {out / 'graph.graphml'}: kept the graph of an earlier build (2 articles): "
        "this build has none; --force replaces it",
    ]
    assert "wrote nothing" in stdout
    assert ((out / "graph.graphml").read_bytes(), (out / "graph.json").read_bytes()) == good
    status, _, _ = build(capsys, tmp_path / "newz", "--out", out, "--force")
    assert status == EXIT_INPUT and articles(out) == set()


def test_a_build_that_lost_inputs_and_articles_keeps_the_graph(news, tmp_path, capsys):
    out = tmp_path / "out"
    build(capsys, news, "--out", out)
    write_jsonl(news, [as_line(NEWS[0]), '{"id": "n2", "text": 近日'])
    status, _, err = build(capsys, news, "--out", out)
    assert status == EXIT_INPUT
    assert (
        "kept the graph of an earlier build (2 articles): 1 input(s) of this build failed " in err
    )
    assert articles(out) == {"n1", "n2"}


def test_a_smaller_build_without_failures_replaces_the_graph(news, tmp_path, capsys):
    out = tmp_path / "out"
    build(capsys, news, "--out", out)
    write_jsonl(news, [as_line(NEWS[0])])
    assert build(capsys, news, "--out", out)[0] == 0
    assert articles(out) == {"n1"}


# --- folders ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "option, target, message",
    [
        ("--out", "file", "kg: --out: '{p}' is a file, not a folder"),
        ("--cache", "file", "kg: --cache: '{p}' is a file, not a folder"),
        ("--out", "under-a-file", "kg: --out: '{p}' cannot be made: {parent} is a file"),
        ("--data", "file", "kg: --data: '{p}' is a file, not a folder"),
    ],
)
def test_a_folder_option_naming_a_file_is_refused_before_any_work(
    news, tmp_path, capsys, option, target, message
):
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    path = tmp_path / "file" if target == "file" else tmp_path / "file" / "out"
    argv = ["build", news, "--quiet", option, path]
    if option != "--out":
        argv += ["--out", tmp_path / "out"]
    if option != "--data":
        argv += ["--no-store"]
    status, out, err = kg(capsys, *argv)
    assert status == EXIT_USAGE and out == ""
    assert err.strip() == message.format(p=path, parent=tmp_path / "file")
    assert not (tmp_path / "out").exists()


def test_graph_files_that_are_folders_are_refused(news, tmp_path, capsys):
    (tmp_path / "out" / "graph.json").mkdir(parents=True)
    status, out, err = build(capsys, news, "--out", tmp_path / "out")
    assert (status, out) == (EXIT_USAGE, "")
    assert (
        err.strip()
        == f"kg: --out: {tmp_path / 'out' / 'graph.json'} is a folder; kg writes a file there"
    )


@pytest.fixture
def read_only(tmp_path):
    """A folder no file can be made in, even by root (the tests may run as root, to whom
    permission bits do not apply): immutable (chattr +i) for root, mode 0555 for others."""
    folder = tmp_path / "ro"
    folder.mkdir()
    root = os.geteuid() == 0
    lock = ["chattr", "+i", str(folder)] if root else ["chmod", "0555", str(folder)]
    if subprocess.run(lock, capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only folder here (chattr needs ext4 and the capability)")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)] if root else ["chmod", "0755", str(folder)])


@pytest.mark.parametrize(
    "argv, option",
    [
        (["--out", "{ro}/out", "--no-store", "--no-cache"], "--out: '{ro}/out'"),
        (["--out", "{tmp}/out", "--no-store", "--cache", "{ro}"], "--cache: '{ro}'"),
        (["--out", "{tmp}/out", "--no-cache", "--data", "{ro}/kg-data"], "--data: '{ro}/kg-data'"),
    ],
)
def test_a_read_only_folder_is_refused_before_any_work(
    news, tmp_path, read_only, capsys, argv, option
):
    argv = [a.format(ro=read_only, tmp=tmp_path) for a in argv]
    code, out, err = kg(capsys, "build", news, "--quiet", *argv)
    assert (code, out) == (EXIT_USAGE, "")  # no "built ..." line: nothing was extracted
    [line] = err.strip().splitlines()
    assert line.startswith(f"kg: {option.format(ro=read_only)} cannot be written (")
    assert not (tmp_path / "out").exists()


# --- the store ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri, status, message",
    [
        (
            "localhost:7687",
            EXIT_USAGE,
            "kg: --uri 'localhost:7687' is not a Bolt URI; expected bolt://HOST:PORT or neo4j://HOST:PORT",
        ),
        (
            "http://127.0.0.1:7474",
            EXIT_USAGE,
            "kg: --uri 'http://127.0.0.1:7474': kg talks to stores over Bolt, not HTTP;",
        ),
        ("bolt://127.0.0.1:port", EXIT_USAGE, "kg: --uri 'bolt://127.0.0.1:port' cannot be read ("),
        (
            "bolt://kg:s3cret-pw@127.0.0.1:1",
            EXIT_STORE,
            "kg: no graph store at bolt://127.0.0.1:1 answers (is it running?)",
        ),
    ],
)
def test_a_store_uri_gets_one_line_and_never_shows_a_password(
    tmp_path, capsys, uri, status, message
):
    code, out, err = kg(capsys, "query", "who-did-what", "--param", "name=林青", "--uri", uri)
    assert (code, out) == (status, "")
    assert len(err.strip().splitlines()) == 1 and err.startswith(message)
    assert "s3cret" not in err


def test_a_bad_uri_stops_a_build_before_extraction(news, tmp_path, capsys):
    code, out, err = kg(capsys, "build", news, "--out", tmp_path / "out", "--uri", "localhost:7687")
    assert (code, out) == (EXIT_USAGE, "") and "is not a Bolt URI" in err
    assert not (tmp_path / "out").exists()


def test_query_on_a_data_folder_that_holds_no_store_creates_none(tmp_path, capsys):
    typo = tmp_path / "kg-dat"
    code, out, err = kg(capsys, "query", "who-did-what", "--param", "name=林青", "--data", typo)
    assert (code, out) == (EXIT_USAGE, "")
    assert err.strip() == (
        f"kg: --data '{typo}': no graph store there (kg build or kg load makes one; "
        "with kg serve running, give its folder)"
    )
    assert not typo.exists()


@pytest.mark.parametrize("given", ["graph.json", "news.jsonl", "missing"])
@pytest.mark.parametrize("command", ["load", "view"])
def test_load_and_view_given_no_graphml_say_so_in_one_line(news, tmp_path, capsys, given, command):
    build(capsys, news, "--out", tmp_path)
    path = tmp_path / given
    argv = (
        ["load", path, "--data", tmp_path / "kg-data"]
        if command == "load"
        else ["view", "--graph", path, "--out", tmp_path / "v.html"]
    )
    code, out, err = kg(capsys, *argv)
    assert (code, out) == (EXIT_INPUT, "")
    [line] = err.strip().splitlines()
    reason = "cannot read the graph" if given == "missing" else "not a graph kg build wrote"
    assert line.startswith(f"kg: {path}: {reason}")


# --- dictionaries -------------------------------------------------------------------


def test_a_gazetteer_typo_fails_even_when_the_cache_is_warm(news, tmp_path, capsys):
    argv = ["build", news, "--out", tmp_path / "out", "--no-store", "--quiet"]
    argv += ["--cache", tmp_path / "cache"]
    assert kg(capsys, *argv)[0] == 0
    code, out, err = kg(capsys, *argv, "--gazetteer", tmp_path / "mine.tvs")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.strip() == f"kg: --gazetteer: '{tmp_path / 'mine.tvs'}': no such file"
