"""Where the graph store is and how to reach it: an ``Endpoint`` and a verified driver.

Kept apart from the embedded server so that the same code talks to the user's
Neo4j and to the in-process ArcadeDB: both speak Bolt. Failures become one-line
``StoreError`` messages that name the URI (never the password), because the
driver's own messages span lines and do not say which store was meant.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

from kg.errors import StoreFailure

ENV_URI, ENV_USER, ENV_PASSWORD, ENV_DATABASE = (
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
)
CONNECT_TIMEOUT_S = 10.0


class StoreError(StoreFailure):
    """A store that is down, refuses us or lacks the database: one line for the user."""


@dataclass(frozen=True)
class Endpoint:
    """A Bolt URI with its credentials; ``database`` None means the server's default."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None = None


def endpoint_from_env(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Endpoint | None:
    """The user's own store from arguments, else NEO4J_* variables; None when neither names a URI
    (the caller then uses the embedded store)."""
    uri = uri or os.environ.get(ENV_URI)
    if not uri:
        return None
    return Endpoint(
        uri=uri,
        user=user or os.environ.get(ENV_USER, "neo4j"),
        password=password if password is not None else os.environ.get(ENV_PASSWORD, ""),
        database=database or os.environ.get(ENV_DATABASE) or None,
    )


def connect(endpoint: Endpoint) -> Driver:
    """A driver whose server has answered and accepted the credentials and the database."""
    driver = GraphDatabase.driver(
        endpoint.uri, auth=(endpoint.user, endpoint.password), connection_timeout=CONNECT_TIMEOUT_S
    )
    try:
        with driver.session(database=endpoint.database) as session:  # one try: no managed retries
            session.run("RETURN 1").consume()
    except BaseException as exc:
        driver.close()
        if isinstance(exc, Exception):
            raise StoreError(describe_failure(exc, endpoint)) from None
        raise
    return driver


def describe_failure(exc: Exception, endpoint: Endpoint) -> str:
    """The one line a user needs: which store, and what went wrong with it."""
    where = f"graph store at {endpoint.uri}"
    if isinstance(exc, AuthError):
        return f"the {where} refused user {endpoint.user!r}: wrong user or password"
    if isinstance(exc, ServiceUnavailable):
        return f"no {where} answers (is it running?)"
    if isinstance(exc, ClientError) and "DatabaseNotFound" in (exc.code or ""):
        return f"the {where} has no database {endpoint.database!r}"
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"the {where} failed: {first_line}"
