"""The people (or units) chosen on the eligibility page, as an Excel workbook: one sheet
with the list, one with every criterion, until nomination batches take the selection."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tdkt.eligibility.phrases import title_name
from tdkt.eligibility.types import CONFIDENCE_LABELS, JUDGEMENT, EligibilityReport, Evaluation

LIST_COLUMNS = (
    ("STT", 6),
    ("Mã", 12),
    ("Họ và tên / Tên tập thể", 30),
    ("Đơn vị", 32),
    ("Danh hiệu, hình thức", 28),
    ("Năm", 8),
    ("Kết quả xét", 18),
    ("Căn cứ hoặc còn thiếu", 60),
    ("Cần lưu ý", 50),
)
CRITERIA_COLUMNS = (
    ("Mã", 12),
    ("Họ và tên / Tên tập thể", 30),
    ("Tiêu chí", 50),
    ("Kết quả", 14),
    ("Chi tiết", 70),
    ("Căn cứ pháp lý", 50),
    ("Độ tin cậy", 24),
)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
PASSED_TEXT = {True: "Đạt", False: "Chưa đạt", None: "Chưa xác định"}


def selection_workbook(report: EligibilityReport, chosen: Sequence[Evaluation]) -> bytes:
    book = Workbook()
    title = f"Danh sách xét {title_name(report.title)} năm {report.year}"
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    _list_sheet(sheet, title, report, chosen)
    _criteria_sheet(book.create_sheet("Tiêu chí"), title, chosen)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _list_sheet(
    sheet: Worksheet, title: str, report: EligibilityReport, chosen: Sequence[Evaluation]
) -> None:
    _header(sheet, title, f"Quy định áp dụng: {report.regime_name}", LIST_COLUMNS)
    for index, evaluation in enumerate(chosen, start=1):
        subject = evaluation.subject
        sheet.append(
            [
                index,
                subject.code,
                subject.name,
                subject.unit_name,
                title_name(evaluation.title),
                evaluation.year,
                evaluation.verdict_label,
                evaluation.summary(),
                "; ".join(report.warnings_for(evaluation)),
            ]
        )
    _wrap(sheet)


def _criteria_sheet(sheet: Worksheet, title: str, chosen: Sequence[Evaluation]) -> None:
    _header(sheet, title, "Từng tiêu chí, căn cứ pháp lý và điều còn thiếu", CRITERIA_COLUMNS)
    for evaluation in chosen:
        for reason in evaluation.reasons:
            result = "Hội đồng xét" if reason.kind == JUDGEMENT else PASSED_TEXT[reason.passed]
            sheet.append(
                [
                    evaluation.subject.code,
                    evaluation.subject.name,
                    reason.criterion,
                    result,
                    reason.detail,
                    reason.basis,
                    f"{reason.confidence} – {CONFIDENCE_LABELS[reason.confidence]}",
                ]
            )
    _wrap(sheet)


def _wrap(sheet: Worksheet) -> None:
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _header(
    sheet: Worksheet, title: str, subtitle: str, columns: tuple[tuple[str, int], ...]
) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([subtitle])
    sheet["A2"].font = Font(italic=True)
    sheet.append([name for name, _width in columns])
    for index, (_name, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=3, column=index)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A4"
