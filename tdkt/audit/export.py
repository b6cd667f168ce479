"""The audit log as an Excel workbook: one row per change, the filter written on top."""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from tdkt.audit.labels import entity_label
from tdkt.audit.types import AuditEntry, AuditQuery
from tdkt.errors import StorageError
from tdkt.progress import Progress, check_cancelled
from tdkt.text import format_date

if TYPE_CHECKING:  # openpyxl keeps the class in a private module; for annotations only
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

HEADERS = (
    ("Số hiệu", 9),
    ("Thời điểm", 18),
    ("Người thực hiện", 18),
    ("Thao tác", 14),
    ("Loại bản ghi", 20),
    ("Mã bản ghi", 11),
    ("Bản ghi", 32),
    ("Thay đổi", 90),
)


def describe(query: AuditQuery) -> str:
    parts = []
    if query.date_from or query.date_to:
        parts.append(
            f"từ {format_date(query.date_from) or '…'} đến {format_date(query.date_to) or '…'}"
        )
    if query.actor:
        parts.append(f"người thực hiện: {query.actor}")
    if query.entity:
        parts.append(f"loại: {entity_label(query.entity)}")
    if query.text.strip():
        parts.append(f"có chữ: “{query.text.strip()}”")
    return "; ".join(parts) or "toàn bộ nhật ký"


def write_workbook(
    path: Path,
    query: AuditQuery,
    chunks: Iterable[list[AuditEntry]],
    total: int,
    progress: Progress,
) -> int:
    """Write atomically (a temporary file renamed at the end); Cancel leaves nothing behind."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("NhatKy")
    _head(sheet, query)
    partial = path.with_name(path.name + ".dang-ghi")
    written = 0
    try:
        for chunk in chunks:
            check_cancelled(progress)
            for entry in chunk:
                sheet.append(_row(sheet, entry))
            written += len(chunk)
            progress.report(written / max(total, 1), f"Đã ghi {written:,} / {total:,} dòng…")
    except BaseException:
        _discard(workbook, partial)
        raise
    try:
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Không ghi được tệp {path}: {error.strerror or error}.",
            "Hãy đóng tệp nếu đang mở trong Excel, hoặc chọn nơi lưu khác.",
        ) from error
    return written


def _discard(workbook: Workbook, partial: Path) -> None:
    """Finish and delete an abandoned workbook: a write-only one holds a temporary file
    that only saving closes and removes."""
    with suppress(OSError):
        workbook.save(partial)
    partial.unlink(missing_ok=True)


def _head(sheet: WriteOnlyWorksheet, query: AuditQuery) -> None:
    for column, (_, width) in enumerate(HEADERS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.freeze_panes = "A3"
    title = WriteOnlyCell(sheet, f"Nhật ký thay đổi – {describe(query)}")
    title.font = Font(bold=True)
    sheet.append([title])
    cells = []
    for header, _ in HEADERS:
        cell = WriteOnlyCell(sheet, header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center")
        cells.append(cell)
    sheet.append(cells)


def _row(sheet: WriteOnlyWorksheet, entry: AuditEntry) -> list[object]:
    moment = WriteOnlyCell(sheet, entry.at)
    moment.number_format = "dd/mm/yyyy hh:mm"  # as dates are written here, not ISO
    return [
        entry.id,
        moment,
        entry.actor,
        entry.action_label,
        entry.entity_label,
        entry.entity_id,
        entry.summary,
        entry.change_text(),
    ]
