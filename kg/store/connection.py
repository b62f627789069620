"""Where the graph store is and how to reach it: an ``Endpoint`` and a verified driver.

Kept apart from the embedded server so that the same code talks to the user's
Neo4j and to the in-process ArcadeDB: both speak Bolt. Failures become one-line
``StoreError`` messages that name the URI (never the password), because the
driver's own messages span lines and do not say which store was meant.

A URI is checked before the driver sees it: ``localhost:7687`` (no scheme) and
``http://…`` are not Bolt, and the driver's complaint about them is a traceback
that repeats the URI, password included when the URI holds one. Credentials in
a URI (``bolt://user:pw@host``) are taken as the user and password and cut
from the URI, which is then the only form of it kg ever prints.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ServiceUnavailable

from kg.errors import StoreFailure, UsageError

ENV_URI, ENV_USER, ENV_PASSWORD, ENV_DATABASE = (
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
)
CONNECT_TIMEOUT_S = 10.0
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
USERINFO = re.compile(r"(?<=//)[^/@]*@")


class StoreError(StoreFailure):
    """A store that is down, refuses us or lacks the database: one line for the user."""


class UriError(UsageError, ValueError):
    """A store URI that is not a Bolt URI kg can use; the message never holds a password."""


def shown_uri(uri: str) -> str:
    """The URI as kg prints it: without any user or password it holds."""
    return USERINFO.sub("", uri)


def split_uri(uri: str, source: str = "--uri") -> tuple[str, str | None, str | None]:
    """(the URI without credentials, its user, its password): raises ``UriError`` naming
    ``source`` (the option or variable it came from) when it is no Bolt URI."""
    expected = "expected bolt://HOST:PORT or neo4j://HOST:PORT"
    try:
        parts = urlsplit(uri.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as exc:
        raise UriError(f"{source} {shown_uri(uri)!r} cannot be read ({exc}); {expected}") from None
    if parts.scheme.lower() in ("http", "https"):
        raise UriError(
            f"{source} {shown_uri(uri)!r}: kg talks to stores over Bolt, not HTTP; "
            f"{expected} (Neo4j's Bolt port is 7687)"
        )
    if parts.scheme.lower() not in BOLT_SCHEMES or not parts.hostname:
        raise UriError(f"{source} {shown_uri(uri)!r} is not a Bolt URI; {expected}")
    netloc = parts.netloc.rpartition("@")[2]
    bare = parts._replace(netloc=netloc).geturl()
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return bare, user, password


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
    source = "--uri" if uri else f"${ENV_URI}"
    uri = uri or os.environ.get(ENV_URI)
    if not uri:
        return None
    uri, uri_user, uri_password = split_uri(uri, source)
    if password is None:
        password = uri_password if uri_password is not None else os.environ.get(ENV_PASSWORD, "")
    return Endpoint(
        uri=uri,
        user=user or uri_user or os.environ.get(ENV_USER, "neo4j"),
        password=password,
        database=database or os.environ.get(ENV_DATABASE) or None,
    )


def connect(endpoint: Endpoint) -> Driver:
    """A driver whose server has answered and accepted the credentials and the database."""
    try:
        driver = GraphDatabase.driver(
            endpoint.uri,
            auth=(endpoint.user, endpoint.password),
            connection_timeout=CONNECT_TIMEOUT_S,
        )
    except (ConfigurationError, ValueError) as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UriError(
            f"the store URI {shown_uri(endpoint.uri)!r} was refused: {shown_uri(first_line)}"
        ) from None
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
