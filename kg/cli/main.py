"""The ``kg`` command: a thin layer over plain functions.

Each subcommand lives in its own module under ``kg.cli`` exposing
``register(subparsers)``; that function adds the parser and sets ``func`` to a
callable taking the parsed args and returning an exit status. Commands raise
``kg.errors.KgError`` for anything that goes wrong; ``run`` is the one place
that turns it into a ``kg: <message>`` line on stderr and its exit status
(the table is in kg/errors.py and the README).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys

from kg.errors import EXIT_INTERRUPTED, KgError

COMMANDS = (
    "build",
    "serve",
    "load",
    "query",
    "view",
    "explore",
    "report",
    "export",
    "eval",
    "train_ner",
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs from Chinese local-government news."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"kg.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kg.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def leave_if_jvm_running(status: int) -> None:
    """End the process now when the embedded store's JVM was started in it.

    Interpreter shutdown with a live JVM (jpype) can crash with a segmentation
    fault after all work is done, turning a good run into a failed one. Once
    every store is closed and the output flushed, nothing is left to finalise.
    """
    jpype = sys.modules.get("jpype")
    if jpype is not None and jpype.isJVMStarted():
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(ValueError, OSError):  # closed by a broken pipe
                stream.flush()
        os._exit(status)


def main(argv: list[str] | None = None) -> int:
    status = run(argv)
    if argv is None:  # the console script, not a caller in Python
        leave_if_jvm_running(status)
    return status


def run(argv: list[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is no UTF-8 is still printed
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = make_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:  # the driver logs each retry on many lines; kg says what failed, once
        logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    try:
        return int(args.func(args) or 0)
    except KgError as exc:
        print(f"kg: {one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # kg query … | head
        sys.stderr.close()
        return 0


def one_line(exc: Exception) -> str:
    """The message on one line, however the error was worded; an option named as the command
    spells it (--cache, not cache_dir)."""
    if hasattr(exc, "option") and hasattr(exc, "problem"):  # kg.builder.options.OptionError
        from kg.cli.options import CLI_NAMES

        exc = Exception(f"{CLI_NAMES.get(exc.option, exc.option)}: {exc.problem}")
    return (
        " ".join(part.strip() for part in str(exc).splitlines() if part.strip())
        or type(exc).__name__
    )


if __name__ == "__main__":
    sys.exit(main())
