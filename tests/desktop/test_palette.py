"""Light and dark themes: every stylesheet token filled, palettes and chart colours follow."""

from __future__ import annotations

import re

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.shared import palette


def test_stylesheet_has_no_unfilled_tokens():
    for dark in (False, True):
        assert re.findall(r"@[a-z_]+", palette.stylesheet(dark)) == []


def test_apply_theme_switches_palette_and_chart_colours(qapp: QApplication):
    try:
        assert palette.apply_theme(qapp, "dark") is True
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert window.lightness() < 60
        assert palette.chart_colors().background == "#1f2227"
        assert palette.apply_theme(qapp, "light") is False
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        palette.apply_theme(qapp, "light")
        qapp.setStyleSheet("")


def test_every_event_kind_has_a_colour():
    from domain.enums import EventKind

    assert {k.value for k in EventKind} <= set(palette.EVENT_KIND_COLORS)
