"""``kg serve [--data DIR]``: keep the embedded store running for Bolt clients and kg commands."""

from __future__ import annotations

import argparse
import os
import signal
import time
from pathlib import Path

from kg.store.embedded import (
    DATABASE,
    DEFAULT_DATA_DIR,
    PASSWORD_ENV,
    USER,
    embedded_store,
    password_file,
    running_server,
)


def register(sub) -> None:
    p = sub.add_parser(
        "serve",
        help="run the embedded graph store until Ctrl-C",
        description="Run the embedded graph store (ArcadeDB with its Bolt plugin, "
        "127.0.0.1 only) and print how to connect to it. kg load and "
        "kg query on the same --data use this server while it runs.",
    )
    p.add_argument(
        "--data",
        default=DEFAULT_DATA_DIR,
        metavar="DIR",
        help=f"store folder (default: {DEFAULT_DATA_DIR})",
    )
    p.add_argument(
        "--bolt-port",
        type=port,
        default=7687,
        help="Bolt port, taken when free, else any free port (default: 7687)",
    )
    p.add_argument(
        "--http-port",
        type=port,
        default=2480,
        help="ArcadeDB HTTP port, taken when free, else any free port (default: 2480)",
    )
    p.set_defaults(func=run)


def port(text: str) -> int:
    """An argparse type: a TCP port number, 0 for any free one."""
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(
            f"expected a port number from 1 to 65535 (0: any free port), not {text!r}"
        )
    return int(text)


def run(args: argparse.Namespace) -> int:
    from kg.builder.outputs import check_writable_folder

    check_writable_folder(args.data, "data")
    data = Path(args.data).resolve()
    with embedded_store(data, args.bolt_port, args.http_port, advertise=True) as endpoint:
        print(connection_help(data, endpoint.uri, running_server(data) or {}), flush=True)
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(signum, stop)
        try:
            while True:  # short sleeps: a signal caught by a Java thread is seen within a second
                time.sleep(1)
        except KeyboardInterrupt:
            print("kg serve: stopping", flush=True)
    return 0


def stop(signum, frame) -> None:
    raise KeyboardInterrupt


def connection_help(data: Path, uri: str, state: dict) -> str:
    secret = (
        f"${PASSWORD_ENV} (set in this shell)"
        if os.environ.get(PASSWORD_ENV)
        else f"in {password_file(data)} (mode 0600)"
    )
    lines = [
        f"kg serve: the embedded graph store in {data} is running (Ctrl-C stops it)",
        f"  Bolt URI   {uri}   (listens on 127.0.0.1 only)",
        f"  database   {DATABASE}",
        f"  user       {USER}",
        f"  password   {secret}",
    ]
    if state.get("http_port"):
        lines.append(
            f"  HTTP API   http://127.0.0.1:{state['http_port']}/  (ArcadeDB's; the Python "
            "package ships no Studio)"
        )
    lines += [
        "",
        f"  kg query who-did-what --param name=李春晓 --data {data}",
        f'  Python: neo4j.GraphDatabase.driver("{uri}", auth=("{USER}", password)); '
        f'session(database="{DATABASE}")',
    ]
    return "\n".join(lines)
