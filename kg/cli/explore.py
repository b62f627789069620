"""``kg explore [--data DIR | --uri …]``: the graph in a browser, served on 127.0.0.1."""

from __future__ import annotations

import argparse
import signal
import sys

from kg.cli.options import add_store_arguments, store_arguments
from kg.explore.server import LOOPBACK

DEFAULT_PORT = 8765


def register(sub) -> None:
    p = sub.add_parser(
        "explore",
        help="explore the graph in a browser (search, neighbourhoods, evidence, stored queries)",
        description="Serve a local web page over the graph store (the embedded one by "
        "default, or your Neo4j): search names, expand neighbourhoods, read each edge's "
        "evidence, run the stored queries, export the view as PNG or GraphML. Read-only; "
        "listens on 127.0.0.1. While it runs, kg query and kg load on the same --data use "
        "its store.",
    )
    p.add_argument(
        "--host",
        default=LOOPBACK,
        help=f"address to listen on (default: {LOOPBACK}; anything else lets other "
        "machines read the graph)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port to listen on; 0 picks a free one (default: {DEFAULT_PORT})",
    )
    add_store_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.explore.app import make_app
    from kg.explore.reads import name_index
    from kg.explore.server import bind, serve, url_of
    from kg.store import open_store
    from kg.store.connection import endpoint_from_env
    from kg.store.queries import load_queries

    queries = load_queries()
    sock = bind(args.host, args.port)
    with open_store(**store_arguments(args), advertise=True) as store:
        names = name_index(store)
        hosts = ("127.0.0.1", "localhost") if args.host == LOOPBACK else ("*",)
        app = make_app(store, names, queries, allowed_hosts=hosts)
        if args.host != LOOPBACK:
            print(
                f"kg: warning: listening on {args.host}: other machines can read the graph",
                file=sys.stderr,
            )
        embedded = endpoint_from_env(args.uri) is None
        print(
            banner(url_of(sock), store.where, len(names.names.entries), embedded, args.data),
            flush=True,
        )
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(signum, stop)
        try:
            serve(app, sock)
        except KeyboardInterrupt:
            print("kg explore: stopping", flush=True)
    return 0


def stop(signum, frame) -> None:
    """uvicorn raises the signal again once it has shut down: end the ``with`` block here."""
    raise KeyboardInterrupt


def banner(url: str, where: str, names: int, embedded: bool, data: str) -> str:
    lines = [
        f"kg explore: {url}  (Ctrl-C stops it)",
        f"  reading {where}, {names} names to search; read-only",
    ]
    if embedded:
        lines.append(f"  kg query and kg load with --data {data} use this store while it runs")
    return "\n".join(lines)
