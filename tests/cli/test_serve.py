"""``kg serve`` in its own process: other kg commands use it, and it stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import re
import signal

from kg.cli.main import main as kg_main
from kg.write import write_graphml
from tests.conftest import small_graph
from tests.processes import kg_process, python_process, wait_for_line


def test_serve_prints_how_to_connect_and_other_commands_use_it(tmp_path, capsys):
    data = tmp_path / "served"
    proc = kg_process("serve", "--data", data, "--bolt-port", "0", "--http-port", "0", cwd=tmp_path)
    try:
        printed = wait_for_line(proc, r"Python: ")
        uri = re.search(r"bolt://127\.0\.0\.1:\d+", printed).group(0)
        password = (data / "root-password").read_text().strip()
        assert password not in printed and str(data / "root-password") in printed
        state = json.loads((data / "server.json").read_text())
        assert state["pid"] == proc.pid and uri.endswith(f":{state['bolt_port']}")
        assert password not in (data / "server.json").read_text()

        write_graphml(small_graph(), tmp_path / "out" / "graph.graphml")
        assert kg_main(["load", str(tmp_path / "out"), "--data", str(data)]) == 0
        assert uri not in capsys.readouterr().out  # said as "the embedded store in DIR"
        assert kg_main(["query", "reporters", "--format", "json", "--data", str(data)]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [(r["reporter"], r["role"]) for r in rows] == [
            ("王超", "reporter"),
            ("贺雅君", "author"),
        ]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopping" in out and not (data / "server.json").exists()
    assert not (tmp_path / "log").exists()


def test_sigterm_stops_an_in_process_store_cleanly(tmp_path):
    """kg load / kg query run the server inside their own process: a SIGTERM there must still
    stop it through Python (status 143), not crash the JVM."""
    data = tmp_path / "data"
    code = (
        "import time\nfrom kg.store.embedded import embedded_store\n"
        f"with embedded_store({str(data)!r}):\n    print('up', flush=True)\n"
        "    while True:\n        time.sleep(0.2)\n"
    )
    proc = python_process("-c", code, cwd=tmp_path)
    wait_for_line(proc, r"^up")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert not [p.name for p in (data / "log").iterdir() if p.name.startswith("hs_err")]
