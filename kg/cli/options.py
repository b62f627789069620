"""The command-line options that choose a store, shared by every command that opens one.

Why shared: ``kg load``, ``kg query`` (and ``kg build`` when it loads) must
accept the same flags with the same defaults and precedence, or a user who
loads into one store ends up querying another; and they must be checked the
same way, before any long work: a URI that is no Bolt URI, a ``--data`` folder
that cannot be written (for commands that write) or holds no store (for
``kg query``, which would otherwise create an empty one and answer 0 rows).
"""

from __future__ import annotations

import argparse

from kg.errors import UsageError
from kg.store.connection import ENV_DATABASE, ENV_PASSWORD, ENV_URI, ENV_USER, endpoint_from_env
from kg.store.embedded import DEFAULT_DATA_DIR, PASSWORD_ENV, store_exists

# the library's names of options (kg.builder.options.OptionError.option) as the command spells them
CLI_NAMES = {
    "paths": "INPUT",
    "out": "--out",
    "cache_dir": "--cache",
    "gazetteer": "--gazetteer",
    "workers": "--workers",
    "date": "--date",
    "home_city": "--home-city",
    "source": "--source",
    "data": "--data",
}


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "graph store",
        f"default: the embedded store in --data; with --uri or ${ENV_URI}: your Neo4j",
    )
    group.add_argument(
        "--data",
        default=DEFAULT_DATA_DIR,
        metavar="DIR",
        help=f"embedded store folder (default: {DEFAULT_DATA_DIR}; its password is "
        f"DIR/root-password unless ${PASSWORD_ENV} is set)",
    )
    group.add_argument(
        "--uri", help=f"Bolt URI of your Neo4j, e.g. bolt://localhost:7687 (or ${ENV_URI})"
    )
    group.add_argument("--user", help=f"Neo4j user (or ${ENV_USER}; default neo4j)")
    group.add_argument(
        "--password",
        help=f"Neo4j password; prefer ${ENV_PASSWORD}: a password given "
        "here shows in the process list",
    )
    group.add_argument(
        "--database", help=f"Neo4j database (or ${ENV_DATABASE}; default: the server's)"
    )


def store_arguments(args: argparse.Namespace) -> dict:
    """The keyword arguments of ``open_store`` / ``load_graph`` from parsed options."""
    return {
        "uri": args.uri,
        "user": args.user,
        "password": args.password,
        "database": args.database,
        "data_dir": args.data,
    }


def check_store_options(args: argparse.Namespace, reading: bool = False) -> None:
    """The store the options name can be used: a Bolt URI, or a ``--data`` folder that can be
    written (``reading``: that holds a store)."""
    if endpoint_from_env(args.uri, args.user, args.password, args.database) is not None:
        return  # the URI is checked; whether the store answers is seen when it is opened
    if reading:
        if not store_exists(args.data):
            raise UsageError(
                f"--data {args.data!r}: no graph store there (kg build or kg load makes one; "
                "with kg serve running, give its folder)"
            )
        return
    from kg.builder.outputs import check_writable_folder

    check_writable_folder(args.data, "data")


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value
