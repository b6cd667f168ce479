"""Cell styles shared by the export, the template and the error workbook."""

from __future__ import annotations

from datetime import date
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tdkt.exchange.spec import Column, Kind

DATE_FORMAT = "DD/MM/YYYY"
HEADER_FONT = Font(bold=True)
REQUIRED_FONT = Font(bold=True, color="9C0006")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
DATE_KINDS = (Kind.DATE, Kind.BIRTH)


def header_cells(sheet: Worksheet, columns: tuple[Column, ...]) -> list[WriteOnlyCell]:
    """The header row: bold, shaded; required columns (`*`) in dark red."""
    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = REQUIRED_FONT if column.required else HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def set_widths(sheet: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def date_cell(sheet: Worksheet, value: Any) -> Any:
    """A date as a real Excel date shown dd/mm/yyyy; anything else as it is."""
    if not isinstance(value, date):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def fit_width_landscape(sheet: Worksheet) -> None:
    """Printed, a sheet fits the page width in landscape."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
