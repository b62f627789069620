"""Graph-store fixtures: one embedded Bolt server per test session, a small graph in the
contract's shape, and (when NEO4J_URI is set) the user's Neo4j.

The embedded server advertises itself in its data folder (as ``kg serve``
does), so ``kg load``/``kg query`` run in-process with ``--data`` use it
instead of starting another. Tests that need a known state empty the
database first: point NEO4J_URI only at a scratch Neo4j (the docker compose
one), never at data you keep.
"""

from __future__ import annotations

import os

import networkx as nx
import pytest

from kg.store import open_store
from kg.store.connection import ENV_URI, connect
from kg.store.embedded import embedded_store
from kg.store.session import Store

E_PRESIDED = "本报讯(记者王超)1月4日,市委常委、秘书长李春晓主持召开2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动。"
E_SPOKE_1 = "李春晓逐一对照现场述职作出点评,提出存在的问题并明确加强和改进的具体方向和要求。"
E_SPOKE_2 = "李春晓强调,要牢固树立大抓基层的鲜明导向。"
E_PART = "市委办公室主任张明参加会议。"
E_DISBURSED = "我市按月监测物价上涨情况,累计为14847名救助对象发放临时价格补贴66.06万元。"
E_LOW = "全市共有低保对象4461户。"
E_DONATED = "思正工程管理咨询有限公司向困难群众捐赠价值10万元的“抗疫爱心包”。"
EVENT = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动"
A1 = "article:a1"
A2 = "article:a2"
A1_TITLE = "2022年度市直机关党组织书记抓基层党建工作述职评议暨机关党建大比武活动举行"
A2_TITLE = "多措并举畅渠道 落实政策暖民心"


def entity(g: nx.MultiDiGraph, label: str, name: str, aliases=(), **props) -> str:
    node_id = f"{label}:{name}"
    g.add_node(node_id, labels=f":{label}", id=node_id, name=name, aliases=list(aliases), **props)
    return node_id


def relate(
    g: nx.MultiDiGraph, u: str, v: str, rel: str, article: str, evidence: str | None = None, **props
):
    data = {"label": rel, "article": article, **props}
    if evidence is not None:
        data["evidence"] = evidence
    g.add_edge(u, v, **data)


def small_graph() -> nx.MultiDiGraph:
    """Two articles in the contract's shape, with every relationship type the queries read."""
    g = nx.MultiDiGraph()
    for node_id, title, date, section in (
        (A1, A1_TITLE, "2023-01-05", "要闻"),
        (A2, A2_TITLE, "2023-01-06", "保障和改善民生"),
    ):
        g.add_node(
            node_id,
            labels=":Article",
            id=node_id,
            name=title,
            title=title,
            date=date,
            section=section,
            source="乌海日报",
            text=title + "。正文。",
        )
    li = entity(g, "Person", "李春晓", aliases=["春晓同志"])
    wang = entity(g, "Person", "王超")
    zhang = entity(g, "Person", "张明")
    he = entity(g, "Person", "贺雅君")
    party = entity(g, "Organization", "市委", aliases=["中共乌海市委"])
    office = entity(g, "Organization", "市委办公室")
    firm = entity(g, "Organization", "思正工程管理咨询有限公司")
    city = entity(g, "Place", "乌海市", aliases=["我市", "本市"])
    event = entity(g, "Event", EVENT)
    subsidy = entity(g, "Programme", "临时价格补贴")
    parcel = entity(g, "Programme", "“抗疫爱心包”")
    f_money = entity(
        g,
        "Figure",
        "66.06万元",
        value=660600.0,
        unit="元",
        text="66.06万元",
        metric="发放临时价格补贴",
    )
    f_people = entity(
        g, "Figure", "14847名", value=14847.0, unit="名", text="14847名", metric="救助对象"
    )
    f_low = entity(g, "Figure", "4461户", value=4461.0, unit="户", text="4461户", metric="低保对象")
    f_gift = entity(g, "Figure", "10万元", value=100000.0, unit="元", text="10万元", metric="捐赠")

    relate(g, wang, A1, "WROTE", A1, "(记者王超)", role="reporter")
    relate(g, he, A2, "WROTE", A2, "(贺雅君)", role="author")
    for node, count in (
        (li, 3),
        (wang, 1),
        (zhang, 1),
        (party, 2),
        (office, 1),
        (event, 1),
        (city, 1),
    ):
        relate(g, A1, node, "MENTIONS", A1, count=count)
    for node, count in ((li, 1), (he, 1), (firm, 1), (city, 3), (subsidy, 2), (parcel, 1)):
        relate(g, A2, node, "MENTIONS", A2, count=count)
    relate(g, li, event, "PRESIDED", A1, E_PRESIDED, verb="主持召开")
    relate(g, li, event, "SPOKE", A1, E_SPOKE_1, verb="作出点评")
    relate(g, li, event, "SPOKE", A1, E_SPOKE_2, verb="强调")
    relate(g, li, party, "HOLDS_POSITION", A1, E_PRESIDED, title="市委常委、秘书长")
    relate(g, zhang, office, "HOLDS_POSITION", A1, E_PART, title="主任")
    relate(g, zhang, event, "ATTENDED", A1, E_PART, verb="参加")
    relate(g, office, party, "PART_OF", A1, E_PART)
    relate(g, party, city, "LOCATED_IN", A1, E_PRESIDED)
    relate(g, city, subsidy, "DISBURSED", A2, E_DISBURSED, verb="发放")
    relate(g, firm, parcel, "DONATED", A2, E_DONATED, verb="捐赠", amount="10万元")
    for figure, target, evidence in (
        (f_money, subsidy, E_DISBURSED),
        (f_people, subsidy, E_DISBURSED),
        (f_low, city, E_LOW),
        (f_gift, parcel, E_DONATED),
    ):
        relate(g, A2, figure, "REPORTS", A2, count=1)
        relate(g, figure, target, "MEASURES", A2, evidence)
    return g


def second_graph() -> nx.MultiDiGraph:
    """A later article that names 李春晓 again, with people and places the first graph lacks."""
    g = nx.MultiDiGraph()
    g.add_node(
        "article:a3",
        labels=":Article",
        id="article:a3",
        name="调研城市建设",
        title="调研城市建设",
        date="2023-02-01",
        source="乌海日报",
    )
    li = entity(g, "Person", "李春晓", aliases=["李秘书长"])
    liu = entity(g, "Person", "刘洋")
    district = entity(g, "Place", "海勃湾区")
    relate(g, liu, "article:a3", "WROTE", "article:a3", "(刘洋)", role="author")
    relate(g, "article:a3", li, "MENTIONS", "article:a3", count=2)
    relate(g, "article:a3", district, "MENTIONS", "article:a3", count=1)
    relate(g, li, district, "VISITED", "article:a3", "李春晓到海勃湾区调研城市建设。", verb="调研")
    return g


def empty(store: Store) -> None:
    store.driver.execute_query("MATCH (n) DETACH DELETE n", database_=store.database)


@pytest.fixture(scope="session")
def embedded_data(tmp_path_factory):
    """The data folder of the session's embedded store (started in a clean working folder,
    so that a stray ./log there would show)."""
    return tmp_path_factory.mktemp("kg-data")


def working_folder(data_dir):
    """Where the embedded server is started from: ArcadeDB's defaults would write ./log there."""
    return data_dir.parent / f"{data_dir.name}-cwd"


@pytest.fixture(scope="session")
def embedded_endpoint(embedded_data):
    cwd = os.getcwd()
    working_folder(embedded_data).mkdir()
    os.chdir(working_folder(embedded_data))
    try:
        with embedded_store(embedded_data, advertise=True) as endpoint:
            os.chdir(cwd)
            yield endpoint
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def embedded(embedded_endpoint) -> Store:
    """The session's embedded store, open."""
    driver = connect(embedded_endpoint)
    try:
        yield Store(driver, embedded_endpoint, "the test's embedded store")
    finally:
        driver.close()


@pytest.fixture(scope="session", params=["embedded", "neo4j"])
def store(request) -> Store:
    """An open store of each kind: the embedded one always, Neo4j when NEO4J_URI is set."""
    if request.param == "embedded":
        yield request.getfixturevalue("embedded")
        return
    if not os.environ.get(ENV_URI):
        pytest.skip(f"set {ENV_URI} (and NEO4J_USER, NEO4J_PASSWORD) to test against Neo4j")
    with open_store() as neo4j_store:
        yield neo4j_store


def pytest_unconfigure(config):
    """The session's JVM (embedded store) can crash interpreter shutdown: leave with
    pytest's own status once its report is printed."""
    from kg.cli.main import leave_if_jvm_running

    session = getattr(config, "_kg_session", None)
    if session is not None:
        leave_if_jvm_running(int(session.exitstatus))


def pytest_sessionfinish(session, exitstatus):
    session.config._kg_session = session
