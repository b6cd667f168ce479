"""Sheet by sheet: the agency, unit trees, discipline, award identities, renamed people."""

from __future__ import annotations

import pytest

from tdkt.exchange.service import ImportRefusedError
from tests.tdkt.exchange.helpers import UNIT_HEADERS, base_book, write_book

DISCIPLINE_HEADERS = [
    "Mã cá nhân*",
    "Hình thức*",
    "Ngày hiệu lực*",
    "Ngày kết thúc",
    "Số quyết định",
]


def test_agency_sheet_sets_the_fields_it_names(services, tmp_path):
    path = write_book(
        tmp_path / "agency.xlsx",
        {
            "CoQuan": [
                ["Thông tin*", "Giá trị*"],
                ["Tên cơ quan", "SỞ CÔNG THƯƠNG"],
                ["dia danh", "Quảng Ngãi"],
                ["Số điện thoại", "0255 3822 222"],
            ]
        },
    )
    report = services.exchange.import_workbook(path)
    agency = services.agency.get()
    assert (agency.name, agency.place, agency.signer) == ("SỞ CÔNG THƯƠNG", "Quảng Ngãi", "")
    assert report.counts[0].new == 2
    assert any("thông tin không thuộc mẫu" in str(w) for w in report.warnings)
    assert services.exchange.import_workbook(path).counts[0].unchanged == 2


def test_units_form_a_tree_in_any_row_order_and_cycles_are_refused(services, tmp_path):
    path = write_book(
        tmp_path / "tree.xlsx",
        {
            "DonVi": [
                UNIT_HEADERS,
                ["P1", "Phòng Một", "SO", None],
                ["SO", "Sở", None, None],
                ["P2", "Phòng Hai", "SO", None],
            ]
        },
    )
    services.exchange.import_workbook(path)
    rows = services.units.list_rows()
    assert [(r.code, r.depth, r.sort_order) for r in rows] == [
        ("SO", 0, 1),
        ("P1", 1, 1),
        ("P2", 1, 2),
    ]
    cycle = write_book(tmp_path / "cycle.xlsx", {"DonVi": [UNIT_HEADERS, ["SO", "Sở", "P1", None]]})
    with pytest.raises(ImportRefusedError) as caught:
        services.exchange.import_workbook(cycle)
    assert "vòng lặp" in str(caught.value)


def test_discipline_is_identified_by_person_form_and_date(services, tmp_path):
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    first = write_book(
        tmp_path / "kl.xlsx",
        {"KyLuat": [DISCIPLINE_HEADERS, ["CN01", "Khiển trách", "01/03/2024", None, "5/QĐ"]]},
    )
    services.exchange.import_workbook(first)
    again = write_book(
        tmp_path / "kl2.xlsx",
        {
            "KyLuat": [
                DISCIPLINE_HEADERS,
                ["CN01", "khien trach", "01/03/2024", "01/03/2025", "5/QĐ"],
            ]
        },
    )
    report = services.exchange.import_workbook(again)
    assert (report.counts[0].new, report.counts[0].updated) == (0, 1)
    person = next(p for p in services.people.list_rows() if p.code == "CN01")
    rows = services.discipline.list_for(person.id)
    assert [(r.form, r.ends_on.year if r.ends_on else None) for r in rows] == [
        ("khien_trach", 2025)
    ]
    backwards = write_book(
        tmp_path / "kl3.xlsx",
        {"KyLuat": [DISCIPLINE_HEADERS, ["CN01", "Cảnh cáo", "01/03/2024", "01/01/2024", None]]},
    )
    with pytest.raises(ImportRefusedError, match="ngày kết thúc trước ngày hiệu lực"):
        services.exchange.import_workbook(backwards)


def test_an_award_with_another_decision_number_is_another_record(services, tmp_path):
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    headers = ["Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Số quyết định", "Nội dung"]
    services.exchange.import_workbook(
        write_book(
            tmp_path / "a.xlsx", {"KhenThuong": [headers, ["CN01", "LDTT", 2024, "1/QĐ", "Cũ"]]}
        )
    )
    report = services.exchange.import_workbook(
        write_book(
            tmp_path / "b.xlsx",
            {
                "KhenThuong": [
                    headers,
                    ["CN01", "LDTT", 2024, "1/QĐ", "Mới"],
                    ["CN01", "LDTT", 2023, "2/QĐ", None],
                ]
            },
        )
    )
    assert (report.counts[0].new, report.counts[0].updated) == (1, 1)
    contents = sorted((a.year, a.content) for a in services.awards.list_rows())
    assert contents == [(2023, ""), (2024, "Mới")]


def test_a_code_that_now_names_someone_else_is_warned_about(services, tmp_path):
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    path = write_book(
        tmp_path / "rename.xlsx",
        {
            "CaNhan": [
                ["Mã cá nhân*", "Họ và tên*", "Giới tính*", "Mã đơn vị*"],
                ["CN01", "Hoàng Văn Tư", "Nam", "VP"],
            ]
        },
    )
    report = services.exchange.import_workbook(path)
    assert any('mã "CN01" đang là "Nguyễn Văn An"' in str(w) for w in report.warnings)


def test_unit_and_person_codes_share_one_name_space(services, tmp_path):
    path = base_book(tmp_path / "base.xlsx")
    services.exchange.import_workbook(path)
    clash = write_book(
        tmp_path / "clash.xlsx", {"DonVi": [UNIT_HEADERS, ["CN01", "Phòng mới", None, None]]}
    )
    with pytest.raises(ImportRefusedError, match='mã "CN01" đã được dùng cho một cá nhân'):
        services.exchange.import_workbook(clash)
