"""The build's arguments are checked before any work: kg.build takes a path or a list of paths,
an unknown or ill-typed option is an OptionError naming it, the user's dictionaries and the
cache folder are checked up front; and one article that breaks extraction costs only itself."""

from __future__ import annotations

import json

import networkx as nx
import pytest

import kg
import kg.builder.workers
from kg.builder.options import BuildOptions, OptionError, check_files
from kg.errors import UsageError

NEWS = [
    {
        "id": "n1",
        "title": "经济工作会议召开",
        "text": "1月5日，全市经济工作会议召开。市长林青出席会议并讲话。",
    },
    {"id": "n2", "title": "灯笼", "text": "近日，我市启动春节景观亮化工作，悬挂灯笼1300余个。"},
]


@pytest.fixture
def news(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in NEWS), encoding="utf-8")
    return f


def articles(graph: nx.MultiDiGraph) -> set[str]:
    return {n for n, d in graph.nodes(data=True) if d["labels"] == ":Article"}


def test_one_path_as_a_string_is_one_input_not_its_characters(news):
    """kg.build("seeds") walked "s", "e", ... and "/" up to /proc."""
    assert articles(kg.build(str(news), home_city="乌海市")) == {"n1", "n2"}
    assert articles(kg.build(news, home_city="乌海市")) == {"n1", "n2"}


@pytest.mark.parametrize(
    "paths, problem",
    [
        (42, "expected a path or a list of paths, not int"),
        ([], "no inputs given"),
        (["seeds", 3], "expected a path or a list of paths; got 3 in it"),
        ([""], "expected a path or a list of paths; got '' in it"),
    ],
)
def test_inputs_that_are_no_paths_are_refused(paths, problem):
    with pytest.raises(OptionError) as caught:
        kg.build(paths)
    assert (caught.value.option, caught.value.problem) == ("paths", problem)


@pytest.mark.parametrize(
    "options, option",
    [
        ({"homecity": "乌海市"}, "homecity"),
        ({"workers": 0}, "workers"),
        ({"workers": "2"}, "workers"),
        ({"workers": True}, "workers"),
        ({"date": "2023-02-30"}, "date"),
        ({"statistical": "no"}, "statistical"),
        ({"source": 7}, "source"),
        ({"source": "\udcff日报"}, "source"),
        ({"cache_dir": 3}, "cache_dir"),
    ],
)
def test_a_bad_option_is_a_typed_error_naming_it(news, options, option):
    with pytest.raises(OptionError) as caught:
        kg.build([news], **options)
    assert caught.value.option == option
    assert isinstance(caught.value, UsageError) and isinstance(caught.value, ValueError)


def test_a_missing_gazetteer_is_found_before_extraction(tmp_path):
    with pytest.raises(OptionError, match="no such file") as caught:
        check_files(BuildOptions(gazetteer=str(tmp_path / "mine.tvs")))
    assert caught.value.option == "gazetteer"


def test_the_dictionaries_named_by_the_environment_are_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_GAZETTEER", str(tmp_path / "typo.tsv"))
    with pytest.raises(OptionError) as caught:
        check_files(BuildOptions())
    assert caught.value.option == "$KG_GAZETTEER"
    monkeypatch.delenv("KG_GAZETTEER")
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("签约\tACTED\n揭牌\t揭 牌\n", encoding="utf-8")
    monkeypatch.setenv("KG_TRIGGERS", str(verbs))
    with pytest.raises(OptionError, match="'揭 牌' is not a plain name"):
        check_files(BuildOptions())


def test_a_cache_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OptionError, match="is a file, not a folder") as caught:
        check_files(BuildOptions(cache_dir=tmp_path / "cache"))
    assert caught.value.option == "cache_dir"


def test_an_article_that_breaks_extraction_costs_only_itself(news, monkeypatch):
    """No input is known to break the pipeline (the fuzz test looks for one); the failure is
    injected into the one real extraction step of one article."""
    real = kg.builder.workers.extract_from_doc

    def failing_for_n1(article, doc):
        if article.id == "n1":
            raise RuntimeError("a rule met text it cannot handle")
        return real(article, doc)

    monkeypatch.setattr(kg.builder.workers, "extract_from_doc", failing_for_n1)
    errors = []
    graph = kg.build([news], on_error=errors.append, home_city="乌海市")
    assert articles(graph) == {"n2"}
    assert [e.path for e in errors] == [f"{news} (n1)"]
    assert "could not be extracted (RuntimeError: a rule met text it cannot handle)" in str(
        errors[0]
    )
