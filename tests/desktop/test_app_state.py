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


def test_the_likelihood_is_fitted_after_the_first_paint_with_the_same_numbers(qtbot, tmp_path):
    import numpy as np

    from storage.demo import fill_demo
    from storage.health_calibration import SUFFIX
    from storage.health_service import portfolio_health
    from storage.workspace import Workspace

    day = date(2026, 11, 23)
    path = tmp_path / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=40, events=4000, seed=3, as_of=day)
    fit_file = path.with_name(path.name + SUFFIX)
    with Workspace.open(path) as ws:
        state = AppState(ws, day)
        seen: list[tuple[str, bool, int]] = []

        def saw(signal: str) -> None:
            shown = int(state.extras["portfolio"]["likelihood"].notna().sum())
            seen.append((signal, state.likelihood_pending, shown))

        state.data_changed.connect(lambda: saw("data"))
        state.likelihoods_ready.connect(lambda: saw("likelihoods"))
        with qtbot.waitSignals([state.data_changed, state.likelihoods_ready], timeout=120_000,
                               order="strict"):
            state.reload()
        # First the scores with no likelihood (nothing fitted yet), then the likelihoods; the
        # screens that do not show them are not told the data changed again.
        assert seen[0] == ("data", True, 0)
        assert seen[1][:2] == ("likelihoods", False) and seen[1][2] > 0
        assert len(seen) == 2
        assert fit_file.exists()
        shown = state.health.table["likelihood"]
    # The same numbers as fitting in line, as `abm-health health` does.
    with Workspace.open(path) as ws:
        fit_file.unlink()
        in_line = portfolio_health(ws, day).table["likelihood"]
        assert np.array_equal(shown.to_numpy(), in_line.to_numpy(), equal_nan=True)
        # A later load finds the stored fit (kept to six decimals) and shows it at once.
        again = AppState(ws, day)
        with qtbot.waitSignal(again.data_changed, timeout=120_000):
            again.reload()
        assert not again.likelihood_pending
        later = again.health.table["likelihood"].to_numpy()
        assert np.array_equal(later, portfolio_health(ws, day).table["likelihood"].to_numpy(),
                              equal_nan=True)
        assert np.allclose(later, in_line.to_numpy(), atol=1e-6, equal_nan=True)
