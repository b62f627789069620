"""``kg eval``: a user's own answers for the seed page, scored on a build and on a graph file."""

from __future__ import annotations

import json

import pytest

from kg.cli.main import main as kg_main
from tests.helpers import SEED_PAGE

TITLE = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行"
GOLD = {
    "articles": [
        {
            "key": "meeting",
            "title": TITLE,
            "entities": {"Person": ["李春晓", "王超", "钱多多"], "Organization": ["市委"]},
            "relations": [
                ["王超", "WROTE", "@article", {"role": "reporter"}],
                ["李春晓", "HOLDS_POSITION", "市委", {"title": "市委常委、秘书长"}],
            ],
        }
    ]
}


@pytest.fixture(scope="module")
def gold(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "mine.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return path


def test_eval_builds_the_inputs_and_prints_the_table(gold, capsys):
    assert (
        kg_main(["eval", str(gold), str(SEED_PAGE), "--quiet", "--no-cache", "--show", "meeting"])
        == 0
    )
    out = capsys.readouterr().out
    person = next(line for line in out.splitlines() if line.startswith("Person"))
    assert "tp 2" in person and "fn 1" in person  # 钱多多 is nowhere on the page
    assert "rel:WROTE" in out and "RELATIONS" in out
    assert "miss Person: 钱多多" in out


def test_eval_of_a_written_graph_as_json(gold, tmp_path, capsys):
    assert (
        kg_main(
            ["build", str(SEED_PAGE), "--out", str(tmp_path), "--no-store", "--no-cache", "--quiet"]
        )
        == 0
    )
    capsys.readouterr()
    assert kg_main(["eval", str(gold), "--graph", str(tmp_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["rel:HOLDS_POSITION"]["tp"] == 1 and rows["Person"]["fn"] == 1


def test_eval_needs_one_graph_source(gold, capsys):
    assert kg_main(["eval", str(gold)]) == 2
    assert "either --graph" in capsys.readouterr().err
