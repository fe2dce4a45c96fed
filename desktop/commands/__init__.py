"""One module per ``abm-health`` subcommand; each exposes ``register(subparsers)``.

May import ``desktop.reports`` and ``desktop.shared``, ``domain`` and ``storage``; never a
screen, nor ``desktop.cli`` (the exit codes and ``UsageError`` live in ``exits``).
"""
