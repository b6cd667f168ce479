"""Reading a whole workbook into typed rows per sheet, with every cell-level problem.

Nothing here touches the database: the result is checked against it afterwards.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.workbook.workbook import Workbook

from tdkt.errors import ValidationError
from tdkt.exchange.rows import Reading
from tdkt.exchange.sheet_reader import SheetReader
from tdkt.exchange.spec import SHEETS, header_key, sheet_named
from tdkt.exchange.types import error, warning
from tdkt.exchange.workbook import SheetStream, open_workbook, sheet_size, stream_rows
from tdkt.progress import NullProgress, Progress, check_cancelled

PROGRESS_EVERY = 5_000
SHEET_NAMES = ", ".join(spec.name for spec in SHEETS)
# The template's own instructions and catalogue travel with a filled-in copy: not data.
COMPANION_SHEETS = {"huongdan", "danhmuc"}


def read_workbook(path: Path, progress: Progress | None = None) -> Reading:
    """Read every sheet of the exchange format; raise ValidationError for an unusable file."""
    progress = progress or NullProgress()
    workbook = open_workbook(path)
    try:
        reading = Reading(path.name)
        titles = _known_sheets(workbook, reading)
        _read_sheets(workbook, titles, reading, progress)
    finally:
        workbook.close()
    if not reading.row_count and not any(p.is_error for p in reading.problems):
        raise ValidationError(
            f'Sổ tính "{path.name}" không có dòng dữ liệu nào để nhập (chỉ có dòng tiêu đề).'
        )
    return reading


def _known_sheets(workbook: Workbook, reading: Reading) -> dict[str, str]:
    """The sheets of the format (spec name → title in this file); others are warned about."""
    titles: dict[str, str] = {}
    for title in workbook.sheetnames:
        spec = sheet_named(title)
        if header_key(title) in COMPANION_SHEETS:
            continue
        if spec is None:
            reading.problems.append(warning(title, None, "", "trang không thuộc mẫu, được bỏ qua"))
        elif spec.name in titles:
            reading.problems.append(
                error(
                    title, None, "", f'trùng với trang "{titles[spec.name]}"; chỉ được có một trang'
                )
            )
        else:
            titles[spec.name] = title
    if not titles:
        raise ValidationError(
            f'Sổ tính "{reading.file_name}" không có trang nào theo mẫu nhập liệu '
            f"(cần ít nhất một trong các trang {SHEET_NAMES}). Hãy dùng “Tải mẫu nhập liệu”."
        )
    order = [spec.name for spec in SHEETS]
    return dict(sorted(titles.items(), key=lambda item: order.index(item[0])))


def _read_sheets(
    workbook: Workbook, titles: dict[str, str], reading: Reading, progress: Progress
) -> None:
    total = sum(sheet_size(workbook, title) for title in titles.values()) or 1
    done = 0
    for name, title in titles.items():
        spec = next(s for s in SHEETS if s.name == name)
        reader = SheetReader(spec)
        stream = SheetStream(title)
        for raw in stream_rows(workbook, stream):
            reader.take(raw)
            done += 1
            if done % PROGRESS_EVERY == 0:
                check_cancelled(progress)
                progress.report(
                    min(done / total, 1.0), f"Đang đọc trang {spec.name} (dòng {raw.number:,})…"
                )
        data = reader.finish(stream.merged)
        reading.problems.extend(reader.problems)
        if data is not None:
            reading.sheets[spec.name] = data
