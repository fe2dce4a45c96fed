"""Changing one workspace setting from the command line, checked against what is stored.

The value is read by ``domain.setting_values``; here the workspace adds its own rule: the
currency can change only while no amount is stored, since amounts are kept, never
converted, in the workspace currency. The check and the write are one transaction.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, insert, text
from sqlalchemy.engine import Connection

from domain.setting_values import SettingError, parse_setting
from domain.settings import WorkspaceSettings
from storage.schema import Setting
from storage.settings_repo import load_settings
from storage.workspace import Workspace

# (what, table, column): every stored amount in the workspace currency. Zero is the default
# of a cost or an ARR left blank, so only other values count as amounts.
AMOUNTS = (
    ("opportunity amount(s)", "opportunities", "amount"),
    ("subscription ARR value(s)", "subscriptions", "arr"),
    ("campaign cost(s)", "campaigns", "cost"),
    ("account annual revenue(s)", "accounts", "annual_revenue"),
)
_TABLE_OF = {what: table for what, table, _ in AMOUNTS}


def stored_amounts(conn: Connection) -> dict[str, int]:
    """How many amounts each table holds (tables and columns are ours, not user input)."""
    counts = {}
    for what, table, column in AMOUNTS:
        n = conn.execute(text(f'SELECT COUNT(*) FROM {table} WHERE "{column}" IS NOT NULL '
                              f'AND "{column}" <> 0')).scalar_one()
        if n:
            counts[what] = int(n)
    return counts


def change_setting(workspace: Workspace, key: str, value_text: str
                   ) -> tuple[WorkspaceSettings, WorkspaceSettings]:
    """(old, new) settings after setting ``key``; SettingError with a sentence when the
    key or value is wrong, or the currency can't change."""
    current = load_settings(workspace)
    value: Any = parse_setting(key, value_text, current)
    new = replace(current, **{key: value})
    with workspace.transaction() as conn:
        if key == "currency" and value != current.currency:
            amounts = stored_amounts(conn)
            if amounts:
                listed = ", ".join(f"{n:,} {what}" for what, n in amounts.items())
                # The kind and facts let the desktop word it; the amounts by table.
                raise SettingError(
                    f"the currency stays {current.currency}: the workspace holds amounts in "
                    f"{current.currency} ({listed}), and amounts are never converted. Load an "
                    f"export in {value} into a new workspace (--workspace NEW.sqlite).",
                    "currency_locked", current=current.currency, new=value,
                    amounts={_TABLE_OF[what]: n for what, n in amounts.items()})
        stored = new.to_mapping()[key]
        conn.execute(delete(Setting).where(Setting.key == key))
        conn.execute(insert(Setting).values(key=key, value=json.dumps(stored, ensure_ascii=False)))
    return current, new
