"""How the dashboard's parts are grouped into sections, on the desk and on the projector.

On the desk every section sits in one scrolling column: one section per catalog group of
tiles, two rows of three charts, the accounts to act on, the vanity panel. In presentation
mode a section is one screen: tiles come at most ``SLIDE_TILES`` to a screen (a group with
more is split, "ABM journey (1 of 2)"), charts two to a screen, so every number stays
large enough to read from the back of the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.dashboard.tile import KpiTile
from desktop.i18n.placeholders import arg

TILE_MIN_WIDTH = 205
SLIDE_TILES = 8
SLIDE_COLUMNS = 4


@dataclass
class Section:
    key: str
    title: str
    widget: QWidget
    heading: QLabel | None = None


class TileGroup(QWidget):
    """Tiles in as many columns as the width allows (or a fixed number of columns)."""

    def __init__(self, parent: QWidget | None = None, *, columns: int | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.tiles: list[KpiTile] = []
        self.min_width = TILE_MIN_WIDTH
        self.fixed_columns = columns
        self._columns = 0

    def set_tiles(self, tiles: list[KpiTile]) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        self.tiles = list(tiles)
        self._columns = 0
        self._relayout()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        if self.fixed_columns:
            columns = self.fixed_columns
        else:
            fit = (self.width() + 10) // (self.min_width + 10)
            columns = max(1, min(len(self.tiles) or 1, fit))
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for column in range(max(self.grid.columnCount(), columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)


def make_section(key: str, title: str, *widgets: QWidget, columns: int = 1,
                 stretch_last: bool = False) -> Section:
    """A titled block holding ``widgets`` in a grid of ``columns``."""
    frame = QWidget()
    frame.setObjectName(f"section_{key}")
    box = QVBoxLayout(frame)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    box.addWidget(heading)
    grid = QGridLayout()
    grid.setSpacing(12)
    for i, widget in enumerate(widgets):
        grid.addWidget(widget, i // columns, i % columns)
    for c in range(columns):
        grid.setColumnStretch(c, 1)
    box.addLayout(grid, 1)
    if stretch_last:
        box.addStretch(1)
    return Section(key, title, frame, heading)


def chunk(tiles: list[KpiTile], size: int = SLIDE_TILES) -> list[list[KpiTile]]:
    """Tiles in slides of at most ``size``, balanced ("13" → 7 + 6, not 8 + 5)."""
    if not tiles:
        return []
    slides = -(-len(tiles) // size)
    per = -(-len(tiles) // slides)
    return [tiles[i:i + per] for i in range(0, len(tiles), per)]


def slide_title(name: str, index: int, count: int) -> str:
    if count == 1:
        return name
    return arg(QCoreApplication.translate("Presentation", "%1 (%2 of %3)"), name, index + 1, count)
