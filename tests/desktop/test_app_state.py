"""AppState loads the workspace off the GUI thread and tells the pages."""

from __future__ import annotations

from datetime import date

from desktop.shared.app_state import AppState


def test_reload_fills_frames_and_emits_data_changed(qtbot, workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, tier, owner, is_target) VALUES ('Acme', 1, 'Ewa', 1)"
        )
    state = AppState(workspace, date(2026, 11, 23))
    assert not state.loaded
    with qtbot.waitSignal(state.data_changed, timeout=10_000):
        state.reload()
    assert list(state.frames.accounts["name"]) == ["Acme"]
    assert state.settings.currency == "USD"
    assert not state.loading


def test_request_account_emits_the_id(qtbot, workspace):
    state = AppState(workspace, date(2026, 11, 23))
    with qtbot.waitSignal(state.account_requested) as blocker:
        state.request_account(7)
    assert blocker.args == [7]


def test_a_quick_start_shows_the_stored_portfolio_before_the_full_load(qtbot, workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, tier, owner, is_target) VALUES ('Acme', 1, 'Ewa', 1), "
            "('Borealis', 2, 'Ken', 1)"
        )
    first = AppState(workspace, date(2026, 11, 23))
    with qtbot.waitSignal(first.data_changed, timeout=20_000):
        first.reload()  # a full load stores the portfolio table
    second = AppState(workspace, date(2026, 11, 23))
    seen: list[tuple[bool, list[str]]] = []
    second.portfolio_ready.connect(
        lambda: seen.append((second.loaded, sorted(second.extras["portfolio"]["name"]))))
    with qtbot.waitSignal(second.data_changed, timeout=20_000):
        second.reload(quick=True)
    # First the stored table (frames not loaded yet), then the full load.
    assert seen == [(False, ["Acme", "Borealis"]), (True, ["Acme", "Borealis"])]
