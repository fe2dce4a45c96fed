"""Which write controls the user may use: on a team workspace, what their role allows.

``refusal(workspace, needed)`` is None when the user may do work that needs the role
``needed`` (manager: imports and notes; admin: settings, model versions, undo), else the
sentence shown as the disabled control's tooltip. An SQLite file, or a server workspace
without roles, allows everything. The role is asked once per open workspace.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from storage.roles import ROLES
from storage.workspace import Workspace

_roles: WeakKeyDictionary[Workspace, str | None] = WeakKeyDictionary()


def role(workspace: Workspace) -> str | None:
    if workspace not in _roles:
        from storage.team import user_role

        try:
            _roles[workspace] = user_role(workspace)
        except Exception:  # noqa: BLE001 - cannot tell: let the database decide on each write
            _roles[workspace] = None
    return _roles[workspace]


def refusal(workspace: Workspace, needed: str) -> str | None:
    held = role(workspace)
    if held is None or (held in ROLES and ROLES.index(held) >= ROLES.index(needed)):
        return None
    if held == "none":
        return arg(QCoreApplication.translate(
            "write_access", "Your database user has no role on this team workspace; this needs the %1 role."), needed)
    return arg(QCoreApplication.translate(
        "write_access", "Your database user has the %1 role on this team workspace; this needs the %2 role."), held, needed)


def allow(widget, workspace: Workspace, needed: str, wanted: bool = True) -> None:
    """Enable ``widget`` (a widget or an action) when ``wanted`` and the role allows it."""
    reason = refusal(workspace, needed)
    widget.setEnabled(wanted and reason is None)
    if reason is not None:
        widget.setToolTip(reason)
