"""Every kind of bad input is refused with a clear Vietnamese message and changes nothing."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook

from tdkt.errors import ValidationError
from tdkt.exchange.service import ImportRefusedError
from tests.tdkt.exchange.helpers import PEOPLE_HEADERS, base_book, fingerprint, write_book

RATING_HEADERS = ["Mã đối tượng*", "Năm*", "Xếp loại*"]
AWARD_HEADERS = ["Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Số quyết định"]
INITIATIVE_HEADERS = ["Mã sáng kiến*", "Tên sáng kiến*", "Tác giả*", "Năm công nhận*", "Phạm vi*"]


@pytest.fixture
def loaded(services, tmp_path):  # type: ignore[no-untyped-def]
    """A database with two units and two people, and its fingerprint."""
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    return services, fingerprint(services, tmp_path)


def refused(services, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefusedError) as caught:
        services.exchange.import_workbook(path)
    return [str(p) for p in caught.value.report.errors]


def unusable(services, path: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.exchange.import_workbook(path)
    assert not isinstance(caught.value, ImportRefusedError)
    return str(caught.value)


def test_a_file_that_is_not_a_workbook(loaded, tmp_path):
    services, before = loaded
    path = tmp_path / "notes.xlsx"
    path.write_text("Danh sách cá nhân", encoding="utf-8")
    assert "không phải là sổ tính Excel (.xlsx)" in unusable(services, path)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "không phải sổ tính")
    assert "không phải là sổ tính Excel" in unusable(services, broken)
    assert fingerprint(services, tmp_path) == before


def test_an_empty_workbook(loaded, tmp_path):
    services, before = loaded
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    assert "không có trang nào theo mẫu" in unusable(services, path)
    only_headers = write_book(tmp_path / "headers.xlsx", {"CaNhan": [PEOPLE_HEADERS]})
    assert "không có dòng dữ liệu nào" in unusable(services, only_headers)
    assert fingerprint(services, tmp_path) == before


def test_a_password_protected_workbook(loaded, tmp_path):
    services, before = loaded
    plain = base_book(tmp_path / "plain.xlsx")
    encrypted = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, encrypted.open("wb") as target:
        OOXMLFile(source).encrypt("matkhau", target)
    assert "được bảo vệ bằng mật khẩu" in unusable(services, encrypted)
    assert fingerprint(services, tmp_path) == before


def test_wrong_or_missing_required_headers(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "headers.xlsx",
        {
            "CaNhan": [
                ["Mã cá nhân", "Tên", "Giới tính", "Mã đơn vị"],
                ["CN05", "Lê Văn C", "Nam", "VP"],
            ]
        },
    )
    problems = refused(services, path)
    assert 'CaNhan, dòng 1, cột "Họ và tên": thiếu cột bắt buộc' in problems
    nothing = write_book(tmp_path / "other.xlsx", {"DanhGia": [["Mã", "Điểm"], ["CN01", 9]]})
    assert any("không tìm thấy dòng tiêu đề" in p for p in refused(services, nothing))
    assert fingerprint(services, tmp_path) == before


def test_headers_are_found_whatever_the_case_diacritics_and_order(services, tmp_path):
    path = write_book(
        tmp_path / "loose.xlsx",
        {
            "Đơn vị": [["TEN DON VI", " mã đơn vị "], ["Văn phòng", "VP"]],
            "ca nhan": [
                ["ma don vi", "GIỚI TÍNH", "Ho va ten", "Mã cá nhân"],
                ["VP", "nữ", "Lê Thị Hoa", "CN9"],
            ],
        },
    )
    report = services.exchange.import_workbook(path)
    assert [(c.sheet, c.new) for c in report.counts] == [("DonVi", 1), ("CaNhan", 1)]
    person = services.people.list_rows()[0]
    assert (person.code, person.full_name, person.gender) == ("CN9", "Lê Thị Hoa", "nu")


def test_blank_required_cells(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "blank.xlsx",
        {
            "CaNhan": [
                PEOPLE_HEADERS,
                ["CN05", "   ", "Nam", None, "VP"],
                ["CN06", "Lê C", None, None, "VP"],
            ]
        },
    )
    problems = refused(services, path)
    assert 'CaNhan, dòng 2, cột "Họ và tên": không được để trống' in problems
    assert 'CaNhan, dòng 3, cột "Giới tính": không được để trống' in problems
    assert fingerprint(services, tmp_path) == before


def test_impossible_dates_and_text_in_date_cells(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "dates.xlsx",
        {
            "CaNhan": [
                PEOPLE_HEADERS,
                ["CN05", "Lê Văn C", "Nam", "31/02/1980", "VP"],
                ["CN06", "Lê Văn D", "Nam", "mùng năm tháng giêng", "VP"],
            ],
            "KyLuat": [
                ["Mã cá nhân*", "Hình thức*", "Ngày hiệu lực*"],
                ["CN01", "Khiển trách", 45123],
            ],
        },
    )
    problems = refused(services, path)
    assert (
        'CaNhan, dòng 2, cột "Ngày sinh": "31/02/1980" không phải là ngày hợp lệ (dd/mm/yyyy)'
        in problems
    )
    assert any(p.startswith('CaNhan, dòng 3, cột "Ngày sinh": "mùng năm') for p in problems)
    assert (
        'KyLuat, dòng 2, cột "Ngày hiệu lực": "45123" là số, không phải ngày (dd/mm/yyyy)'
        in problems
    )
    assert fingerprint(services, tmp_path) == before


def test_unknown_unit_person_title_and_initiative_codes(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "codes.xlsx",
        {
            "CaNhan": [PEOPLE_HEADERS, ["CN05", "Lê Văn C", "Nam", None, "PHONG_X"]],
            "DanhGia": [RATING_HEADERS, ["CN99", 2024, "HTXSNV"]],
            "KhenThuong": [
                [*AWARD_HEADERS, "Căn cứ"],
                ["CN01", "Bằng khen hạng sang", 2024, "1/QĐ", None],
                ["CN01", "BK_TINH", 2024, "2/QĐ", "HTXSNV; SK404"],
            ],
            "SangKien": [
                INITIATIVE_HEADERS,
                ["SK1", "Số hóa hồ sơ", "CN01:60; CN77:40", 2024, "Cơ sở"],
            ],
        },
    )
    problems = refused(services, path)
    assert 'CaNhan, dòng 2, cột "Mã đơn vị": không có đơn vị mã "PHONG_X"' in problems
    assert any(
        p.startswith('DanhGia, dòng 2, cột "Mã đối tượng": không có cá nhân hoặc đơn vị mã "CN99"')
        for p in problems
    )
    assert any(
        p.startswith(
            'KhenThuong, dòng 2, cột "Danh hiệu/Hình thức": "Bằng khen hạng sang" không phải'
        )
        for p in problems
    )
    assert any('căn cứ "SK404"' in p for p in problems)
    assert any('không có cá nhân mã "CN77"' in p for p in problems)
    assert fingerprint(services, tmp_path) == before


def test_a_code_repeated_inside_one_sheet(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "repeat.xlsx",
        {
            "CaNhan": [
                PEOPLE_HEADERS,
                ["CN05", "Lê Văn C", "Nam", None, "VP"],
                ["CN05", "Lê Văn D", "Nam", None, "VP"],
            ],
            "DanhGia": [RATING_HEADERS, ["CN01", 2024, "HTTNV"], ["CN01", 2024, "HTXSNV"]],
        },
    )
    problems = refused(services, path)
    assert 'CaNhan, dòng 3, cột "Mã cá nhân": mã cá nhân trùng với dòng 2' in problems
    assert any(p.startswith("DanhGia, dòng 3") and "trùng với dòng 2" in p for p in problems)
    assert fingerprint(services, tmp_path) == before


def test_ratings_scopes_and_genders_outside_their_lists(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "lists.xlsx",
        {
            "CaNhan": [PEOPLE_HEADERS, ["CN05", "Lê Văn C", "Khác", None, "VP"]],
            "DanhGia": [RATING_HEADERS, ["CN01", 2024, "Xuất sắc"]],
            "SangKien": [INITIATIVE_HEADERS, ["SK1", "Số hóa hồ sơ", "CN01", 2024, "Huyện"]],
        },
    )
    problems = refused(services, path)
    assert (
        'CaNhan, dòng 2, cột "Giới tính": "Khác" không hợp lệ, chỉ nhận "Nam" hoặc "Nữ"' in problems
    )
    assert any(
        p.startswith('DanhGia, dòng 2, cột "Xếp loại": "Xuất sắc" không hợp lệ, chỉ nhận "HTXSNV"')
        for p in problems
    )
    assert (
        'SangKien, dòng 2, cột "Phạm vi": "Huyện" không hợp lệ, '
        'chỉ nhận "Cơ sở", "Tỉnh", "Bộ" hoặc "Toàn quốc"' in problems
    )
    assert fingerprint(services, tmp_path) == before


def test_numbers_where_text_is_expected_and_the_reverse(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "types.xlsx",
        {
            "CaNhan": [PEOPLE_HEADERS, ["CN05", 12345, "Nam", None, "VP"]],
            "DanhGia": [
                RATING_HEADERS,
                ["CN01", "năm ngoái", "HTTNV"],
                ["CN02", datetime(2024, 1, 1), "HTTNV"],
            ],
            "DonVi": [["Mã đơn vị*", "Tên đơn vị*", "Thứ tự"], ["KT", "Phòng Kế toán", "đầu tiên"]],
        },
    )
    problems = refused(services, path)
    assert 'CaNhan, dòng 2, cột "Họ và tên": Họ và tên không được chứa chữ số' in problems
    assert (
        'DanhGia, dòng 2, cột "Năm": "năm ngoái" không phải là năm (bốn chữ số, ví dụ 2024)'
        in problems
    )
    assert (
        'DanhGia, dòng 3, cột "Năm": "01/01/2024" không phải là năm (bốn chữ số, ví dụ 2024)'
        in problems
    )
    assert 'DonVi, dòng 2, cột "Thứ tự": "đầu tiên" không phải là số nguyên' in problems
    assert fingerprint(services, tmp_path) == before


def test_numeric_codes_are_read_as_text(services, tmp_path):
    path = write_book(
        tmp_path / "numeric.xlsx",
        {
            "DonVi": [["Mã đơn vị*", "Tên đơn vị*"], [10, "Văn phòng"]],
            "CaNhan": [PEOPLE_HEADERS, [1001, "Lê Văn C", "Nam", 1970.0, 10, 51080000001]],
        },
    )
    services.exchange.import_workbook(path)
    person = services.people.list_rows()[0]
    assert (person.code, person.birth_year, person.cccd) == ("1001", 1970, "051080000001")


def test_very_long_texts(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "long.xlsx",
        {
            "DonVi": [["Mã đơn vị*", "Tên đơn vị*"], ["KT", "Phòng " + "rất " * 80]],
            "CaNhan": [PEOPLE_HEADERS, ["C" * 41, "Lê C", "Nam", None, "VP"]],
        },
    )
    problems = refused(services, path)
    assert 'DonVi, dòng 2, cột "Tên đơn vị": dài 325 ký tự, tối đa 250 ký tự' in problems
    assert 'CaNhan, dòng 2, cột "Mã cá nhân": dài 41 ký tự, tối đa 40 ký tự' in problems
    assert fingerprint(services, tmp_path) == before


def test_decomposed_unicode_names_are_stored_nfc(services, tmp_path):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    path = base_book(tmp_path / "nfd.xlsx")
    path = write_book(
        tmp_path / "nfd.xlsx",
        {
            "DonVi": [
                ["Mã đơn vị*", "Tên đơn vị*"],
                ["VP", unicodedata.normalize("NFD", "Văn phòng Sở")],
            ],
            "CaNhan": [PEOPLE_HEADERS, ["CN1", f"  {decomposed} ", "Nữ", None, "VP"]],
        },
    )
    services.exchange.import_workbook(path)
    person = services.people.list_rows()[0]
    assert person.full_name == "Nguyễn Thị Ánh" == unicodedata.normalize("NFC", person.full_name)
    assert person.unit_name == "Văn phòng Sở"
    assert services.exchange.import_workbook(path).counts[1].unchanged == 1


def test_a_refused_import_reports_every_problem_of_every_sheet(loaded, tmp_path):
    services, before = loaded
    path = write_book(
        tmp_path / "many.xlsx",
        {
            "CaNhan": [PEOPLE_HEADERS, ["CN05", "Lê Văn C", "Khác", None, "VP"]],
            "DanhGia": [RATING_HEADERS, ["CN01", 2024, "HTTNV"], ["CN01", 1900, "HTTNV"]],
            "KhenThuong": [AWARD_HEADERS, ["VP", "LDTT", 2024, None]],
        },
    )
    problems = refused(services, path)
    assert [p.split(",")[0] for p in problems] == ["CaNhan", "DanhGia", "KhenThuong"]
    assert (
        'KhenThuong, dòng 2, cột "Danh hiệu/Hình thức": "Lao động tiên tiến" không dành cho tập thể'
        in problems
    )
    assert fingerprint(services, tmp_path) == before


def test_a_workbook_damaged_inside_a_sheet(loaded, tmp_path):
    services, before = loaded
    good = base_book(tmp_path / "good.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # cut off in the middle of the rows
            target.writestr(item, data)
    assert "đã bị hỏng" in unusable(services, damaged)
    assert fingerprint(services, tmp_path) == before
