"""Building small workbooks for import tests, and a database fingerprint to compare."""

from __future__ import annotations

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
