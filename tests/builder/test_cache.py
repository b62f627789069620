"""Parallel and incremental builds give the graph a plain build gives, and redo only what changed.

Inputs are the seed page and a few short articles as JSONL (seed sentences,
and ones written for these tests). The chunk size is made small so that two
workers each get several chunks; which articles were extracted (rather than
read from the cache) is seen by wrapping the builder's ``extract_from_doc`` in
the one-worker builds. Workers are forked, so they share the parent's string
hashing; a build in another process (``kg build`` run again, another
PYTHONHASHSEED) must give the same bytes too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg.builder.workers
from kg.builder.options import BuildOptions
from kg.builder.run import run_build
from tests.helpers import SEED_PAGE as SEED

SNIPPETS = [
    {
        "id": "n1",
        "title": "全市农牧业工作会议召开",
        "text": "1月6日,全市农牧业工作会议召开。"
        "市委书记赵文博出席会议并讲话,市领导孙立平、韩雪出席。",
    },
    {
        "id": "n2",
        "title": "春节景观亮化工作启动",
        "text": "近日,我市全面启动春节景观亮化工作。"
        "市公共事业发展中心滨河路灯亮化所工作人员在海勃湾区棋盘井街、"
        "世纪大道等主要街道,陆续悬挂大红灯笼1300余个。",
    },
    {
        "id": "n3",
        "title": "书记领航工程",
        "text": "我市深入实施基层党建“书记领航工程”,全市各级党组织书记承诺书记项目2280余个。",
    },
]


# Two full names of one length that 人民医院 may abbreviate.
TWO_FULL_NAMES = (
    "1月8日，乌达区人民医院和海南区人民医院组织医疗队到乌兰淖尔镇开展义诊活动。"
    "人民医院的专家为300余名群众检查身体。"
)


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """The seed page and the snippets in one folder; chunks of 3 articles."""
    monkeypatch.setattr(kg.builder.workers, "BATCH", 3)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    write_snippets(folder, SNIPPETS)
    return folder


def write_snippets(folder: Path, snippets: list[dict]) -> None:
    (folder / "news.jsonl").write_text(
        "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in snippets), encoding="utf-8"
    )


@pytest.fixture
def extracted(monkeypatch):
    """Ids of the articles extracted (not taken from the cache) by one-worker builds."""
    ids: list[str] = []
    real = kg.builder.workers.extract_from_doc

    def spy(article, doc):
        ids.append(article.id)
        return real(article, doc)

    monkeypatch.setattr(kg.builder.workers, "extract_from_doc", spy)
    return ids


def build(inputs: Path, out: Path, **options):
    _, report = run_build([str(inputs)], out, BuildOptions(home_city="乌海市", **options))
    return report, (out / "graph.graphml").read_bytes()


def test_two_workers_write_the_graph_one_worker_writes(inputs, tmp_path):
    one, graphml = build(inputs, tmp_path / "one", workers=1)
    two, graphml_two = build(inputs, tmp_path / "two", workers=2)
    assert one.articles == two.articles == 12
    assert graphml_two == graphml
    assert (tmp_path / "two" / "graph.json").read_bytes() == (
        tmp_path / "one" / "graph.json"
    ).read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_unchanged_rebuild_takes_every_article_from_the_cache(inputs, tmp_path, workers):
    cache = tmp_path / "cache"
    first, graphml = build(inputs, tmp_path / "first", workers=workers, cache_dir=cache)
    again, graphml_again = build(inputs, tmp_path / "again", workers=workers, cache_dir=cache)
    assert first.cache_hits == 0
    assert again.cache_hits == again.articles == 12
    assert graphml_again == graphml


def test_unchanged_rebuild_extracts_nothing(inputs, tmp_path, extracted):
    cache = tmp_path / "cache"
    _, graphml = build(inputs, tmp_path / "first", cache_dir=cache)
    assert len(extracted) == 12
    extracted.clear()
    _, graphml_again = build(inputs, tmp_path / "again", cache_dir=cache)
    assert extracted == []
    assert graphml_again == graphml


def test_a_changed_article_is_the_only_one_extracted_again(inputs, tmp_path, extracted):
    cache = tmp_path / "cache"
    build(inputs, tmp_path / "first", cache_dir=cache)
    changed = [*SNIPPETS[:2], {**SNIPPETS[2], "text": SNIPPETS[2]["text"].replace("2280", "2300")}]
    write_snippets(inputs, changed)
    extracted.clear()
    _, graphml = build(inputs, tmp_path / "again", cache_dir=cache)
    assert extracted == ["n3"]
    _, graphml_fresh = build(inputs, tmp_path / "fresh")
    assert graphml == graphml_fresh
    assert "2300余个" in graphml.decode("utf-8")


def test_entries_of_another_pipeline_version_are_not_used(inputs, tmp_path, extracted):
    cache = tmp_path / "cache"
    build(inputs, tmp_path / "first", cache_dir=cache)
    gazetteer = tmp_path / "mine.tsv"
    gazetteer.write_text("乌海能源\tOrganization\t乌能\n", encoding="utf-8")
    extracted.clear()
    report, _ = build(inputs, tmp_path / "again", cache_dir=cache, gazetteer=str(gazetteer))
    assert report.cache_hits == 0
    assert sorted(extracted) == sorted(set(extracted)) and len(extracted) == 12


def test_another_process_writes_the_same_graphml(tmp_path):
    """The seed page as well as a short snippet: the more of kg's word lists a build reads,
    the likelier an answer that hangs on a set's iteration order shows."""
    write_snippets(tmp_path, [{"id": "b1", "title": "义诊", "text": TWO_FULL_NAMES}])
    shutil.copy(SEED, tmp_path / SEED.name)
    graphml = []
    for seed in ("0", "1"):
        out = tmp_path / f"out{seed}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                "news.jsonl",
                SEED.name,
                "--out",
                str(out),
                "--quiet",
                "--no-cache",
                "--no-store",
            ],
            cwd=tmp_path,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            capture_output=True,
        )
        graphml.append((out / "graph.graphml").read_bytes())
    assert graphml[0] == graphml[1]


def test_a_rules_only_build_has_its_own_cache_entries(tmp_path, extracted):
    """--no-ner: no statistical NER, so untitled names are missed, and nothing cached
    by a full build is reused (nor the other way round)."""
    write_snippets(
        tmp_path,
        [
            {
                "id": "u1",
                "title": "慰问",
                "text": "昨天，张海峰来到县人民医院，看望慰问一线医务人员。",
            }
        ],
    )
    cache = tmp_path / "cache"
    _, full = build(tmp_path / "news.jsonl", tmp_path / "full", cache_dir=cache)
    report, rules = build(
        tmp_path / "news.jsonl", tmp_path / "rules", cache_dir=cache, statistical=False
    )
    assert report.cache_hits == 0 and extracted == ["u1", "u1"]
    assert '<data key="name">张海峰</data>' in full.decode("utf-8")
    assert '<data key="name">张海峰</data>' not in rules.decode("utf-8")
    report, _ = build(tmp_path / "news.jsonl", tmp_path / "full-again", cache_dir=cache)
    assert report.cache_hits == 1
