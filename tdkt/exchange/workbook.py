"""Opening a workbook safely and streaming the rows of a sheet, with hidden rows and merges.

openpyxl's read-only mode streams rows in constant memory but drops two things an import
must see: which rows are hidden, and merged ranges. Both are read here with openpyxl's own
sheet parser over the same archive: row attributes arrive with each row, merged ranges
after the last one (they are stored at the end of the sheet's XML).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._reader import WorkSheetParser

from tdkt.errors import ValidationError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


@dataclass
class RawRow:
    number: int  # as Excel numbers it
    hidden: bool
    cells: dict[int, Any]  # column number → value, blanks left out


@dataclass
class SheetStream:
    """One sheet being read; `merged` is filled once its rows have all been read."""

    title: str
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # c1, r1, c2, r2


def open_workbook(path: Path) -> Workbook:
    """The workbook in read-only mode, or a ValidationError saying plainly what the file is."""
    name = path.name
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise ValidationError(f'Không tìm thấy tệp "{path}".') from None
    except OSError as error:
        raise ValidationError(f'Không đọc được tệp "{name}": {error.strerror}.') from None
    if head == OLE_SIGNATURE:
        raise ValidationError(_ole_message(path))
    if not zipfile.is_zipfile(path):
        raise ValidationError(_not_a_workbook(name))
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError):
        raise ValidationError(_not_a_workbook(name)) from None


def _ole_message(path: Path) -> str:
    if ENCRYPTED_STREAM in path.read_bytes():
        return (
            f'Tệp "{path.name}" được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp bằng '
            "Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và nhập lại."
        )
    return (
        f'Tệp "{path.name}" là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel, chọn '
        "Lưu thành › Sổ làm việc Excel (.xlsx) rồi nhập tệp mới."
    )


def _not_a_workbook(name: str) -> str:
    return f'Tệp "{name}" không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng.'


def stream_rows(workbook: Workbook, stream: SheetStream) -> Iterator[RawRow]:
    """Every non-empty row of a sheet, in order; fills `stream.merged` at the end."""
    sheet = workbook[stream.title]
    with sheet._get_source() as source:  # the read-only sheet's XML inside the archive
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            attributes = parser.row_dimensions.pop(str(number), None) or {}
            values = {c["column"]: c["value"] for c in cells if c["value"] is not None}
            if values:
                yield RawRow(number, attributes.get("hidden") in ("1", "true"), values)
        if parser.merged_cells is not None:
            stream.merged = [range_boundaries(m.ref) for m in parser.merged_cells.mergeCell]


def sheet_size(workbook: Workbook, title: str) -> int:
    """The last row the sheet declares (0 when it does not say); for progress only."""
    return workbook[title].max_row or 0
