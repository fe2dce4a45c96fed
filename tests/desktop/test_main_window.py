"""The main window opens on a workspace and shows its target accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.portfolio_model import ITEM_ROLE, SORT_ROLE


def _add_accounts(workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, tier, owner, is_target) VALUES "
            "('Łódź Maszyny sp. z o.o.', 2, 'Ewa', 1), ('株式会社さくら精機', 1, 'Ken', 1), "
            "('Not a target', 3, 'Ewa', 0)"
        )


def test_window_shows_target_accounts(qtbot, workspace, qtmodeltester):
    _add_accounts(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.proxy.rowCount() == 2
    qtmodeltester.check(window.model)
    names = {window.proxy.index(r, 0).data() for r in range(2)}
    assert names == {"Łódź Maszyny sp. z o.o.", "株式会社さくら精機"}


def test_search_filters_and_sort_uses_raw_values(qtbot, workspace):
    _add_accounts(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(0, 1).data(SORT_ROLE) == 1
    window.search.setText("さくら")  # QTest.keyClicks only types ASCII
    assert window.proxy.rowCount() == 1
    assert isinstance(window.proxy.index(0, 0).data(ITEM_ROLE), int)
