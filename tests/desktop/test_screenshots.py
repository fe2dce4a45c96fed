"""The screenshot command renders a screen at 1440x900 from a workspace."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop.screenshots import render
from desktop.shared import palette
from tests.desktop.small_portfolio import AS_OF, fill


def test_portfolio_screenshot_is_written_at_1440x900(qapp, workspace, tmp_path):
    fill(workspace)
    try:
        written = render(tmp_path / "shots", workspace.path, AS_OF, ["light"], {"portfolio"})
    finally:
        palette.apply_theme(qapp, "light")
        qapp.setStyleSheet("")
    assert [p.name for p in written] == ["portfolio-light.png"]
    image = QImage(str(written[0]))
    assert (image.width(), image.height()) == (1440, 900)
