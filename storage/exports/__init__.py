"""File exports that need no Qt (SPEC §2): the portfolio workbook as XLSX, or one CSV per sheet.

Both take a ``domain.report_contents.Workbook`` of typed tables and write what its column
kinds say: numbers as numbers, dates as dates, text neutralised against formula injection.
"""

from storage.exports.csv_files import write_csv_files
from storage.exports.xlsx import write_xlsx

__all__ = ["write_csv_files", "write_xlsx"]
