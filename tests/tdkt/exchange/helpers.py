"""Building small workbooks for import tests, and a database fingerprint to compare."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from tdkt.app import Services

UNIT_HEADERS = ["Mã đơn vị*", "Tên đơn vị*", "Mã đơn vị cấp trên", "Thứ tự"]
PEOPLE_HEADERS = ["Mã cá nhân*", "Họ và tên*", "Giới tính*", "Ngày sinh", "Mã đơn vị*", "Số CCCD"]
UNITS = [UNIT_HEADERS, ["SO", "Sở Công Thương", None, 1], ["VP", "Văn phòng Sở", "SO", 1]]
PEOPLE = [
    PEOPLE_HEADERS,
    ["CN01", "Nguyễn Văn An", "Nam", "05/01/1980", "VP", "051080000001"],
    ["CN02", "Trần Thị Bình", "Nữ", 1985, "VP", None],
]


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook with the given sheets, each a list of rows (the first is the header)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def base_book(path: Path, **extra: list[list[Any]]) -> Path:
    """Units and two people, plus whatever sheets are given."""
    return write_book(path, {"DonVi": UNITS, "CaNhan": PEOPLE, **extra})


INLINE_CELL = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', re.S)
SHARED_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_RELATION = (
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def as_excel_saves(path: Path) -> Path:
    """Store a workbook's text as Excel does, in a shared-strings part (openpyxl writes every
    string inline in its cell)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    shared: list[bytes] = []

    def to_shared(match: re.Match[bytes]) -> bytes:
        shared.append(match[3])
        return b'<c %st="s"%s><v>%d</v></c>' % (match[1], match[2], len(shared) - 1)

    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = INLINE_CELL.sub(to_shared, parts[name])
    items = b"".join(b"<si>%s</si>" % text for text in shared)
    parts["xl/sharedStrings.xml"] = b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        MAIN,
        len(shared),
        len(shared),
        items,
    )
    override = b'<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/>' % SHARED_TYPE
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", override + b"</Types>"
    )
    relation = b'<Relationship Id="rIdShared" Type="%s" Target="sharedStrings.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", relation % SHARED_RELATION + b"</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def sheets_of(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path)
    return {sheet.title: list(sheet.values) for sheet in workbook.worksheets}


def fingerprint(services: Services, folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the database holds, as an export's sheets: equal before and after means
    nothing changed."""
    path = folder / f"fingerprint-{len(list(folder.glob('fingerprint-*')))}.xlsx"
    services.exchange.export_workbook(path)
    return sheets_of(path)


def messages(error: BaseException) -> list[str]:
    return str(error).splitlines()
