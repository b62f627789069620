"""A big build lets go of the models before it assembles its graph (kg.nlp.pipeline.
release_pipelines): the graph is at its largest then, and the parent's peak should be the
larger of the two, not their sum. The sentences are invented."""

from __future__ import annotations

import json

from kg.builder import run
from kg.builder.options import BuildOptions
from kg.nlp.pipeline import cached_pipeline, load_pipeline, release_pipelines

ARTICLE = {
    "id": "r1",
    "title": "青禾县召开春耕生产推进会",
    "home_city": "青禾县",
    "text": "3月1日,县委书记张明主持召开春耕生产推进会。县农业农村局局长李强汇报了准备情况。",
}


def test_released_models_are_loaded_again_and_read_the_same():
    before = load_pipeline(None)
    people = [e.text for e in before(ARTICLE["text"]).ents if e.label_ == "Person"]
    release_pipelines()
    assert cached_pipeline.cache_info().currsize == 0
    again = load_pipeline(None)
    assert again is not before
    assert [e.text for e in again(ARTICLE["text"]).ents if e.label_ == "Person"] == people


def test_a_build_of_many_articles_lets_go_of_the_models(tmp_path, monkeypatch):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    load_pipeline(None)
    monkeypatch.setattr(run, "RELEASE_MODELS_AT", 1)  # one article counts as many here
    graph, report = run.run_build([corpus], tmp_path / "out", BuildOptions())
    assert report.articles == 1 and graph.number_of_nodes() > 1
    assert cached_pipeline.cache_info().currsize == 0


def test_a_small_build_keeps_the_models_for_the_next(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    nlp = load_pipeline(None)
    run.run_build([corpus], tmp_path / "out", BuildOptions())
    assert load_pipeline(None) is nlp
