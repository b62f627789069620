"""The explorer's JSON and pages over HTTP, served on 127.0.0.1 over the seed build in the
embedded store: search (aliases count), neighbourhoods and their filters, evidence and
articles, stored queries as forms, export, and that nothing it does changes the store."""

from __future__ import annotations

import httpx
import pytest

from kg.write import read_graph

LI = "Person:李春晓@乌海市"
MEETING = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动"
PRESIDED_EVIDENCE = "市委常委、秘书长李春晓主持召开" + MEETING


@pytest.fixture(scope="module")
def client(explorer):
    with httpx.Client(base_url=explorer, timeout=60) as client:
        yield client


def around(client, **params) -> dict:
    response = client.get("/api/around", params={"label": "Person", "id": LI, **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_search_finds_names_by_any_part_and_by_alias(client):
    results = client.get("/api/search", params={"q": "春晓"}).json()["results"]
    assert results[0] == {"label": "Person", "id": LI, "name": "李春晓", "matched": None}
    by_alias = client.get("/api/search", params={"q": "我市"}).json()["results"]
    assert {"label": "Place", "id": "Place:乌海市", "name": "乌海市", "matched": "我市"} in by_alias
    assert client.get("/api/search", params={"q": "没有这个名字"}).json() == {"results": []}


def test_search_ranks_exact_names_then_names_starting_with_the_text(client):
    names = [r["name"] for r in client.get("/api/search", params={"q": "乌海"}).json()["results"]]
    assert "乌海市" in names and names == sorted(names, key=lambda n: not n.startswith("乌海"))
    exact = client.get("/api/search", params={"q": "乌海市"}).json()["results"]
    assert exact[0]["name"] == "乌海市" and len(exact) > 1


def test_neighbourhood_carries_evidence_and_article(client, seed_graph):
    view = around(client)
    presided = [e for e in view["edges"] if e["type"] == "PRESIDED"]
    assert len(presided) == 1
    edge = presided[0]
    assert (edge["from"], edge["to"]) == (LI, f"Event:{MEETING}@乌海市")
    assert PRESIDED_EVIDENCE in edge["props"]["evidence"]
    article = seed_graph.nodes[edge["article"]["id"]]
    assert edge["article"] == {
        "id": edge["props"]["article"],
        "title": article["title"],
        "date": "2023-01-05",
        "source": article["source"],
    }
    names = {n["name"] for n in view["nodes"]}
    assert {"李春晓", MEETING, "乌海市委"} <= names  # 市委 named after its city
    assert all("text" not in n["props"] for n in view["nodes"])  # articles' text stays out


def test_filters_by_type_label_and_date(client):
    assert {e["type"] for e in around(client, type="SPOKE")["edges"]} == {"SPOKE"}
    assert {n["label"] for n in around(client, show="Organization")["nodes"]} == {
        "Person",
        "Organization",
    }
    assert around(client, **{"from": "2023-01-05", "to": "2023-01-05"})["edges"]
    later = around(client, **{"from": "2023-01-06"})
    assert later["edges"] == [] and [n["id"] for n in later["nodes"]] == [LI]


def test_bad_node_requests_are_refused_in_one_line(client):
    response = client.get("/api/around", params={"label": "Person) DETACH DELETE (n", "id": LI})
    assert response.status_code == 400 and "label" in response.json()["error"]
    missing = client.get("/api/around", params={"label": "Person", "id": "Person:没有"})
    assert missing.json() == {"nodes": [], "edges": []}


def test_article_page_shows_the_text_with_the_evidence_marked(client):
    edge = next(e for e in around(client)["edges"] if e["type"] == "PRESIDED")
    page = client.get(
        f"/article/{edge['article']['id']}", params={"evidence": edge["props"]["evidence"]}
    )
    assert page.status_code == 200
    assert f'<mark id="evidence">{edge["props"]["evidence"]}</mark>' in page.text
    assert edge["article"]["title"] in page.text
    assert client.get("/article/article:none").status_code == 404


def test_every_stored_query_is_offered_with_its_parameters(client):
    offered = {q["name"]: q for q in client.get("/api/queries").json()}
    assert "who-did-what" in offered and "connection" in offered
    params = {p["name"]: p for p in offered["who-did-what"]["params"]}
    assert params["name"]["example"] == "李春晓" and not params["name"]["optional"]


def test_a_stored_query_answers_as_a_table_and_a_graph(client):
    answer = client.post("/api/query/who-did-what", json={"name": "李春晓"}).json()
    rows = [dict(zip(answer["columns"], row)) for row in answer["rows"]]
    assert ("PRESIDED", MEETING) in {(r["action"], r["object"]) for r in rows}
    drawn = {n["id"] for n in answer["graph"]["nodes"]}
    assert {LI, f"Event:{MEETING}@乌海市"} <= drawn
    types = {(e["from"], e["type"], e["to"]) for e in answer["graph"]["edges"]}
    assert (LI, "PRESIDED", f"Event:{MEETING}@乌海市") in types
    assert all(e["from"] in drawn and e["to"] in drawn for e in answer["graph"]["edges"])


def test_query_mistakes_are_one_line_errors(client):
    missing = client.post("/api/query/who-did-what", json={})
    assert missing.status_code == 400 and "name" in missing.json()["error"]
    unknown = client.post("/api/query/MATCH (n) DETACH DELETE n", json={})
    assert unknown.status_code in (400, 404)
    typed = client.post("/api/query/top-mentioned", json={"limit": "many"})
    assert typed.status_code == 400 and "integer" in typed.json()["error"]
    assert client.post("/api/query/who-did-what", content=b"not json").status_code == 400


def test_export_gives_graphml_kg_reads_back(client, tmp_path):
    view = around(client)
    response = client.post("/api/export.graphml", json=view)
    assert response.status_code == 200
    (tmp_path / "view.graphml").write_bytes(response.content)
    graph = read_graph(tmp_path / "view.graphml")
    assert graph.nodes[LI]["labels"] == ":Person" and graph.nodes[LI]["name"] == "李春晓"
    assert graph.number_of_nodes() == len(view["nodes"])
    assert {d["label"] for *_, d in graph.edges(data=True)} == {e["type"] for e in view["edges"]}
    assert client.post("/api/export.graphml", json=[1, 2]).status_code == 400


def test_other_host_names_are_refused(client):
    response = client.get("/api/search", params={"q": "李"}, headers={"Host": "evil.example"})
    assert response.status_code == 400


def test_nothing_the_explorer_does_changes_the_store(client, seeded, seed_graph):
    from tests.store.test_queries_on_build import holds

    for name in ("who-did-what", "person-profile", "top-mentioned", "connection"):
        client.post(f"/api/query/{name}", json={"name": "李春晓", "from": "李春晓", "to": "王超"})
    client.get("/api/search", params={"q": "'; MATCH (n) DETACH DELETE n //"})
    assert holds(seeded, seed_graph)
