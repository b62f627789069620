"""The command-line options that choose a store, shared by every command that opens one.

Why shared: ``kg load``, ``kg query`` (and ``kg build`` when it loads) must
accept the same flags with the same defaults and precedence, or a user who
loads into one store ends up querying another.
"""

from __future__ import annotations

import argparse

from kg.store.connection import ENV_DATABASE, ENV_PASSWORD, ENV_URI, ENV_USER
from kg.store.embedded import DEFAULT_DATA_DIR, PASSWORD_ENV


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
