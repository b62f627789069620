"""The errors kg reports to its user, and the exit status of each kind.

Every error a user can act on derives from ``KgError``; its message is one
line that names the file, option, query or store concerned. The command line
(``kg.cli.main.run``) catches them in one place, prints ``kg: <message>`` on
stderr and exits with the error's ``exit_code``:

====  ====================================================================
code  meaning
====  ====================================================================
0     done
1     bad input or a failed build step: an unreadable file or article (the
      rest of the batch is still built), a graph or gold file that cannot be
      read, nothing to draw for ``kg view --around``, a ``--cluster`` that
      cannot finish (no worker left, a worker unlike this machine)
2     usage: a bad option or option value (``--date``, a malformed
      ``--gazetteer`` file, a ``--cluster`` address where no scheduler
      answers), an unknown stored query or parameter, a stored
      query that cannot run as written (argparse's own errors exit 2 too)
3     the graph store is unreachable, refuses the credentials, lacks the
      database or fails while loading
4     setup: a model kg needs is not installed (run ``make setup``)
130   interrupted (Ctrl-C)
====  ====================================================================

The library raises the same classes, so Python callers can catch
``KgError`` (or one kind) without parsing messages. Each concrete error
keeps its historical base too (``ValueError``, ``RuntimeError``) where it had
one, so existing ``except`` clauses still work.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_SETUP = 4
EXIT_INTERRUPTED = 130


class KgError(Exception):
    """An error for the user: a one-line message and the exit status it warrants."""

    exit_code: int = EXIT_INPUT


class UsageError(KgError):
    """The command was called wrongly: a bad option, value, query name or parameter."""

    exit_code = EXIT_USAGE


class StoreFailure(KgError):
    """The graph store is unreachable, refuses us, or failed."""

    exit_code = EXIT_STORE


class SetupError(KgError):
    """Something ``make setup`` installs is missing (a model, a data file)."""

    exit_code = EXIT_SETUP
