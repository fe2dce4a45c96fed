"""HTML building blocks shared by the account report and the meeting pack.

Every function returns markup in the subset both Qt's rich text and browsers lay out the
same: tables with ``align`` attributes (Qt ignores CSS text-align), classes from
``resources/report/report.css``, and chart placeholders ``<img src="chart:NAME">``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.reports.column_widths import fitted_shares
from desktop.reports.formatting import (
    change_class,
    esc,
    format_change,
    format_measure,
    format_value,
)
from desktop.shared.wording import metrics, reasons
from domain import formatting as fmt
from domain.report_contents.kpi_lines import KpiLine
from domain.report_contents.tables import NUMERIC_KINDS, Table
from domain.vanity import VanityRow

VERDICT_LABEL = TranslatedLabels("ReportSections", {
    "vanity": QT_TRANSLATE_NOOP("ReportSections", "vanity"),
    "caution": QT_TRANSLATE_NOOP("ReportSections", "caution"),
})
translate = QCoreApplication.translate


def grid(
    header: Sequence[tuple[str, bool]],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] | None = None,
    row_classes: Sequence[str] | None = None,
) -> str:
    """A ruled table; ``header`` is (title, numeric) pairs; cells are already HTML."""
    rows = [list(row) for row in rows]
    if widths:  # no word broken where another column can spare the room
        widths = [f"{share:.1f}".rstrip("0").rstrip(".") for share in
                  fitted_shares(widths, [esc(title) for title, _ in header], rows)]
    cols = "".join(
        f'<th align="{"right" if numeric else "left"}"'
        + (f' width="{widths[i]}%"' if widths else "")
        + f">{esc(title)}</th>"
        for i, (title, numeric) in enumerate(header)
    )
    body = []
    for index, row in enumerate(rows):
        cls = f' class="{row_classes[index]}"' if row_classes and row_classes[index] else ""
        if len(row) == 1:  # a group heading across the table
            body.append(f'<tr{cls}><td class="group" colspan="{len(header)}">{row[0]}</td></tr>')
            continue
        cells = "".join(
            f'<td align="{"right" if header[i][1] else "left"}" valign="top">{cell}</td>'
            for i, cell in enumerate(row)
        )
        body.append(f"<tr{cls}>{cells}</tr>")
    return (
        '<table class="grid" width="100%" cellspacing="0" cellpadding="0">'
        f"<thead><tr>{cols}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def typed_table(table: Table, empty: str, widths: Sequence[int] | None = None,
                limit: int | None = None) -> str:
    """A typed ``Table`` as a ruled HTML table, or one muted sentence when it is empty."""
    if not len(table):
        return f'<p class="muted">{esc(empty)}</p>'
    frame = table.frame if limit is None else table.frame.head(limit)
    header = [(c.title, c.kind in NUMERIC_KINDS) for c in table.columns]
    rows = [
        [esc(format_value(value, column.kind, table.currency)) for column, value in
         zip(table.columns, values, strict=True)]
        for values in frame[[c.key for c in table.columns]].itertuples(index=False, name=None)
    ]
    out = grid(header, rows, widths)
    if limit is not None and len(table) > limit:
        out += '<p class="muted small">' + esc(arg(translate(
            "ReportSections", "%1 more not shown."), fmt.count(len(table) - limit))) + "</p>"
    if table.note:
        out += f'<p class="muted small">{esc(table.note)}</p>'
    return out


def kpi_table(lines: Sequence[KpiLine], currency: str, show_previous: bool = True) -> str:
    """KPI lines, one table per catalog group under its heading (kept with its first rows).

    Value, previous period, change (coloured by the metric's good direction) and n.
    """
    header = [(translate("ReportSections", "KPI"), False),
              (translate("ReportSections", "This period"), True)]
    if show_previous:
        header += [(translate("ReportSections", "Previous"), True),
                   (translate("ReportSections", "Change"), True)]
    header.append((translate("ReportSections", "n"), True))  # how many the value is of
    widths = [44, 16, 14, 16, 10] if show_previous else [60, 25, 15]
    out = []
    for group in dict.fromkeys(line.group for line in lines):
        rows = []
        for line in (item for item in lines if item.group == group):
            value = f"<b>{esc(format_measure(line.value, line.unit, currency))}</b>"
            if line.na_reason:  # n/a because an input was never imported: say which
                value += f'<br><span class="small muted">{esc(reasons.sentence(line.na_reason))}</span>'
            cells = [esc(metrics.name(line.metric_id)), value]
            if show_previous:
                change = format_change(line.change, line.unit, currency)
                cells += [
                    esc(format_measure(line.previous, line.unit, currency)),
                    f'<span class="{change_class(line)}">{esc(change)}</span>',
                ]
            cells.append(esc(fmt.count(line.n)) if line.n is not None else "")
            rows.append(cells)
        out.append(f"<h3>{esc(metrics.group_name(group))}</h3>" + grid(header, rows, widths))
    return "".join(out)


def vanity_panel(rows: Sequence[VanityRow], currency: str) -> str:
    """The panel "Metrics we don't steer by, and why", values greyed, alternative beside."""
    if not rows:
        return ""
    header = [(translate("ReportSections", "Metric"), False),
              (translate("ReportSections", "Value"), True),
              (translate("ReportSections", "Why we don't steer by it"), False),
              (translate("ReportSections", "Steer by instead"), False),
              (translate("ReportSections", "Value"), True)]
    body = []
    for row in rows:
        alternative = esc(metrics.name(row.alternative_id)) if row.alternative_id else fmt.conventions().na
        alt_value = (
            f"<b>{esc(format_measure(row.alternative_value, row.alternative_unit or '', currency))}</b>"
            if row.alternative_id else ""
        )
        reason = metrics.reason(row.metric_id) or metrics.fallback_reason(row.verdict)
        body.append([
            f'{esc(metrics.name(row.metric_id))}<br><span class="small">{esc(VERDICT_LABEL[row.verdict])}</span>',
            f'<span class="muted">{esc(format_measure(row.value, row.unit, currency))}</span>',
            f'<span class="small">{esc(reason)}</span>',
            alternative,
            alt_value,
        ])
    return (
        f"<h2>{esc(metrics.panel_title())}</h2>"
        + grid(header, body, [20, 11, 41, 17, 11], ["grey"] * len(body))
    )


def footnotes(items: Iterable[tuple[str, str]]) -> str:
    parts = [
        f'<p class="small muted"><sup>{i}</sup> <b>{esc(label)}</b>: {esc(text)}</p>'
        for i, (label, text) in enumerate(items, start=1)
    ]
    return ("<h2>" + esc(translate("ReportSections", "Notes and definitions")) + "</h2>"
            + "".join(parts))


def chart(name: str) -> str:
    return f'<img src="chart:{name}">'
