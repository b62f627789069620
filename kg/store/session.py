"""One way in for every command: the user's Neo4j when a URI is given, else the embedded store.

Why a separate module: loading, querying and the build all choose the store
the same way (argument, then NEO4J_URI, then the embedded store in a data
folder), and all must close the driver before an embedded server stops.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from neo4j import Driver

from kg.store.connection import Endpoint, connect, endpoint_from_env
from kg.store.embedded import DEFAULT_DATA_DIR, embedded_store, running_server


@dataclass(frozen=True)
class Store:
    """An open store: a verified driver, its endpoint and, for messages, where it is."""

    driver: Driver
    endpoint: Endpoint
    where: str
    data_dir: Path | None = None  # the embedded store's folder; None for the user's Neo4j

    @property
    def database(self) -> str | None:
        return self.endpoint.database


@contextlib.contextmanager
def open_store(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    data_dir: str | Path = DEFAULT_DATA_DIR,
    advertise: bool = False,
) -> Iterator[Store]:
    """The user's store (``uri`` or NEO4J_URI), else the embedded store in ``data_dir``.

    ``advertise``: an embedded store started here is announced in its folder, so that other
    kg commands use it while it runs (``kg explore``); a live ``kg serve`` is used as it is.
    """
    endpoint = endpoint_from_env(uri, user, password, database)
    embedded = endpoint is None
    announce = advertise and embedded and running_server(data_dir) is None
    context = (
        embedded_store(data_dir, advertise=announce)
        if embedded
        else contextlib.nullcontext(endpoint)
    )
    with context as endpoint:
        driver = connect(endpoint)
        try:
            if embedded:
                yield Store(driver, endpoint, f"the embedded store in {data_dir}", Path(data_dir))
            else:
                yield Store(driver, endpoint, endpoint.uri)
        finally:
            driver.close()
