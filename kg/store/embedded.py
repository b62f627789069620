"""The embedded graph store: ArcadeDB (with its own Java) serving Bolt inside this process.

Why: users get a Cypher store with no install or service to run, and the same
driver code serves them and a real Neo4j. The server binds 127.0.0.1 only, on
free ports, and keeps everything under one data folder:

    DATA/root-password      the generated root password, mode 0600 (unless KG_STORE_PASSWORD is set)
    DATA/server.json        while ``kg serve`` runs: its pid and ports (never the password)
    DATA/log/               ArcadeDB's console output and log files, kept off the terminal
    DATA/databases/kg/      the graph

A second process that finds ``server.json`` of a live server uses that server
instead of opening the folder itself (ArcadeDB lets one process hold it).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

from kg.store.connection import Endpoint, StoreError

DEFAULT_DATA_DIR = "kg-data"
DATABASE = "kg"
USER = "root"
PASSWORD_ENV = "KG_STORE_PASSWORD"
PASSWORD_FILE = "root-password"
STATE_FILE = "server.json"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
# The JIT's first tier only: kg's store runs are short (a load, a query), and the second
# tier's compiler threads spent more CPU than they saved; a load took about half the CPU
# time with this flag (docs/store.md). ARCADEDB_JVM_ARGS naming the flag overrides it.
JIT_FLAG = "-XX:TieredStopAtLevel="
JIT_ARGS = (JIT_FLAG + "1",)

log = logging.getLogger(__name__)


def password_file(data_dir: str | Path) -> Path:
    return Path(data_dir) / PASSWORD_FILE


def root_password(data_dir: str | Path) -> str:
    """KG_STORE_PASSWORD when set, else the folder's own password, generated on first use.

    ArcadeDB fixes the root password when it first creates the folder's users,
    so the same folder must be opened with the same password afterwards.
    """
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    path = password_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    password = secrets.token_urlsafe(24)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return password


def free_port(preferred: int = 0) -> int:
    """``preferred`` when it can be bound on 127.0.0.1, else a port the system picks."""
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the Java listeners do
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise StoreError("no free port on 127.0.0.1")


def store_exists(data_dir: str | Path) -> bool:
    """Whether ``data_dir`` holds a store (or a live ``kg serve`` serves it): what commands
    that only read check, so that a typo in ``--data`` does not create an empty store."""
    return (Path(data_dir) / "databases" / DATABASE).is_dir() or running_server(
        data_dir
    ) is not None


def running_server(data_dir: str | Path) -> dict | None:
    """The state of a live ``kg serve`` on this folder, or None (a stale file is ignored)."""
    path = Path(data_dir) / STATE_FILE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        os.kill(int(state["pid"]), 0)
        with socket.create_connection(("127.0.0.1", int(state["bolt_port"])), timeout=2):
            return state
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def embedded_store(
    data_dir: str | Path = DEFAULT_DATA_DIR,
    bolt_port: int = 0,
    http_port: int = 0,
    advertise: bool = False,
) -> Iterator[Endpoint]:
    """The Bolt endpoint of the store in ``data_dir``: a live ``kg serve`` on it, or a server
    started here and stopped on exit. ``advertise`` writes server.json so that other
    processes use this one (what ``kg serve`` does). Ports 0 mean any free port.

    Close drivers before leaving: ArcadeDB waits for open Bolt sessions when it stops.
    """
    data = Path(data_dir).resolve()
    password = root_password(data)
    state = running_server(data)
    if state:
        if advertise:
            raise StoreError(
                f"a kg serve (pid {state['pid']}) already serves {data} "
                f"at bolt://127.0.0.1:{state['bolt_port']}"
            )
        yield Endpoint(f"bolt://127.0.0.1:{state['bolt_port']}", USER, password, DATABASE)
        return
    server, ports = _start(data, password, bolt_port, http_port)
    state_path = data / STATE_FILE
    try:
        if advertise:
            state_path.write_text(json.dumps({"pid": os.getpid(), **ports}), encoding="utf-8")
        yield Endpoint(f"bolt://127.0.0.1:{ports['bolt_port']}", USER, password, DATABASE)
    finally:
        if advertise:
            state_path.unlink(missing_ok=True)
        server.stop()


def _start(data: Path, password: str, bolt_port: int, http_port: int):
    """Start ArcadeDB with its Bolt plugin on loopback and make sure the kg database exists."""
    log_dir = data / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    _quiet_jvm(log_dir)
    from arcadedb_embedded import ArcadeDBError, create_server

    ports = {"bolt_port": free_port(bolt_port), "http_port": free_port(http_port)}
    while ports["http_port"] == ports["bolt_port"]:  # two picks of "any free port" can agree
        ports["http_port"] = free_port()
    config = {
        "host": "127.0.0.1",
        "http_port": ports["http_port"],
        "server_plugins": BOLT_PLUGIN,
        "bolt_port": ports["bolt_port"],
    }
    server = create_server(str(data), password, config=config)
    try:
        server.start()
    except ArcadeDBError as exc:
        raise StoreError(
            f"the embedded store in {data} did not start ({_first_line(exc)}); "
            f"see {log_dir / 'arcadedb.log'}"
        ) from None
    try:
        server.create_database(DATABASE)  # opens it when it exists
    except ArcadeDBError as exc:
        server.stop()
        raise StoreError(
            f"the embedded store in {data} cannot open its database "
            f"({_first_line(exc)}); is another process using the folder?"
        ) from None
    log.info(
        "embedded store %s: bolt port %s, http port %s",
        data,
        ports["bolt_port"],
        ports["http_port"],
    )
    return server, ports


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


@contextlib.contextmanager
def _python_keeps_signals() -> Iterator[None]:
    """Take SIGTERM and SIGHUP back from the JVM once it has started.

    The JVM's own handlers end the process from a Java thread, skipping Python's
    ``finally`` blocks (the server is not stopped) and crashing in jpype. Python's
    handlers are put back; where there were none, the signal exits through
    SystemExit, so that open stores are closed on the way out.
    """
    signums = (signal.SIGTERM, signal.SIGHUP)
    before = {signum: signal.getsignal(signum) for signum in signums}
    yield
    if threading.current_thread() is not threading.main_thread():
        return
    for signum, handler in before.items():
        signal.signal(signum, handler if handler not in (signal.SIG_DFL, None) else _exit_on_signal)


def jit_args() -> tuple[str, ...]:
    """JIT_ARGS, unless the user's ARCADEDB_JVM_ARGS chooses the tier."""
    return () if JIT_FLAG in os.environ.get("ARCADEDB_JVM_ARGS", "") else JIT_ARGS


def _exit_on_signal(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _quiet_jvm(log_dir: Path) -> None:
    """Send the JVM's and ArcadeDB's console output to ``log_dir`` instead of the terminal.

    The JVM prints a warning on fd 2 while starting, so fd 1 and 2 point at the
    log file for that moment; afterwards Java's System.out/err and ArcadeDB's
    java.util.logging (whose default also writes ./log/ in the working folder)
    are pointed at the same folder.
    """
    import jpype
    from arcadedb_embedded.jvm import start_jvm

    console = log_dir / "console.log"
    if not jpype.isJVMStarted():
        saved = {fd: os.dup(fd) for fd in (1, 2)}
        error_file = os.environ.get("ARCADEDB_JVM_ERROR_FILE")
        os.environ["ARCADEDB_JVM_ERROR_FILE"] = str(log_dir / "hs_err_pid%p.log")
        try:
            with open(console, "ab") as out:
                for fd in (1, 2):
                    os.dup2(out.fileno(), fd)
                with _python_keeps_signals():
                    start_jvm(jvm_args=jit_args())
        finally:
            for fd, copy in saved.items():
                os.dup2(copy, fd)
                os.close(copy)
            if error_file is None:
                os.environ.pop("ARCADEDB_JVM_ERROR_FILE", None)
            else:
                os.environ["ARCADEDB_JVM_ERROR_FILE"] = error_file
    System = jpype.JClass("java.lang.System")
    stream = jpype.JClass("java.io.PrintStream")(
        jpype.JClass("java.io.FileOutputStream")(str(console), True), True, "UTF-8"
    )
    System.setOut(stream)
    System.setErr(stream)
    pattern = (log_dir / "arcadedb.log").as_posix().replace("%", "%%")
    properties = log_dir / "logging.properties"
    properties.write_text(
        "handlers = java.util.logging.FileHandler\n"
        ".level = INFO\nio.undertow.level = WARNING\n"
        "org.xnio.level = WARNING\norg.jboss.level = WARNING\n"
        f"java.util.logging.FileHandler.pattern = {pattern}\n"
        "java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter\n"
        "java.util.logging.FileHandler.limit = 10000000\njava.util.logging.FileHandler.count = 3\n"
        "java.util.logging.FileHandler.append = true\n",
        encoding="utf-8",
    )
    System.setProperty("java.util.logging.config.file", properties.as_posix())
    jpype.JClass("java.util.logging.LogManager").getLogManager().readConfiguration()
