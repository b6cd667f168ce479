"""Browsing the audit log: filters, pages newest first, readable Vietnamese changes, and the
export to Excel."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tdkt.audit.readable import changes, show_value
from tdkt.audit.types import AuditQuery
from tdkt.people.types import PersonDraft
from tests.factories import add_person, add_unit


@pytest.fixture
def logged(services, clock):  # type: ignore[no-untyped-def]
    unit = add_unit(services)
    clock.advance(days=1)
    person = add_person(services, unit.id, birth="05/01/1980")
    clock.advance(days=1)
    services.people.update(
        person.id,
        PersonDraft("CN01", "Nguyễn Văn Ân", "nam", unit.id, birth="05/01/1980", is_leader=True),
        version=person.version,
    )
    return services


def test_entries_newest_first_with_readable_changes(logged):
    page = logged.audit.page(AuditQuery())
    assert page.total == len(page.entries) >= 3
    newest = page.entries[0]
    assert (newest.action_label, newest.entity_label, newest.actor) == ("Sửa", "Cá nhân", "thu.ky")
    assert newest.change_text() == "Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân; Lãnh đạo: không → có"
    inserted = next(e for e in page.entries if e.entity == "person" and e.action == "insert")
    shown = {c.label: c.after for c in inserted.changes}
    assert shown["Ngày sinh"] == "05/01/1980" and "search_text" not in shown
    assert "Họ và tên: Nguyễn Văn An" in inserted.change_text()


def test_filters_by_date_user_entity_and_text(logged, clock):
    today = clock.today()
    audit = logged.audit
    assert {e.entity for e in audit.page(AuditQuery(date_from=today)).entries} == {"person"}
    first_day = today.replace(day=today.day - 2)
    assert audit.page(AuditQuery(date_to=first_day, entity="unit")).total == 1
    assert audit.page(AuditQuery(date_to=first_day, entity="person")).total == 0
    assert audit.page(AuditQuery(actor="thu.ky")).total == audit.page(AuditQuery()).total
    assert audit.page(AuditQuery(actor="nguoi.khac")).total == 0
    units = audit.page(AuditQuery(entity="unit")).entries
    assert [e.entity_label for e in units] == ["Đơn vị"]
    assert audit.page(AuditQuery(text="Văn Ân")).total == 1
    assert ("person", "Cá nhân") in audit.entities()
    assert audit.actors() == ["thu.ky"]


def test_pages_slice_the_log(logged):
    everything = logged.audit.page(AuditQuery()).entries
    first = logged.audit.page(AuditQuery(), offset=0, limit=2)
    rest = logged.audit.page(AuditQuery(), offset=2, limit=100)
    assert [e.id for e in first.entries + rest.entries] == [e.id for e in everything]
    assert first.total == len(everything)


def test_export_writes_the_filtered_log_to_excel(logged, tmp_path):
    path = tmp_path / "nhat-ky.xlsx"
    written = logged.audit.export(AuditQuery(entity="person"), path)
    assert written == 2
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Nhật ký thay đổi – loại: Cá nhân"
    assert rows[1][:4] == ("Số hiệu", "Thời điểm", "Người thực hiện", "Thao tác")
    assert [r[3] for r in rows[2:]] == ["Sửa", "Thêm"]
    assert rows[2][7] == "Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân; Lãnh đạo: không → có"
    assert not list(tmp_path.glob("*.dang-ghi"))


def test_values_read_as_people_write_them():
    assert show_value(None) == "" and show_value(True) == "có"
    assert show_value("2025-12-05") == "05/12/2025"
    assert show_value("2025-12-05T09:30:00") == "05/12/2025 09:30"
    assert show_value("không phải ngày-") == "không phải ngày-"
    assert changes("không phải JSON", None)[0].before == "không phải JSON"


def test_bulk_actions_log_a_summary(file_services):
    from tdkt.demo.generator import generate_demo

    generate_demo(file_services, people=40, years=1)
    (demo,) = file_services.audit.page(AuditQuery(entity="database")).entries
    assert demo.action_label == "Tạo dữ liệu mẫu"
    assert "Số cá nhân: 40" in demo.change_text()


def test_cancelled_export_writes_no_file(logged, tmp_path):
    from tdkt.progress import Cancelled

    class Stop:
        def report(self, fraction: float, text: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return True

    path = tmp_path / "nhat-ky.xlsx"
    with pytest.raises(Cancelled):
        logged.audit.export(AuditQuery(), path, Stop())
    assert list(tmp_path.iterdir()) == []


def test_exported_moments_are_dates_shown_day_first(logged, tmp_path):
    path = tmp_path / "nhat-ky.xlsx"
    logged.audit.export(AuditQuery(entity="unit"), path)
    cell = load_workbook(path).active["B3"]
    assert cell.is_date and cell.number_format == "dd/mm/yyyy hh:mm"
