"""The `abm-health import_cmd` subcommand (not built yet)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Registers nothing until the command exists, so --help lists only what works."""
