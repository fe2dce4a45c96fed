"""Screenshot builders for the export dialog (listed in ``desktop.screenshots``).

Two states: opened from the portfolio (the meeting pack chosen, with its period and scope)
and opened from the account page (the account report preselected). The dialog is grabbed
at its own size; nothing is exported.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Wait = Callable[[Callable[[], bool]], None]
_shown: list[QWidget] = []


def close_dialogs() -> None:
    while _shown:
        _shown.pop().close()


def _export_meeting(window, wait: Wait) -> QWidget:
    from desktop.export.dialog import MEETING

    close_dialogs()
    window.show_portfolio()
    dialog = window.open_export()
    _shown.append(dialog)
    dialog.kind_buttons[MEETING].setChecked(True)
    wait(lambda: True)
    return dialog


def _export_account(window, wait: Wait) -> QWidget:
    close_dialogs()
    page = window.account
    if page.data is None:  # no account screen before this one: open the first account
        window.state.request_account(int(window.state.extras["portfolio"]["id"].iloc[0]))
        wait(lambda: page.data is not None)
    window.stack.setCurrentWidget(page)
    dialog = window.open_export()
    _shown.append(dialog)
    wait(lambda: True)
    return dialog


SCREENS: list[tuple[str, Callable[[object, Wait], QWidget]]] = [
    ("export", _export_meeting),
    ("export-account", _export_account),
]
