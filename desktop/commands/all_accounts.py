"""The ``--all-accounts`` option that ``kpis``, ``health`` and ``report`` share.

Apart from the ``kpis`` command, so ``health`` can offer it without importing the KPI
catalog it never computes.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_all_accounts(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--all-accounts", action="store_true",
                        help=translate("KpisCommand", "also count the accounts not on the target list (default: the "
                        "portfolio, i.e. the target accounts)"))
