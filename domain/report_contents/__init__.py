"""What goes into each report (SPEC §9), as typed data; renderers only lay it out.

- ``tables``: the typed table every section and sheet is handed over in;
- ``workbook``: the portfolio workbook's sheets;
- ``account``: the account report;
- ``dashboard``: the dashboard for a period and scope, which the dashboard page,
  presentation mode and the meeting pack all render.

Everything here is assembled from the KPI engine's reports, the health model's results
and explanations, and the account's frames; nothing recomputes a KPI or a score.
"""

from domain.report_contents.tables import (
    Column,
    ColumnKind,
    Table,
    Workbook,
    table,
)

__all__ = ["Column", "ColumnKind", "Table", "Workbook", "table"]
