"""The blank template ("Tải mẫu nhập liệu"): instructions, every sheet's headers, drop-down
lists for the closed vocabularies and the title codes, dates formatted dd/mm/yyyy."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tdkt.catalog.types import SUBJECT_KINDS, Title
from tdkt.exchange.spec import SHEETS, Column, Kind, SheetSpec
from tdkt.exchange.styling import (
    DATE_FORMAT,
    DATE_KINDS,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    REQUIRED_FONT,
    fit_width_landscape,
    set_widths,
)

INSTRUCTIONS = "HuongDan"
CATALOGUE = "DanhMuc"
LAST_ROW = 1_048_576
RULE_LINE_CHARS = 95  # characters of a rule that fit one line of the merged columns B:D
RULES = (
    "Mỗi trang có một dòng tiêu đề ở dòng 1; thứ tự cột tùy ý; cột có dấu * là bắt buộc.",
    "Có thể chỉ giữ những trang cần nhập; trang và cột không thuộc mẫu được bỏ qua.",
    "Mã (mã đơn vị, mã cá nhân, mã sáng kiến) xác định bản ghi: nhập lại cùng mã thì cập "
    "nhật bản ghi đã có, không tạo bản ghi trùng. Mã cá nhân và mã đơn vị không được trùng nhau.",
    "Ngày ghi dạng dd/mm/yyyy (ví dụ 05/01/2024) hoặc là ngày của Excel; Ngày sinh có thể chỉ "
    "ghi năm (ví dụ 1980).",
    'Cột có/không (Lãnh đạo, Độc hại): ghi "x" nếu có, để trống nếu không.',
    "Tác giả sáng kiến: các mã cá nhân cách nhau bởi dấu chấm phẩy, kèm tỷ lệ đóng góp nếu có "
    "(ví dụ CN01:70; CN02:30).",
    "Danh hiệu/Hình thức: ghi mã ở trang DanhMuc (ví dụ BK_TINH) hoặc tên đầy đủ.",
    "Nhập là tất cả hoặc không gì cả: nếu có dòng sai, phần mềm không ghi gì và liệt kê mọi lỗi "
    "(trang, dòng, cột, lý do) để sửa rồi nhập lại.",
)


def write_template(path: Path, titles: list[Title]) -> None:
    workbook = Workbook()
    _instructions(workbook.active)
    catalogue = _catalogue(workbook, titles)
    for spec in SHEETS:
        _data_sheet(workbook.create_sheet(spec.name), spec, catalogue)
    workbook.save(path)


def _instructions(sheet: Worksheet) -> None:
    sheet.title = INSTRUCTIONS
    set_widths(sheet, [14, 24, 10, 70])
    fit_width_landscape(sheet)
    sheet.append(["MẪU NHẬP LIỆU THI ĐUA – KHEN THƯỞNG"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    top = Alignment(wrap_text=True, vertical="top")
    for number, rule in enumerate(RULES, start=1):
        sheet.append([f"{number}.", rule])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        sheet.cell(row, 1).alignment = sheet.cell(row, 2).alignment = top
        # Merged cells never grow to fit their text: give each rule the lines it needs.
        sheet.row_dimensions[row].height = 15 * (len(rule) // RULE_LINE_CHARS + 1)
    sheet.append([])
    sheet.append(["Trang", "Cột", "Bắt buộc", "Ghi chú"])
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for spec in SHEETS:
        for column in spec.columns:
            sheet.append([spec.name, column.header, "x" if column.required else "", _note(column)])
            sheet.cell(sheet.max_row, 4).alignment = Alignment(wrap_text=True)


def _note(column: Column) -> str:
    parts = [column.hint] if column.hint else []
    if column.choices is not None:
        parts.append("chỉ nhận " + column.choices.accepted())
    if column.kind in DATE_KINDS and not column.hint:
        parts.append("dd/mm/yyyy")
    if column.max_length and column.kind in (Kind.TEXT, Kind.MEMO):
        parts.append(f"tối đa {column.max_length} ký tự")
    return "; ".join(parts)


def _catalogue(workbook: Workbook, titles: list[Title]) -> str:
    """The title codes, for reference and as the source of the title drop-down."""
    sheet = workbook.create_sheet(CATALOGUE)
    set_widths(sheet, [14, 60, 20])
    fit_width_landscape(sheet)
    sheet.append(["Mã", "Tên danh hiệu, hình thức khen thưởng", "Đối tượng"])
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    active = [t for t in titles if t.active]
    for title in active:
        sheet.append([title.code, title.name, SUBJECT_KINDS[title.subject_kind]])
    return f"{CATALOGUE}!$A$2:$A${len(active) + 1}"


def _data_sheet(sheet: Worksheet, spec: SheetSpec, catalogue: str) -> None:
    sheet.freeze_panes = "A2"
    fit_width_landscape(sheet)
    set_widths(sheet, [c.width for c in spec.columns])
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(1, index, column.title)
        cell.font = REQUIRED_FONT if column.required else HEADER_FONT
        cell.fill, cell.alignment = HEADER_FILL, HEADER_ALIGNMENT
        letter = get_column_letter(index)
        if column.kind in DATE_KINDS:
            sheet.column_dimensions[letter].number_format = DATE_FORMAT
        source = _list_source(column, catalogue)
        if source is not None:
            rule = DataValidation(type="list", formula1=source, allow_blank=True)
            rule.error = f'"{column.header}" chỉ nhận giá trị trong danh sách.'
            rule.errorTitle = "Giá trị không hợp lệ"
            rule.showErrorMessage = column.key != "title"  # a full title name is also accepted
            rule.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(rule)


def _list_source(column: Column, catalogue: str) -> str | None:
    if column.choices is not None:
        return '"' + ",".join(column.choices.labels.values()) + '"'
    if column.key == "title":
        return catalogue
    if column.kind is Kind.FLAG:
        return '"x"'
    return None
