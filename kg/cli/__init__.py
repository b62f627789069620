"""The ``kg`` command: one module per subcommand, a thin layer over plain functions."""

from kg.cli.main import main

__all__ = ["main"]
