"""One palette for the whole window and every chart: bands, event kinds, light and dark.

Health bands and event kinds keep one colour each everywhere (table, account page,
dashboard, reports), slightly brightened in the dark theme so they read on a dark ground.
``apply_theme`` sets the Fusion style, a light or dark ``QPalette`` and the stylesheet from
``resources/style/app.qss``; ``chart_colors()`` gives pyqtgraph the matching ground, ink
and grid. Widgets that draw their own colours listen to ``theme_notifier().changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.band_labels import BAND_LABELS  # noqa: F401  (the bands' words, with their colours)

# -- health bands: customers for retention, prospects for buying intent ------------------
BAND_COLORS: dict[str, str] = {
    "healthy": "#2e9d5b",
    "watch": "#d99a1e",
    "at-risk": "#d64545",
    "churned": "#7b818b",
    "hot": "#e8590c",
    "warm": "#e9a23b",
    "cold": "#4f86c6",
    "no-data": "#b3b8c0",
}
_BAND_COLORS_DARK: dict[str, str] = {
    "healthy": "#4cc27e",
    "watch": "#f0b840",
    "at-risk": "#f06a6a",
    "churned": "#9aa1ab",
    "hot": "#ff7b36",
    "warm": "#f5bb5c",
    "cold": "#74a6e3",
    "no-data": "#8a9099",
}
CUSTOMER_BAND_ORDER: tuple[str, ...] = ("healthy", "watch", "at-risk", "churned")
PROSPECT_BAND_ORDER: tuple[str, ...] = ("hot", "warm", "cold")
BAND_ORDER: tuple[str, ...] = CUSTOMER_BAND_ORDER + PROSPECT_BAND_ORDER + ("no-data",)

# -- event kinds: grouped into families so a chart shows 7 readable series, not 19 ---------
KIND_FAMILIES: dict[str, tuple[str, ...]] = {
    "Email": ("email_sent", "email_delivered", "email_open", "email_click", "email_bounce",
              "email_unsubscribe"),
    "Content": ("content_view", "content_download"),
    "Web": ("web_visit", "page_view"),
    "Forms & CTAs": ("form_view", "form_fill", "cta_view", "cta_click"),
    "Ads & social": ("ad_click", "social_engagement"),
    "Webinars": ("webinar_registered", "webinar_attended"),
    "Media": ("media_mention",),
}
FAMILY_COLORS: dict[str, str] = {
    "Email": "#3b7dd8",
    "Content": "#8e5bd0",
    "Web": "#1f9e9a",
    "Forms & CTAs": "#e07b24",
    "Ads & social": "#d14f8f",
    "Webinars": "#5aa83a",
    "Media": "#8a8f98",
}
# The families' names as shown (the keys above stay the ids of the families).
FAMILY_LABELS = TranslatedLabels("EventFamilies", {
    "Email": QT_TRANSLATE_NOOP("EventFamilies", "Email"),
    "Content": QT_TRANSLATE_NOOP("EventFamilies", "Content"),
    "Web": QT_TRANSLATE_NOOP("EventFamilies", "Web"),
    "Forms & CTAs": QT_TRANSLATE_NOOP("EventFamilies", "Forms & CTAs"),
    "Ads & social": QT_TRANSLATE_NOOP("EventFamilies", "Ads & social"),
    "Webinars": QT_TRANSLATE_NOOP("EventFamilies", "Webinars"),
    "Media": QT_TRANSLATE_NOOP("EventFamilies", "Media"),
})
KIND_FAMILY: dict[str, str] = {kind: fam for fam, kinds in KIND_FAMILIES.items() for kind in kinds}
EVENT_KIND_COLORS: dict[str, str] = {kind: FAMILY_COLORS[fam] for kind, fam in KIND_FAMILY.items()}

# Neutral series for charts that are not about bands or kinds (in order of use).
SERIES_COLORS: tuple[str, ...] = (
    "#3b7dd8", "#e07b24", "#2e9d5b", "#8e5bd0", "#d14f8f", "#1f9e9a", "#8a8f98",
)

ACCENT = "#2f6fdf"
_ACCENT_DARK = "#5b93f0"

_dark = False


def is_dark() -> bool:
    """Whether the dark theme is in force (as last applied by ``apply_theme``)."""
    return _dark


def band_color(band: str | None, dark: bool | None = None) -> QColor:
    use_dark = _dark if dark is None else dark
    table = _BAND_COLORS_DARK if use_dark else BAND_COLORS
    return QColor(table.get(band or "", "#9aa1ab" if use_dark else "#7b818b"))


def band_label(band: str | None) -> str:
    return BAND_LABELS.get(band or "", "—")


def event_kind_color(kind: str) -> QColor:
    return QColor(EVENT_KIND_COLORS.get(kind, "#8a8f98"))


def accent_color(dark: bool | None = None) -> QColor:
    return QColor(_ACCENT_DARK if (_dark if dark is None else dark) else ACCENT)


@dataclass(frozen=True)
class ChartColors:
    background: str
    foreground: str
    muted: str
    grid: str
    accent: str
    bands: dict[str, str]
    series: tuple[str, ...]


def chart_colors(dark: bool | None = None) -> ChartColors:
    """Colours for pyqtgraph: ground, text, grid, accent, bands, neutral series."""
    use_dark = _dark if dark is None else dark
    if use_dark:
        return ChartColors("#1f2227", "#e3e6ea", "#9aa1ab", "#3a3f47", _ACCENT_DARK,
                           dict(_BAND_COLORS_DARK), SERIES_COLORS)
    return ChartColors("#ffffff", "#1d2127", "#6b7280", "#e3e6ea", ACCENT, dict(BAND_COLORS),
                       SERIES_COLORS)


# -- window palettes -----------------------------------------------------------------------
_LIGHT = {
    "window": "#f4f5f7", "base": "#ffffff", "alt": "#f7f8fa", "text": "#1d2127",
    "muted": "#6b7280", "border": "#dcdfe4", "button": "#ffffff", "highlight": ACCENT,
    "highlight_text": "#ffffff", "nav": "#e9ecf1", "nav_text": "#2b3038", "card": "#ffffff",
    "hover": "#eef2fb", "link": ACCENT, "tooltip": "#ffffff",
}
_DARK = {
    "window": "#17191d", "base": "#1f2227", "alt": "#23272d", "text": "#e3e6ea",
    "muted": "#9aa1ab", "border": "#343941", "button": "#262a30", "highlight": _ACCENT_DARK,
    "highlight_text": "#0f1114", "nav": "#121417", "nav_text": "#c9ced6", "card": "#1f2227",
    "hover": "#2a3039", "link": _ACCENT_DARK, "tooltip": "#2a2e35",
}


def tokens(dark: bool | None = None) -> dict[str, str]:
    """The named colours of the current (or given) theme, as used by the stylesheet."""
    return dict(_DARK if (_dark if dark is None else dark) else _LIGHT)


def build_palette(dark: bool) -> QPalette:
    t = _DARK if dark else _LIGHT
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
        (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "button"),
        (role.ButtonText, "text"), (role.Highlight, "highlight"),
        (role.HighlightedText, "highlight_text"), (role.ToolTipBase, "tooltip"),
        (role.ToolTipText, "text"), (role.PlaceholderText, "muted"), (role.Link, "link"),
        (role.Mid, "border"), (role.Midlight, "alt"), (role.Dark, "border"),
    ):
        pal.setColor(r, QColor(t[key]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(t["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(t["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(t["muted"]))
    return pal


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def stylesheet(dark: bool) -> str:
    """resources/style/app.qss with its ``@token`` placeholders filled for the theme."""
    root = resources.files("resources")
    text = root.joinpath("style/app.qss").read_text(encoding="utf-8")
    # Stylesheet urls take forward slashes on every platform.
    text = text.replace("@icons", str(root.joinpath("icons")).replace("\\", "/"))
    # Longest names first so "@highlight_text" is not eaten by "@highlight".
    for key, value in sorted((_DARK if dark else _LIGHT).items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f"@{key}", value)
    return text


class ThemeNotifier(QObject):
    changed = Signal(bool)  # dark?


_notifier: ThemeNotifier | None = None


def theme_notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


def apply_theme(app: QApplication, mode: str = "system") -> bool:
    """Apply ``"light"``, ``"dark"`` or ``"system"``; returns whether the result is dark."""
    global _dark
    dark = system_prefers_dark() if mode == "system" else mode == "dark"
    _dark = dark
    app.setStyle("Fusion")
    app.setPalette(build_palette(dark))
    app.setStyleSheet(stylesheet(dark))
    theme_notifier().changed.emit(dark)
    return dark
