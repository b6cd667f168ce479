"""The problems of a check, as text to copy and as a workbook to send back to a unit."""

from __future__ import annotations

from pathlib import Path

from tdkt.exchange.spec import Column
from tdkt.exchange.types import ImportReport

COLUMNS = (
    Column("sheet", "Trang", width=14),
    Column("row", "Dòng", width=8),
    Column("column", "Cột", width=22),
    Column("level", "Mức độ", width=10),
    Column("message", "Nội dung", width=90),
)


def problems_text(report: ImportReport) -> str:
    """Errors first, then warnings, one per line: what the copy button puts on the clipboard."""
    lines = [f"Lỗi – {p}" for p in report.errors] + [f"Cảnh báo – {p}" for p in report.warnings]
    return "\n".join(lines)


def write_problems(report: ImportReport, path: Path) -> Path:
    """A workbook listing every problem: sheet, row, column, level, message."""
    # openpyxl is loaded here: the import wizard shows the text without it.
    from openpyxl import Workbook

    from tdkt.exchange.styling import header_cells, set_widths

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Loi")
    sheet.freeze_panes = "A2"
    set_widths(sheet, [c.width for c in COLUMNS])
    sheet.append(header_cells(sheet, COLUMNS))
    for problem in [*report.errors, *report.warnings]:
        sheet.append(
            [
                problem.sheet or None,
                problem.row,
                problem.column or None,
                "Lỗi" if problem.is_error else "Cảnh báo",
                problem.message,
            ]
        )
    workbook.save(path)
    return path
