"""Formulas, merged cells, hidden rows, title names, authors with shares, warnings, cancel."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tdkt.exchange.service import ImportRefusedError
from tdkt.progress import Cancelled
from tests.tdkt.exchange.helpers import PEOPLE_HEADERS, UNITS, base_book, fingerprint, write_book


def with_cached_values(path: Path, values: dict[str, str], kind: str = "str") -> Path:
    """Give formula cells the cached results Excel would have saved (openpyxl writes none);
    `kind` "e" makes them formula errors."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet2.xml"].decode()
    for ref, value in values.items():
        xml = re.sub(
            rf'<c r="{ref}"><f>(.*?)</f><v\s*/?>(</v>)?',
            rf'<c r="{ref}" t="{kind}"><f>\1</f><v>{value}</v>',
            xml,
        )
    parts["xl/worksheets/sheet2.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formulas_give_their_cached_value(services, tmp_path):
    path = write_book(
        tmp_path / "formulas.xlsx",
        {
            "DonVi": UNITS,
            "CaNhan": [PEOPLE_HEADERS, ["CN1", '=PROPER("le van an")', "Nam", None, '="V"&"P"']],
        },
    )
    services.exchange.import_workbook(with_cached_values(path, {"B2": "Lê Văn An", "E2": "VP"}))
    person = services.people.list_rows()[0]
    assert (person.full_name, person.unit_name) == ("Lê Văn An", "Văn phòng Sở")


def test_formula_errors_are_reported(services, tmp_path):
    path = write_book(
        tmp_path / "errors.xlsx",
        {
            "DonVi": UNITS,
            "CaNhan": [PEOPLE_HEADERS, ["CN1", "=VLOOKUP(1,A:A,2)", "Nam", None, "VP"]],
        },
    )
    with pytest.raises(ImportRefusedError) as caught:
        services.exchange.import_workbook(with_cached_values(path, {"B2": "#N/A"}, kind="e"))
    assert [str(p) for p in caught.value.report.errors] == [
        'CaNhan, dòng 2, cột "Họ và tên": ô có lỗi công thức #N/A; hãy sửa công thức trong Excel'
    ]


def test_merged_cells_hold_for_every_row_they_cover_and_hidden_rows_are_imported(
    services, tmp_path
):
    workbook = Workbook()
    units = workbook.active
    units.title = "DonVi"
    for row in UNITS:
        units.append(row)
    people = workbook.create_sheet("CaNhan")
    people.append(PEOPLE_HEADERS)
    people.append(["CN1", "Lê Văn An", "Nam", None, "VP"])
    people.append(["CN2", "Lê Thị Bình", "Nữ", None, None])
    people.append(["CN3", "Lê Văn Cường", "Nam", None, None])
    people.merge_cells("E2:E4")
    people.row_dimensions[3].hidden = True
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    report = services.exchange.import_workbook(path)
    assert {p.unit_name for p in services.people.list_rows()} == {"Văn phòng Sở"}
    warnings = [str(w) for w in report.warnings]
    assert any("vùng ô gộp (E2:E4)" in w for w in warnings)
    assert any("1 dòng đang bị ẩn (3)" in w for w in warnings)


def test_full_title_names_initiative_authors_and_basis(services, tmp_path):
    path = base_book(
        tmp_path / "awards.xlsx",
        SangKien=[
            ["Mã sáng kiến*", "Tên sáng kiến*", "Tác giả*", "Năm công nhận*", "Phạm vi*"],
            ["SK1", "Số hóa hồ sơ khen thưởng", "CN01:70; CN02:30", 2024, "cơ sở"],
        ],
        KhenThuong=[
            ["Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Căn cứ", "Loại khen thưởng"],
            ["CN01", "chiến sĩ thi đua cơ sở", 2024, "HTXSNV; SK1", "Thường xuyên"],
            ["VP", "Tap the lao dong tien tien", 2024, None, None],
        ],
    )
    services.exchange.import_workbook(path)
    awards = {(a.subject_code, a.title_code, a.basis) for a in services.awards.list_rows()}
    assert awards == {("CN01", "CSTDCS", "HTXSNV; SK1"), ("VP", "TTLDTT", "")}
    exported = tmp_path / "out.xlsx"
    services.exchange.export_workbook(exported)
    from tests.tdkt.exchange.helpers import sheets_of

    assert sheets_of(exported)["SangKien"][1][2] == "CN01:70; CN02:30"


def test_warnings_do_not_block(services, tmp_path):
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    path = write_book(
        tmp_path / "twins.xlsx",
        {
            "CaNhan": [
                PEOPLE_HEADERS,
                ["CN11", "NGUYEN VAN AN", "Nam", "05/01/1980", "VP"],
                ["CN12", "Phạm Văn Dũng", "Nam", None, "VP", "051080000001"],
            ],
            "SangKien": [
                ["Mã sáng kiến*", "Tên sáng kiến*", "Tác giả*", "Năm công nhận*", "Phạm vi*"],
                ["SK1", "Số hóa", "CN01:70; CN02:20", 2024, "Cơ sở"],
            ],
            "KhenThuong": [
                ["Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Số quyết định"],
                ["CN01", "GK_SO", 2024, "10/QĐ-SCT"],
                ["CN01", "GK_SO", 2024, "11/QĐ-SCT"],
            ],
        },
    )
    report = services.exchange.import_workbook(path)
    warnings = [str(w) for w in report.warnings]
    assert report.written and not report.errors
    assert any(
        'CaNhan, dòng 2, cột "Họ và tên": có thể trùng người' in w and '"CN01"' in w
        for w in warnings
    )
    assert any(
        'CaNhan, dòng 3, cột "Số CCCD": có thể trùng người: số CCCD 051080000001' in w
        for w in warnings
    )
    assert any("cộng lại 90 %" in w for w in warnings)
    assert any(
        w.startswith("KhenThuong, dòng 3") and "kiểm tra xem có ghi trùng" in w for w in warnings
    )
    by_code = {p.code: p for p in services.people.list_rows()}
    assert by_code["CN12"].cccd == "" and by_code["CN01"].cccd == "051080000001"


def test_codes_update_existing_records_and_absent_columns_stay(services, tmp_path):
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    path = write_book(
        tmp_path / "update.xlsx",
        {
            "CaNhan": [
                ["Mã cá nhân*", "Họ và tên*", "Giới tính*", "Mã đơn vị*", "Chức vụ"],
                ["CN01", "Nguyễn Văn An", "Nam", "SO", "Chánh Văn phòng"],
            ]
        },
    )
    report = services.exchange.import_workbook(path)
    assert (report.counts[0].new, report.counts[0].updated) == (0, 1)
    person = next(p for p in services.people.list_rows() if p.code == "CN01")
    assert (person.unit_name, person.position, person.cccd) == (
        "Sở Công Thương",
        "Chánh Văn phòng",
        "051080000001",
    )
    assert len(services.people.list_rows()) == 2


def test_cancel_while_writing_rolls_everything_back(services, tmp_path):
    before = fingerprint(services, tmp_path)

    class CancelWhenWriting:
        def report(self, fraction: float, text: str = "") -> None:
            self.writing = text.startswith("Đang ghi")

        def cancelled(self) -> bool:
            return getattr(self, "writing", False)

    reading = services.exchange.read(base_book(tmp_path / "base.xlsx"))
    with pytest.raises(Cancelled):
        services.exchange.apply(reading, CancelWhenWriting())
    assert fingerprint(services, tmp_path) == before


def test_check_writes_nothing_and_counts_per_sheet(services, tmp_path):
    reading = services.exchange.read(base_book(tmp_path / "base.xlsx"))
    report = services.exchange.check(reading)
    assert [(c.sheet, c.new) for c in report.counts] == [("DonVi", 2), ("CaNhan", 2)]
    assert services.people.list_rows() == []
    assert report.can_import


def test_apply_refuses_when_the_database_changed_since_the_check(services, tmp_path):
    path = write_book(
        tmp_path / "p.xlsx", {"CaNhan": [PEOPLE_HEADERS, ["CN1", "Lê Văn An", "Nam", None, "VP"]]}
    )
    reading = services.exchange.read(path)
    assert services.exchange.check(reading).errors  # no unit VP yet
    services.exchange.import_workbook(base_book(tmp_path / "base.xlsx"))
    assert services.exchange.apply(reading).written  # checked again at apply time
    with pytest.raises(ImportRefusedError):
        services.exchange.apply(
            services.exchange.read(
                write_book(
                    tmp_path / "bad.xlsx",
                    {"CaNhan": [PEOPLE_HEADERS, ["CN9", "X", "Nam", None, "NOPE"]]},
                )
            )
        )


def test_nominations_create_batches_with_snapshots(services, tmp_path):
    path = base_book(
        tmp_path / "nominations.xlsx",
        DeNghi=[
            ["Đợt đề nghị*", "Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Tóm tắt thành tích"],
            ["BK-TINH-2024", "CN02", "BK_TINH", 2024, "Hoàn thành xuất sắc nhiệm vụ\nhai năm liền"],
            ["BK-TINH-2024", "VP", "BK_TINH", 2024, None],
        ],
    )
    services.exchange.import_workbook(path)
    batch = services.nominations.batch_named("BK-TINH-2024")
    assert (batch.title_code, batch.year, batch.line_count, batch.status) == (
        "BK_TINH",
        2024,
        2,
        "du_thao",
    )
    lines = services.nominations.lines(batch.id)
    assert [(ln.subject_code, ln.subject_name, ln.birth_year, ln.unit_name) for ln in lines] == [
        ("CN02", "Trần Thị Bình", 1985, "Văn phòng Sở"),
        ("VP", "Văn phòng Sở", None, "Sở Công Thương"),
    ]
    assert lines[0].summary == "Hoàn thành xuất sắc nhiệm vụ\nhai năm liền"


def test_a_cancelled_export_writes_no_file(services, tmp_path):
    class CancelAtOnce:
        def report(self, fraction: float, text: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return True

    target = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        services.exchange.export_workbook(target, CancelAtOnce())
    assert list(tmp_path.iterdir()) == []
