"""Opening a workbook safely and streaming the rows of its sheets, hidden rows and merges too.

openpyxl's read-only worksheets stream rows in constant memory, but drop which rows are
hidden and the merged ranges, scan a whole sheet for its size when the file does not state
it up front (files written by openpyxl don't), and parse with the standard library's XML
parser. So openpyxl's reader (read-only) reads the workbook parts: sheet list and which
styles are dates; the shared strings are read in `strings.py` (which decodes Excel's
`_x000D_` escapes) and each sheet's XML is streamed here with lxml. Row attributes arrive
with each row, merged ranges after the last one (stored at the end of the sheet). Entities
are never resolved.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS

from tdkt.errors import ValidationError
from tdkt.exchange.strings import read_shared_strings, rich_text

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
ROW, CELL, VALUE, MERGE = (f"{{{SHEET_MAIN_NS}}}{tag}" for tag in ("row", "c", "v", "mergeCell"))
INLINE = f"{{{SHEET_MAIN_NS}}}is"
OPENING_FAILURES = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    OSError,
    SyntaxError,  # a damaged XML part: lxml's XMLSyntaxError, ElementTree's ParseError
)


@dataclass
class RawRow:
    number: int  # as Excel numbers it
    hidden: bool
    cells: dict[int, Any]  # column number → value, blanks left out


@dataclass
class SheetStream:
    """One sheet of the file; `merged` is filled once its rows have all been read."""

    title: str
    part: str  # the sheet's XML inside the archive
    size: int  # uncompressed bytes, to tell progress
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # c1, r1, c2, r2
    read: int = 0  # bytes parsed so far


class Book:
    """An open .xlsx: its worksheets in order, each streamed on demand."""

    def __init__(self, path: Path) -> None:
        _refuse_non_workbook(path)
        try:
            reader = ExcelReader(str(path), read_only=True, data_only=True)
            reader.read_manifest()
            strings = reader.package.find(SHARED_STRINGS)
            self._shared = read_shared_strings(reader.archive, strings and strings.PartName[1:])
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)  # which styles are dates
            self.sheets = [
                SheetStream(sheet.name, rel.target, reader.archive.getinfo(rel.target).file_size)
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "worksheet" in rel.Type
            ]
        except OPENING_FAILURES:
            raise ValidationError(_not_a_workbook(path.name)) from None
        self._reader = reader

    def close(self) -> None:
        self._reader.archive.close()

    def rows(self, sheet: SheetStream) -> Iterator[RawRow]:
        """Every non-empty row of a sheet, in order; fills `sheet.merged` at the end."""
        workbook = self._reader.wb
        cells = _CellReader(self._shared, workbook._date_formats, workbook.epoch)
        with self._reader.archive.open(sheet.part) as source:
            number = 0
            for _event, element in etree.iterparse(
                source, tag=(ROW, MERGE), resolve_entities=False, huge_tree=True
            ):
                if element.tag == MERGE:
                    sheet.merged.append(range_boundaries(element.get("ref")))
                    continue
                number = int(element.get("r") or number + 1)
                values = cells.read(element)
                hidden = element.get("hidden") in ("1", "true")
                _forget(element)
                sheet.read = source.tell()
                if values:
                    yield RawRow(number, hidden, values)
        sheet.read = sheet.size


class FormulaError(str):
    """A cell showing a formula error (#N/A, #DIV/0! …) instead of a value."""

    __slots__ = ()


class _CellReader:
    """The values of a row's cells, typed as Excel stored them (dates from their style)."""

    def __init__(self, shared: list[Any], date_styles: Any, epoch: Any) -> None:
        self.shared, self.date_styles, self.epoch = shared, date_styles, epoch
        self.columns: dict[str, int] = {}  # "AB" → 28, computed once per letter pair

    def read(self, row: Any) -> dict[int, Any]:
        values: dict[int, Any] = {}
        column = 0
        for cell in row.iterchildren(CELL):
            reference = cell.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                column = self.columns.get(letters) or self.columns.setdefault(
                    letters, _column_number(letters)
                )
            else:
                column += 1
            value = self._value(cell)
            if value is not None:
                values[column] = value
        return values

    def _value(self, cell: Any) -> Any:
        kind = cell.get("t", "n")
        text = None
        for child in cell:  # <v>, or <is> for an inline string; <f> (formula) is skipped
            if child.tag == VALUE:
                text = child.text
            elif child.tag == INLINE:
                return rich_text(child)
        if not text:
            return None
        if kind == "n":
            return self._number(text, cell.get("s"))
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return text == "1"
        if kind == "e":
            return FormulaError(text)
        if kind == "d":
            return from_ISO8601(text)
        return text  # "str": a formula's text result

    def _number(self, text: str, style: str | None) -> Any:
        number: int | float = int(text) if text.isdigit() else float(text)
        if style is not None and int(style) in self.date_styles:
            try:
                return from_excel(number, self.epoch)
            except (OverflowError, ValueError):
                return number  # no possible date: reported as a number where a date is due
        return number


def _column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def _forget(element: Any) -> None:
    """Free a parsed row and the ones before it: memory stays flat however long the sheet."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]


def _refuse_non_workbook(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise ValidationError(f'Không tìm thấy tệp "{path}".') from None
    except OSError as error:
        raise ValidationError(f'Không đọc được tệp "{path.name}": {error.strerror}.') from None
    if head == OLE_SIGNATURE:
        raise ValidationError(_ole_message(path))
    if not zipfile.is_zipfile(path):
        raise ValidationError(_not_a_workbook(path.name))


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
