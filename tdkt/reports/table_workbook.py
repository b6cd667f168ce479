"""Any table on screen as an Excel workbook: its title, the headers, the rows as shown.

Cells keep their type where the text is unambiguous, so the secretary can sum and sort in
Excel: whole numbers become numbers and dd/mm/yyyy becomes a date. Codes with leading
zeros, citizen IDs and anything longer than nine digits stay text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tdkt.text import parse_date

_NUMBER = re.compile(r"(0|[1-9][0-9]{0,8})")
_DATE = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}")
THIN = Side(style="thin", color="B8C3D1")
HEADER_FILL = PatternFill("solid", fgColor="E9EEF5")
MAX_WIDTH = 60


def cell_value(text: str) -> object:
    if _NUMBER.fullmatch(text):
        return int(text)
    if _DATE.fullmatch(text):
        try:
            return parse_date(text)
        except ValueError:
            return text
    return text


def table_workbook(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], note: str = ""
) -> bytes:
    """One sheet: the title in row 1, an optional note in row 2, then the table."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_name(title)
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([note])
    sheet["A2"].font = Font(italic=True, color="5B6675")
    sheet.append(list(headers))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [len(h) for h in headers]
    for row in rows:
        sheet.append([cell_value(text) for text in row])
        widths = [max(w, len(text)) for w, text in zip(widths, row, strict=False)]
    for row in sheet.iter_rows(min_row=3, max_row=sheet.max_row, max_col=len(headers)):
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A4"
    if rows:
        sheet.auto_filter.ref = f"A3:{get_column_letter(len(headers))}{sheet.max_row}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str) -> str:
    """Excel refuses some characters and more than 31 of them in a sheet name."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Bảng"
    return cleaned[:31]
