"""``kg explore`` in its own process: it serves on 127.0.0.1, advertises its store so that
``kg load`` and ``kg query`` use it (no second store start), finds what is loaded while it
runs, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import re
import signal
import socket
import time

import httpx

from kg.cli.main import main as kg_main
from kg.write import write_graphml
from tests.conftest import small_graph
from tests.processes import kg_process, wait_for_line


def search(url: str, text: str, seconds: float = 60) -> list[dict]:
    """The explorer's answer once it has one (it rereads names every few seconds)."""
    deadline = time.monotonic() + seconds
    while True:
        results = httpx.get(url + "api/search", params={"q": text}, timeout=30).json()["results"]
        if results or time.monotonic() > deadline:
            return results
        time.sleep(1)


def test_explore_serves_and_other_commands_use_its_store(tmp_path, capsys):
    data = tmp_path / "data"
    proc = kg_process("explore", "--data", data, "--port", "0", cwd=tmp_path)
    try:
        printed = wait_for_line(proc, r"kg query and kg load")
        url = re.search(r"http://127\.0\.0\.1:\d+/", printed).group(0)
        assert json.loads((data / "server.json").read_text())["pid"] == proc.pid
        assert search(url, "李春晓", seconds=0) == []  # the store starts empty

        write_graphml(small_graph(), tmp_path / "out" / "graph.graphml")
        assert kg_main(["load", str(tmp_path / "out"), "--data", str(data)]) == 0
        assert kg_main(["query", "reporters", "--format", "json", "--data", str(data)]) == 0
        rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])  # after load's summary line
        assert [r["reporter"] for r in rows] == ["王超", "贺雅君"]
        assert search(url, "春晓")[0]["id"] == "Person:李春晓"  # the hand-made graph's id
        assert httpx.get(url, headers={"Host": "example.com"}).status_code == 400
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopping" in out and not (data / "server.json").exists()


def test_a_port_in_use_is_one_line_naming_it(tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        status = kg_main(["explore", "--port", str(port), "--data", str(tmp_path / "d")])
    assert status == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"kg: --host 127.0.0.1 --port {port}: cannot listen there")
    assert not (tmp_path / "d").exists()  # refused before any store was opened
