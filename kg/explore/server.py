"""Serving the explorer: a socket bound here, uvicorn serving the application on it.

Why bind the socket ourselves: the address is known (and printed) before the
server starts, port 0 picks any free port, and a port already taken is one
clear error naming ``--port`` instead of a server that exits on its own.
``serving`` runs the same server in a background thread, for tests and the
benchmark.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from kg.errors import UsageError

LOOPBACK = "127.0.0.1"


def bind(host: str = LOOPBACK, port: int = 0) -> socket.socket:
    """A listening TCP socket on ``host``:``port``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP said outright: asyncio turns Nagle off (TCP_NODELAY) only on connections of
    # such a socket, and with Nagle on every answer waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"--host {host} --port {port}: cannot listen there ({exc.strerror})"
        ) from None
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"


def server_for(app) -> uvicorn.Server:
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    return uvicorn.Server(config)


def serve(app, sock: socket.socket) -> None:
    """Serve until Ctrl-C or SIGTERM (uvicorn finishes the requests in flight, then the signal
    is raised again for the caller's handler)."""
    server_for(app).run(sockets=[sock])


@contextlib.contextmanager
def serving(app, host: str = LOOPBACK, port: int = 0) -> Iterator[str]:
    """The application served from a background thread; yields its base URL."""
    sock = bind(host, port)
    server = server_for(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            time.sleep(0.02)
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
