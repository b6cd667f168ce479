"""The blank template, the problems workbook, and the import / export / template commands."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tdkt.cli.commands import domain_commands
from tdkt.cli.framework import build_parser, run_command
from tdkt.exchange.report import problems_text, write_problems
from tdkt.exchange.spec import SHEETS
from tdkt.exchange.types import ImportReport, Problem
from tests.tdkt.exchange.helpers import PEOPLE_HEADERS, base_book, sheets_of, write_book


def main(argv: list[str]) -> int:
    """The command line as main.py runs it, without setting up the log file."""
    commands = domain_commands()
    args = build_parser(commands).parse_args(argv)
    return run_command(next(c for c in commands if c.name == args.command), args)


def test_template_has_instructions_headers_lists_and_date_formats(services, tmp_path):
    path = services.exchange.write_template(tmp_path / "mau.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["HuongDan", "DanhMuc", *(s.name for s in SHEETS)]
    people = workbook["CaNhan"]
    assert [c.value for c in people[1]][:3] == ["Mã cá nhân*", "Họ và tên*", "Giới tính*"]
    lists = {
        sheet: {
            str(v.sqref).split(":")[0]: v.formula1
            for v in workbook[sheet].data_validations.dataValidation
        }
        for sheet in ("CaNhan", "DanhGia", "SangKien", "KhenThuong")
    }
    assert lists["CaNhan"]["C2"] == '"Nam,Nữ"'
    assert lists["DanhGia"]["C2"] == '"HTXSNV,HTTNV,HTNV,KHTNV"'
    assert lists["SangKien"]["F2"] == '"Cơ sở,Tỉnh,Bộ,Toàn quốc"'
    assert lists["KhenThuong"]["B2"].startswith("DanhMuc!$A$2:$A$")
    assert "Thường xuyên" in lists["KhenThuong"]["F2"]
    assert people.column_dimensions["D"].number_format == "DD/MM/YYYY"
    catalogue = [row[0] for row in workbook["DanhMuc"].iter_rows(min_row=2, values_only=True)]
    assert {"LDTT", "BK_TINH", "KNC_CT"} <= set(catalogue)
    assert "Nhập là tất cả hoặc không gì cả" in " ".join(
        str(c.value) for row in workbook["HuongDan"].iter_rows() for c in row if c.value
    )


def test_a_filled_template_imports_without_warnings_about_its_own_sheets(services, tmp_path):
    path = services.exchange.write_template(tmp_path / "mau.xlsx")
    workbook = load_workbook(path)
    workbook["DonVi"].append(["VP", "Văn phòng Sở"])
    workbook.save(path)
    report = services.exchange.import_workbook(path)
    assert report.written and report.problems == []


def test_problems_workbook_and_text(tmp_path):
    report = ImportReport(
        "a.xlsx",
        problems=[
            Problem("CaNhan", 7, "Giới tính", '"Khác" không hợp lệ'),
            Problem("", None, "", "x", False),
        ],
    )
    rows = sheets_of(write_problems(report, tmp_path / "loi.xlsx"))["Loi"]
    assert rows[1] == ("CaNhan", 7, "Giới tính", "Lỗi", '"Khác" không hợp lệ')
    assert (
        problems_text(report)
        == 'Lỗi – CaNhan, dòng 7, cột "Giới tính": "Khác" không hợp lệ\nCảnh báo – x'
    )


def test_command_line_import_export_and_template(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "import", str(base_book(tmp_path / "data.xlsx"))]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập data.xlsx: 4 dòng mới" in out and "CaNhan: 2 mới" in out
    assert main(["export", str(tmp_path / "out.xlsx"), "--db", db]) == 0
    assert sheets_of(tmp_path / "out.xlsx")["CaNhan"][1][:2] == ("CN01", "Nguyễn Văn An")
    assert main(["--db", db, "template", str(tmp_path / "mau.xlsx")]) == 0


def test_command_line_refusal_lists_every_problem_and_exits_2(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    main(["--db", db, "import", str(base_book(tmp_path / "data.xlsx"))])
    capsys.readouterr()
    bad = write_book(
        tmp_path / "bad.xlsx",
        {
            "CaNhan": [
                PEOPLE_HEADERS,
                ["CN07", "Lê Văn C", "Khác", None, "VP"],
                ["CN08", "", "Nam", "31/02/1980", "VP"],
            ]
        },
    )
    assert main(["--db", db, "import", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith('Không nhập "bad.xlsx": có 3 lỗi')
    assert err[1:] == [
        'CaNhan, dòng 2, cột "Giới tính": "Khác" không hợp lệ, chỉ nhận "Nam" hoặc "Nữ"',
        'CaNhan, dòng 3, cột "Họ và tên": không được để trống',
        'CaNhan, dòng 3, cột "Ngày sinh": "31/02/1980" không phải là ngày hợp lệ (dd/mm/yyyy)',
    ]
    missing = tmp_path / "missing.xlsx"
    assert main(["--db", db, "import", str(missing)]) == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err


def test_an_unwritable_target_is_a_storage_error(services, tmp_path):
    from tdkt.errors import StorageError

    missing_folder = tmp_path / "khong-co" / "out.xlsx"
    with pytest.raises(StorageError, match="Không ghi được tệp"):
        services.exchange.export_workbook(missing_folder)
    with pytest.raises(StorageError):
        services.exchange.write_template(missing_folder)
