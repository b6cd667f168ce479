"""What the import fuzz (test_fuzz.py) found: numbers a column cannot hold, which crashed the
import (OverflowError, decimal.InvalidOperation, a raw PostgreSQL error) or were silently
rounded, are now refused at their cell with a Vietnamese message and nothing written; a
damaged shared-strings part is reported as a damaged file; and a unit whose order was left
blank no longer moves each time the same file is imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.exchange.service import ImportRefusedError
from tdkt.exchange.write_records import UNIT
from tdkt.exchange.writer import BulkWriter
from tdkt.progress import NullProgress
from tdkt.storage.unit_of_work import unit_of_work
from tests.tdkt.exchange.helpers import (
    UNIT_HEADERS,
    UNITS,
    as_excel_saves,
    base_book,
    fingerprint,
    write_book,
)

AWARD_HEADERS = [
    "Mã đối tượng",
    "Danh hiệu/Hình thức",
    "Năm",
    "Hệ số tiền thưởng",
    "Mức lương cơ sở",
]
INITIATIVE_HEADERS = ["Mã sáng kiến", "Tên sáng kiến", "Tác giả", "Năm công nhận", "Phạm vi"]


@pytest.fixture
def loaded(services, tmp_path):  # type: ignore[no-untyped-def]
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    return services, fingerprint(services, tmp_path)


def refused(services, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefusedError) as caught:
        services.exchange.import_workbook(path)
    return [str(p) for p in caught.value.report.errors]


def with_number_cells(path: Path, numbers: dict[str, str]) -> Path:
    """Turn text cells into number cells holding exactly the given text, as programs other
    than Excel may write them (`inf`, `nan`)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            for placeholder, number in numbers.items():
                cell = f't="inlineStr"><is><t>{placeholder}</t></is>'.encode()
                data = data.replace(cell, f't="n"><v>{number}</v>'.encode())
            target.writestr(name, data)
    return path


def test_a_sort_order_beyond_what_an_integer_column_holds(loaded, tmp_path):
    services, before = loaded
    rows = [UNIT_HEADERS, ["X1", "Đơn vị X", "SO", 10**12], ["X2", "Y", "SO", "9" * 20]]
    errors = refused(services, write_book(tmp_path / "order.xlsx", {"DonVi": rows}))
    assert errors == [
        'DonVi, dòng 2, cột "Thứ tự": "1000000000000" quá lớn, '
        "chỉ nhận số nguyên từ -2147483647 đến 2147483647",
        f'DonVi, dòng 3, cột "Thứ tự": "{"9" * 20}" quá lớn, '
        "chỉ nhận số nguyên từ -2147483647 đến 2147483647",
    ]
    assert fingerprint(services, tmp_path) == before


def test_infinite_and_not_a_number_cells_in_decimal_columns(loaded, tmp_path):
    services, before = loaded
    book = write_book(
        tmp_path / "nan.xlsx",
        {"KhenThuong": [AWARD_HEADERS, ["CN01", "LDTT", 2024, "SO-A", "SO-B"]]},
    )
    errors = refused(services, with_number_cells(book, {"SO-A": "nan", "SO-B": "inf"}))
    assert errors == [
        'KhenThuong, dòng 2, cột "Hệ số tiền thưởng": "nan" không phải là số',
        'KhenThuong, dòng 2, cột "Mức lương cơ sở": "inf" không phải là số',
    ]
    assert fingerprint(services, tmp_path) == before


def test_amounts_too_large_or_too_precise_for_their_columns(loaded, tmp_path):
    services, before = loaded
    rows = [AWARD_HEADERS, ["CN01", "LDTT", 2024, "1e20", 1e15], ["CN02", "LDTT", 2024, 1.234, 5.5]]
    errors = refused(services, write_book(tmp_path / "big.xlsx", {"KhenThuong": rows}))
    assert errors == [
        'KhenThuong, dòng 2, cột "Hệ số tiền thưởng": '
        "Hệ số tiền thưởng quá lớn: phải nhỏ hơn 10.000",
        'KhenThuong, dòng 2, cột "Mức lương cơ sở": '
        "Mức lương cơ sở quá lớn: phải nhỏ hơn 100.000.000.000.000",
        'KhenThuong, dòng 3, cột "Hệ số tiền thưởng": '
        "Hệ số tiền thưởng có tối đa 2 chữ số thập phân",
        'KhenThuong, dòng 3, cột "Mức lương cơ sở": Mức lương cơ sở phải là số nguyên',
    ]
    assert fingerprint(services, tmp_path) == before


def test_author_shares_with_more_decimals_than_stored(loaded, tmp_path):
    """33.333 was stored as 33.33: a second import of the same file then changed the row."""
    services, before = loaded
    rows = [INITIATIVE_HEADERS, ["SK5", "Cải tiến", "CN01:33.333; CN02:66.667", 2024, "Cơ sở"]]
    errors = refused(services, write_book(tmp_path / "share.xlsx", {"SangKien": rows}))
    assert errors == [
        'SangKien, dòng 2, cột "Tác giả": tỷ lệ của "CN01" có tối đa 2 chữ số thập phân '
        "(ví dụ 33,33)",
        'SangKien, dòng 2, cột "Tác giả": tỷ lệ của "CN02" có tối đa 2 chữ số thập phân '
        "(ví dụ 33,33)",
    ]
    assert fingerprint(services, tmp_path) == before
    rows[1][2] = "CN01:33.33; CN02:66.67"
    path = write_book(tmp_path / "share-ok.xlsx", {"SangKien": rows})
    assert services.exchange.import_workbook(path).written
    again = services.exchange.import_workbook(path)
    assert [(c.new, c.updated) for c in again.counts] == [(0, 0)]


def test_a_blank_order_keeps_a_unit_in_its_place_when_imported_again(loaded, tmp_path):
    services, _before = loaded
    rows = [UNIT_HEADERS, ["PKH", "Phòng Kế hoạch", "SO", None]]
    path = write_book(tmp_path / "order.xlsx", {"DonVi": rows})
    services.exchange.import_workbook(path)
    placed = {u.code: u.sort_order for u in services.units.list_rows()}
    again = services.exchange.import_workbook(path)
    assert [(c.new, c.updated, c.unchanged) for c in again.counts] == [(0, 0, 1)]
    assert {u.code: u.sort_order for u in services.units.list_rows()} == placed
    assert placed["PKH"] == placed["VP"] + 1  # new: after its siblings
    rows[1][2] = "VP"  # moved under another unit: after its new siblings
    moved = services.exchange.import_workbook(write_book(tmp_path / "moved.xlsx", {"DonVi": rows}))
    assert [(c.new, c.updated) for c in moved.counts] == [(0, 1)]
    assert {u.code: u.sort_order for u in services.units.list_rows()}["PKH"] == 1


def test_a_damaged_shared_strings_part_is_a_damaged_file(loaded, tmp_path):
    """Excel keeps the text in one part read before any sheet: a character XML forbids
    there raised lxml's XMLSyntaxError out of the import."""
    services, before = loaded
    path = as_excel_saves(write_book(tmp_path / "damaged.xlsx", {"DonVi": UNITS}))
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(b"SO<", b"S&#1;O<")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_workbook(path)
    assert "không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng" in caught.value.message
    assert fingerprint(services, tmp_path) == before


def test_a_database_failure_inside_a_bulk_write_is_a_tdkt_error(services):
    """On PostgreSQL rows travel by COPY, past SQLAlchemy: its failure is translated too."""
    row = {"code": "X", "name": None, "parent_id": None, "sort_order": 1, "active": True}
    row |= {"search_text": "x", "version": 1}
    with pytest.raises(ConflictError), unit_of_work(services.sessions) as session:
        BulkWriter(session, 1, NullProgress()).insert_plain(UNIT, [row])
    assert services.units.list_rows() == []
