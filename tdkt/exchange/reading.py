"""Reading a whole workbook into typed rows per sheet, with every cell-level problem.

Nothing here touches the database: the result is checked against it afterwards.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from tdkt.errors import ValidationError
from tdkt.exchange.rows import Reading
from tdkt.exchange.sheet_reader import SheetReader
from tdkt.exchange.spec import SHEETS, header_key, sheet_named
from tdkt.exchange.types import error, warning
from tdkt.exchange.workbook import Book, SheetStream
from tdkt.progress import NullProgress, Progress, check_cancelled

PROGRESS_EVERY = 5_000
# What a truncated or tampered archive raises part-way through a sheet.
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, etree.XMLSyntaxError, ValueError)
SHEET_NAMES = ", ".join(spec.name for spec in SHEETS)
# The template's own instructions and catalogue travel with a filled-in copy: not data.
COMPANION_SHEETS = {"huongdan", "danhmuc"}


def read_workbook(path: Path, progress: Progress | None = None) -> Reading:
    """Read every sheet of the exchange format; raise ValidationError for an unusable file."""
    progress = progress or NullProgress()
    book = Book(path)
    try:
        reading = Reading(path.name)
        sheets = _known_sheets(book, reading)
        _read_sheets(book, sheets, reading, progress)
    except DAMAGED as error:
        raise ValidationError(
            f'Tệp "{path.name}" đã bị hỏng, không đọc hết được ({type(error).__name__}). '
            "Hãy mở bằng Excel, lưu lại rồi nhập lại."
        ) from error
    finally:
        book.close()
    if not reading.row_count and not any(p.is_error for p in reading.problems):
        raise ValidationError(
            f'Sổ tính "{path.name}" không có dòng dữ liệu nào để nhập (chỉ có dòng tiêu đề).'
        )
    return reading


def _known_sheets(book: Book, reading: Reading) -> dict[str, SheetStream]:
    """The sheets of the format (spec name → sheet of this file); others are warned about."""
    found: dict[str, SheetStream] = {}
    for sheet in book.sheets:
        spec = sheet_named(sheet.title)
        if header_key(sheet.title) in COMPANION_SHEETS:
            continue
        if spec is None:
            reading.problems.append(
                warning(sheet.title, None, "", "trang không thuộc mẫu, được bỏ qua")
            )
        elif spec.name in found:
            reading.problems.append(
                error(
                    sheet.title,
                    None,
                    "",
                    f'trùng với trang "{found[spec.name].title}"; chỉ được có một trang',
                )
            )
        else:
            found[spec.name] = sheet
    if not found:
        raise ValidationError(
            f'Sổ tính "{reading.file_name}" không có trang nào theo mẫu nhập liệu '
            f"(cần ít nhất một trong các trang {SHEET_NAMES}). Hãy dùng “Tải mẫu nhập liệu”."
        )
    order = [spec.name for spec in SHEETS]
    return dict(sorted(found.items(), key=lambda item: order.index(item[0])))


def _read_sheets(
    book: Book, sheets: dict[str, SheetStream], reading: Reading, progress: Progress
) -> None:
    total = sum(sheet.size for sheet in sheets.values()) or 1
    before = 0
    for name, sheet in sheets.items():
        spec = next(s for s in SHEETS if s.name == name)
        reader = SheetReader(spec)
        for count, raw in enumerate(book.rows(sheet), start=1):
            reader.take(raw)
            if count % PROGRESS_EVERY == 0:
                check_cancelled(progress)
                progress.report(
                    (before + sheet.read) / total,
                    f"Đang đọc trang {spec.name} (dòng {raw.number:,})…".replace(",", "."),
                )
        before += sheet.size
        data = reader.finish(sheet.merged)
        reading.problems.extend(reader.problems)
        if data is not None:
            reading.sheets[spec.name] = data
