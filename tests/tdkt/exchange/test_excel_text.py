"""Text as Excel stores it: in a shared-strings part, in rich-text runs with phonetic hints,
and with `_xHHHH_` escapes for what XML cannot hold (a carriage return pasted from Word is
`_x000D_`, a literal `_x000D_` is `_x005F_x000D_`)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.tdkt.exchange.helpers import (
    PEOPLE_HEADERS,
    UNITS,
    as_excel_saves,
    base_book,
    fingerprint,
    write_book,
)

NOTE_HEADERS = [*PEOPLE_HEADERS, "Ghi chú"]


def test_a_workbook_saved_by_excel_reads_like_one_saved_by_openpyxl(services, tmp_path):
    report = services.exchange.import_workbook(as_excel_saves(base_book(tmp_path / "excel.xlsx")))
    assert sum(c.new for c in report.counts) == 4
    before = fingerprint(services, tmp_path)
    again = services.exchange.import_workbook(base_book(tmp_path / "openpyxl.xlsx"))
    assert [(c.new, c.updated) for c in again.counts] == [(0, 0), (0, 0)]
    assert fingerprint(services, tmp_path) == before


@pytest.mark.parametrize("saved_by", ["excel", "openpyxl"])
def test_excel_escapes_are_decoded(services, tmp_path, saved_by):
    rows = [
        NOTE_HEADERS,
        ["CN05", "Lê Văn_x000D_ Tư", "Nam", None, "VP", None, "Dòng một_x000D_\nDòng hai"],
        ["_x0001_CN06", "Trần Thị Năm", "Nữ", None, "VP", None, "mã _x005F_x000D_ là CR"],
    ]
    path = write_book(tmp_path / "escapes.xlsx", {"DonVi": UNITS, "CaNhan": rows})
    services.exchange.import_workbook(as_excel_saves(path) if saved_by == "excel" else path)
    people = {row.code: services.people.get(row.id) for row in services.people.list_rows()}
    assert sorted(people) == ["CN05", "CN06"]  # the control character is no part of a code
    assert people["CN05"].full_name == "Lê Văn Tư"
    assert people["CN05"].note == "Dòng một\nDòng hai"
    assert people["CN06"].note == "mã _x000D_ là CR"  # written literally in the cell


def test_rich_text_runs_without_their_phonetic_hints(services, tmp_path):
    rows = [PEOPLE_HEADERS, ["CN07", "RICH", "Nam", None, "VP", None]]
    path = as_excel_saves(write_book(tmp_path / "rich.xlsx", {"DonVi": UNITS, "CaNhan": rows}))
    runs = (
        '<r><t xml:space="preserve">Nguyễn </t></r><r><rPr><b/></rPr><t>Văn Bảy</t></r>'
        '<rPh sb="0" eb="1"><t>グエン</t></rPh>'
    )
    _replace_part(path, "xl/sharedStrings.xml", "<si><t>RICH</t></si>", f"<si>{runs}</si>")
    services.exchange.import_workbook(path)
    assert [row.full_name for row in services.people.list_rows()] == ["Nguyễn Văn Bảy"]


def _replace_part(path: Path, part: str, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    assert old.encode() in parts[part]
    parts[part] = parts[part].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
