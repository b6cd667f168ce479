"""The TT 02/2023/TT-BNV forms as an Excel workbook (openpyxl), one sheet per form, laid out
like the printed form: the form number and reporting units above, the title, the period,
the table with its multi-level headers and index row (A, B, C, 1, 2 ...), the notes, and the
signatures. Cells the data cannot fill are blank and shaded; the notes say why."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tdkt.agency.types import AgencySettings
from tdkt.reports.form_specs import CIRCULAR
from tdkt.reports.forms import FilledForm
from tdkt.reports.periods import Period
from tdkt.text import date_words

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NOT_AVAILABLE = PatternFill("solid", fgColor="EDEDED")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
FIRST_DATA_COLUMN = 5  # A label, B code, C unit, D total
LABEL_WIDTH, NUMBER_WIDTH = 46, 11  # characters
LINE_HEIGHT = 16  # points per line of 12-point text


def forms_workbook(
    forms: tuple[FilledForm, ...], agency: AgencySettings, period: Period, today: date
) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for form in forms:
        sheet = workbook.create_sheet(f"Biểu {form.spec.sheet}")
        _write_form(sheet, form, agency, period, today)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_form(
    sheet: Worksheet, form: FilledForm, agency: AgencySettings, period: Period, today: date
) -> None:
    last = FIRST_DATA_COLUMN + len(form.spec.columns) - 1
    row = _write_heading(sheet, form, agency, period, last)
    row = _write_headers(sheet, form, row, last)
    row = _write_values(sheet, form, row)
    row = _write_notes(sheet, form, row + 1, last)
    _write_signatures(sheet, agency, today, row + 1, last)
    _set_widths(sheet, last)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _put(sheet: Worksheet, row: int, column: int, value: object, **font: object) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = Font(name=FONT, size=font.pop("size", 12), **font)  # type: ignore[arg-type]


def _span(
    sheet: Worksheet, row: int, first: int, last: int, value: object, align=CENTER, **font: object
) -> None:  # type: ignore[no-untyped-def]
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    _put(sheet, row, first, value, **font)
    sheet.cell(row=row, column=first).alignment = align


def _write_heading(
    sheet: Worksheet, form: FilledForm, agency: AgencySettings, period: Period, last: int
) -> int:
    middle = max(FIRST_DATA_COLUMN, (last + 1) // 2 + 1)
    _span(sheet, 1, 1, middle - 1, f"Biểu số: {form.spec.number}", LEFT, bold=True)
    _span(sheet, 1, middle, last, f"Đơn vị báo cáo: {agency.name}", bold=True)
    _span(sheet, 2, 1, middle - 1, CIRCULAR, LEFT)
    _span(sheet, 2, middle, last, "Đơn vị nhận báo cáo: Sở Nội vụ")
    _span(sheet, 3, 1, middle - 1, "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo", LEFT)
    _span(sheet, 5, 1, last, form.spec.title, bold=True, size=14)
    sheet.row_dimensions[5].height = 36
    text = f"Kỳ báo cáo: {period.words} (theo ngày quyết định, {period.range_text})"
    _span(sheet, 6, 1, last, text, italic=True)
    return 8


def _header_cell(
    sheet: Worksheet, rows: tuple[int, int], columns: tuple[int, int], text: str
) -> None:
    (top, bottom), (first, last) = rows, columns
    if (top, first) != (bottom, last):
        sheet.merge_cells(start_row=top, start_column=first, end_row=bottom, end_column=last)
    _put(sheet, top, first, text, bold=True, size=11)
    for r in range(top, bottom + 1):
        for c in range(first, last + 1):
            sheet.cell(row=r, column=c).border = BOX
            sheet.cell(row=r, column=c).alignment = CENTER


def _runs(columns: tuple, key) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def,type-arg]
    """(first, last) sheet columns of each run of neighbouring form columns with equal keys."""
    runs: list[tuple[int, int]] = []
    for offset, column in enumerate(columns):
        here = FIRST_DATA_COLUMN + offset
        if runs and key(columns[runs[-1][0] - FIRST_DATA_COLUMN]) == key(column) and key(column):
            runs[-1] = (runs[-1][0], here)
        else:
            runs.append((here, here))
    return runs


def _write_headers(sheet: Worksheet, form: FilledForm, top: int, last: int) -> int:
    """Up to four header rows: "Chia ra", families, groups, leaves; then the index row."""
    columns = form.spec.columns
    has_family = any(c.family for c in columns)
    bottom = top + 1 + has_family + any(c.header for c in columns)
    for offset, text in enumerate(("", "Mã số", "Đơn vị tính", "Tổng số")):
        _header_cell(sheet, (top, bottom), (1 + offset, 1 + offset), text)
    _header_cell(sheet, (top, top), (FIRST_DATA_COLUMN, last), "Chia ra")
    for first, end in _runs(columns, lambda c: c.family):
        family = columns[first - FIRST_DATA_COLUMN].family
        if family:
            _header_cell(sheet, (top + 1, top + 1), (first, end), family)
    for first, end in _runs(columns, lambda c: (c.family, c.group, c.number)):
        column = columns[first - FIRST_DATA_COLUMN]
        upper = top + 2 if column.family else top + 1
        lower = bottom - 1 if column.header else bottom
        _header_cell(sheet, (upper, lower), (first, end), column.group)
        for leaf in range(first, end + 1):
            if column.header:
                text = columns[leaf - FIRST_DATA_COLUMN].header
                _header_cell(sheet, (bottom, bottom), (leaf, leaf), text)
    index_row = bottom + 1
    for offset, text in enumerate(("A", "B", "C", "1")):
        _header_cell(sheet, (index_row, index_row), (1 + offset, 1 + offset), text)
    for first, end in _runs(columns, lambda c: c.number):
        text = columns[first - FIRST_DATA_COLUMN].number
        _header_cell(sheet, (index_row, index_row), (first, end), text)
    sheet.row_dimensions[bottom - 1 if bottom > top + 1 else bottom].height = 75
    return index_row + 1


def _write_values(sheet: Worksheet, form: FilledForm, row: int) -> int:
    for spec_row, values in zip(form.spec.rows, form.values, strict=True):
        _fit_height(sheet, row, spec_row.label, LABEL_WIDTH)
        _put(sheet, row, 1, spec_row.label, bold=spec_row.bold)
        _put(sheet, row, 2, spec_row.code)
        _put(sheet, row, 3, spec_row.unit)
        for offset, value in enumerate(values):
            _put(sheet, row, 4 + offset, value, bold=spec_row.bold)
        for column in range(1, 4 + len(values)):
            cell = sheet.cell(row=row, column=column)
            cell.border = BOX
            cell.alignment = LEFT if column == 1 else CENTER
            if column >= 4 and cell.value is None and spec_row.code:
                cell.fill = NOT_AVAILABLE
        row += 1
    return row


def _write_notes(sheet: Worksheet, form: FilledForm, row: int, last: int) -> int:
    _span(sheet, row, 1, last, "Ghi chú:", LEFT, bold=True, italic=True)
    for note in form.notes:
        row += 1
        _span(sheet, row, 1, last, f"- {note}", LEFT, italic=True, size=11)
        _fit_height(sheet, row, note, LABEL_WIDTH + 9 + NUMBER_WIDTH * (last - 3))
    return row + 1


def _write_signatures(
    sheet: Worksheet, agency: AgencySettings, today: date, row: int, last: int
) -> None:
    middle = max(FIRST_DATA_COLUMN, (last + 1) // 2 + 1)
    _span(sheet, row, middle, last, date_words(today, agency.place), italic=True)
    for offset, (left, right, style) in enumerate(
        (
            ("Người lập biểu", agency.signer_title.upper() or "THỦ TRƯỞNG ĐƠN VỊ", {"bold": True}),
            ("(Ký, họ tên)", "(Ký, họ tên, đóng dấu)", {"italic": True}),
        ),
        start=1,
    ):
        _span(sheet, row + offset, 1, 3, left, **style)
        _span(sheet, row + offset, middle, last, right, **style)
    _span(sheet, row + 6, middle, last, agency.signer, bold=True)


def _fit_height(sheet: Worksheet, row: int, text: str, width: int) -> None:
    """Room for wrapped text: spreadsheets do not grow a row for it on their own."""
    lines = max(1, -(-int(len(text) * 1.1) // width))
    sheet.row_dimensions[row].height = LINE_HEIGHT * lines


def _set_widths(sheet: Worksheet, last: int) -> None:
    sheet.column_dimensions["A"].width = LABEL_WIDTH
    sheet.column_dimensions["B"].width = 7
    sheet.column_dimensions["C"].width = 14
    for column in range(4, last + 1):
        sheet.column_dimensions[get_column_letter(column)].width = NUMBER_WIDTH
