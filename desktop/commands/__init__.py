"""One module per ``abm-health`` subcommand; each exposes ``register(subparsers)``."""
