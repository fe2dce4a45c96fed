"""A report document: one HTML body with chart placeholders, written as PDF or as HTML.

The body is HTML in the subset Qt's rich-text engine understands, so the same markup is
laid out by ``QTextDocument`` for the PDF and by a browser for the HTML file. Charts are
``<img src="chart:NAME">`` placeholders: in the PDF they are vector drawings (the
document's image handler paints them with QPainter), in the HTML file inline SVG images.

The PDF is A4, paginated by ``QTextDocument`` (table header rows repeat on each page), with
a running header (report and subject) and footer (data as-of and "page N of M") painted on
every page. Nothing in it depends on the clock: the PDF's dates are the data's as-of.

A document records its language: in the PDF's Creator ("abm-health; language ja") and in
the HTML's ``lang``; the same body in the same language gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.i18n.placeholders import arg
from desktop.reports.charts import Chart, chart_svg, paint_chart
from desktop.reports.fonts import register_report_fonts, report_font
from desktop.reports.formatting import esc

PLACEHOLDER = re.compile(r'<img src="chart:([\w-]+)"[^>]*>')
PAGE_MARGINS_MM = QMarginsF(14, 11, 14, 11)
KEEP_H2_PT, KEEP_H3_PT = 110.0, 70.0  # a heading needs this much room below it on its page
BAND_PT = 20.0  # room for the running header and footer, in points
CONTENT_WIDTH_PT = (210 - 28) / 25.4 * 72  # A4 minus side margins: what charts may span
CSS_PATH = Path(__file__).resolve().parents[2] / "resources" / "report" / "report.css"


@dataclass
class PlacedChart:
    chart: Chart
    width_pt: float
    height_pt: float


@dataclass
class ReportDocument:
    title: str  # e.g. "Account report"
    subject: str  # e.g. the account name
    body: str  # HTML (Qt rich-text subset)
    charts: dict[str, PlacedChart] = field(default_factory=dict)
    header_right: str = ""  # e.g. the period
    footer_left: str = ""  # e.g. "data as of 2026-10-31 · health model v3"
    as_of: date | None = None  # the data's as-of day: the PDF's creation date and id
    language: str = "en"  # the catalog the words come from ("en", "ja", "zh_CN", "pl")

    # -- PDF ----------------------------------------------------------------------------------
    def write_pdf(self, path: str | Path) -> int:
        """Write the PDF atomically; returns the number of pages."""
        register_report_fonts()
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".abm-", suffix=".pdf", dir=path.parent or ".")
        os.close(fd)
        try:
            pages = self._paint_pdf(tmp)
            _stamp_creation_date(Path(tmp), self.as_of)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return pages

    def _paint_pdf(self, target: str) -> int:
        writer = QPdfWriter(target)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(f"{self.title}: {self.subject}")
        writer.setCreator(f"abm-health; language {self.language}")
        # A document id from the content, not random: the same data gives the same file.
        digest = hashlib.sha256(f"{self.language}\n{self.body}".encode()).digest()[:16]
        writer.setDocumentId(QUuid.fromRfc4122(QByteArray(digest)))
        dpi = writer.resolution()
        px = dpi / 72.0
        page = writer.pageLayout().paintRectPixels(dpi)
        band = BAND_PT * px
        body_size = QSizeF(page.width(), page.height() - 2 * band)
        doc = self.qt_document(writer, body_size)
        count = doc.pageCount()
        painter = QPainter(writer)
        try:
            for index in range(count):
                if index:
                    writer.newPage()
                self._decorate(painter, page.width(), page.height(), band, index, count)
                painter.save()
                painter.translate(0, band - index * body_size.height())
                clip = QRectF(0, index * body_size.height(), body_size.width(), body_size.height())
                doc.drawContents(painter, clip)
                painter.restore()
        finally:
            painter.end()
        return count

    def qt_document(self, device: QPdfWriter, page_size: QSizeF) -> QTextDocument:
        """The body laid out for ``device`` in pages of ``page_size`` (device pixels)."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(report_font(8.6))
        doc.setDefaultStyleSheet(qt_stylesheet())
        # The placeholders stay images: the chart handler stands in for Qt's image handler
        # (the body holds no other image), so no edit relays the document out afterwards.
        handler = _ChartObject(doc, self.charts, float(device.logicalDpiX()))
        doc.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
        doc._chart_handler = handler  # keep it alive as long as the document
        doc.setPageSize(page_size)
        doc.setHtml(self.body)
        _keep_headings_with_next(doc, page_size.height(), float(device.logicalDpiX()) / 72.0)
        return doc

    def _decorate(self, painter: QPainter, width: float, height: float, band: float,
                  index: int, count: int) -> None:
        small = report_font(7.2)
        painter.save()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        top = QRectF(0, 0, width, band * 0.6)
        left = f"{self.title} · {self.subject}" if index else self.title
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         self.header_right)
        bottom = QRectF(0, height - band * 0.6, width, band * 0.6)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         self.footer_left)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         arg(QCoreApplication.translate("ReportDocument", "Page %1 of %2"),
                             index + 1, count))
        painter.restore()

    # -- HTML -----------------------------------------------------------------------------------
    def html(self) -> str:
        """A standalone HTML file: stylesheet and SVG charts inline, nothing fetched."""
        def chart(match: re.Match[str]) -> str:
            placed = self.charts[match.group(1)]
            svg = chart_svg(placed.chart, placed.width_pt, placed.height_pt)
            data = base64.b64encode(svg).decode("ascii")
            return (f'<img class="chart" alt="{esc(placed.chart.title)}" '
                    f'style="width:{placed.width_pt:.0f}pt;height:{placed.height_pt:.0f}pt" '
                    f'src="data:image/svg+xml;base64,{data}">')

        body = PLACEHOLDER.sub(chart, self.body)
        return (
            f"<!DOCTYPE html>\n<html lang=\"{self.language.replace('_', '-')}\"><head>"
            "<meta charset=\"utf-8\">"
            f"<title>{esc(self.title)}: {esc(self.subject)}</title>"
            f"<style>{qt_stylesheet()}\n{browser_stylesheet()}</style></head><body>"
            f'<header class="running"><span>{esc(self.title)}</span>'
            f"<span>{esc(self.header_right)}</span></header>"
            f"<main>{body}</main>"
            f'<footer class="running">{esc(self.footer_left)}</footer></body></html>\n'
        )

    def write_html(self, path: str | Path) -> Path:
        register_report_fonts()  # the SVG charts measure text with the report fonts
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".abm-", suffix=".html", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write(self.html())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path


def _stamp_creation_date(path: Path, as_of: date | None) -> None:
    """Replace the clock times Qt writes (info dictionary and XMP) by the data's as-of day.

    Every replacement has the length of what it replaces, so no offset in the file moves;
    without an as-of the clock's times stay.
    """
    if as_of is None:
        return
    data = path.read_bytes()
    day = as_of.strftime("%Y%m%d")
    iso = as_of.isoformat()
    patched = re.sub(rb"\(D:\d{14}Z\)", f"(D:{day}000000Z)".encode("ascii"), data)
    patched = re.sub(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"',
                     f'"{iso}T00:00:00+00:00"'.encode("ascii"), patched)
    if len(patched) == len(data):
        path.write_bytes(patched)


class _ChartObject(QPyTextObject):
    """Paints a chart where its placeholder stood, as vectors on the PDF device."""

    def __init__(self, parent: QTextDocument, charts: dict[str, PlacedChart], dpi: float) -> None:
        super().__init__(parent)
        self._charts = charts
        self._px = dpi / 72.0
        self._dpi = dpi

    def _placed(self, format) -> PlacedChart | None:  # noqa: A002 - Qt's name
        name = format.toImageFormat().name()
        return self._charts.get(name[len("chart:"):]) if name.startswith("chart:") else None

    def intrinsicSize(self, doc, pos_in_document, format):  # noqa: N802 - Qt's name
        placed = self._placed(format)
        if placed is None:
            return QSizeF(0, 0)
        return QSizeF(placed.width_pt * self._px, placed.height_pt * self._px)

    def drawObject(self, painter, rect, doc, pos_in_document, format):  # noqa: N802
        placed = self._placed(format)
        if placed is not None:
            paint_chart(painter, rect, placed.chart, self._dpi)


def _keep_headings_with_next(doc: QTextDocument, page_height: float, px: float) -> None:
    """Move a heading that would end a page to the next one (Qt has no keep-with-next).

    Headings are visited in order, since each move shifts everything after it.
    """
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3):
            rect = layout.blockBoundingRect(block)
            room = page_height - (rect.top() % page_height)
            needed = (KEEP_H2_PT if level == 2 else KEEP_H3_PT) * px
            # A heading over a chart goes with the whole chart (a longer page before it in
            # Polish left "Zaangażowanie" alone at a page's foot), up to half a page.
            # (Qt puts an image that follows a heading in the heading's own block.)
            whole, after = rect.height(), block.next()
            chart = _holds_chart(block)
            while not chart and after.isValid() and after.blockFormat().headingLevel() > level:
                whole += layout.blockBoundingRect(after).height()  # a subheading between
                chart = _holds_chart(after)
                after = after.next()
            if not chart and after.isValid() and _holds_chart(after):
                whole += layout.blockBoundingRect(after).height()
                chart = True
            if chart:
                needed = max(needed, min(whole, page_height / 2))
            if rect.top() % page_height > 0 and room < needed:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                # Inside an edit block the new format alone lays nothing out (on its own it
                # would shift the rest, then be laid out again below).
                cursor.beginEditBlock()
                cursor.setBlockFormat(fmt)
                # Qt relayouts lazily: mark the rest dirty so later positions are current.
                # That lays out everything from here on again, so once the last heading is
                # placed the layout is whole: the page count needs no further pass.
                doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
                cursor.endEditBlock()
        block = block.next()


def _holds_chart(block) -> bool:
    """Whether ``block`` holds a chart placeholder (an image named ``chart:…``)."""
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if fmt.isImageFormat() and fmt.toImageFormat().name().startswith("chart:"):
            return True
        it += 1
    return False


def qt_stylesheet() -> str:
    """The report's CSS, in the subset Qt's rich text understands (also used in browsers)."""
    return CSS_PATH.read_text(encoding="utf-8").split("/* browser */")[0]


def browser_stylesheet() -> str:
    parts = CSS_PATH.read_text(encoding="utf-8").split("/* browser */")
    return parts[1] if len(parts) > 1 else ""
