"""The Nhật ký page: newest first, fetched as the table scrolls, filtered, the selected change
field by field, and exported to Excel."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from tdkt.people.types import PersonDraft
from tests.factories import add_person, add_unit
from ui.audit.audit_page import AuditPageView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, page_context, clock):  # type: ignore[no-untyped-def]
    services = page_context.services
    unit = add_unit(services)
    clock.advance(days=1)
    person = add_person(services, unit.id)
    services.people.update(
        person.id, PersonDraft("CN01", "Nguyễn Văn Ân", "nam", unit.id), version=person.version
    )
    widget = AuditPageView(page_context)
    widget.page_size = 5
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def test_newest_first_and_more_fetched_as_the_table_scrolls(page):
    model = page.model
    total = model.total
    assert total == 18 + 3  # the built-in titles, the unit, the person added and edited
    assert model.rowCount() == 5
    assert [model.index(0, c).data() for c in range(5)] == [
        "16/12/2025 09:00",
        "thu.ky",
        "Sửa",
        "Cá nhân",
        "CN01 – Nguyễn Văn Ân",
    ]
    assert model.index(0, 5).data() == "Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân"
    assert page.count.text() == "21 dòng nhật ký (đang hiện 5 dòng mới nhất)"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert page.count.text() == "21 dòng nhật ký"


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_filters_narrow_the_log(page):
    filters = page.filters
    filters.entity.setCurrentIndex(filters.entity.findData("person"))
    assert page.model.total == 2
    filters.text.setText("Văn Ân")
    filters.text.editingFinished.emit()
    assert page.model.total == 1
    filters.entity.setCurrentIndex(0)
    filters.text.setText("")
    filters.date_from.setText("16/12/2025")
    filters.date_from.editingFinished.emit()
    assert page.model.total == 2
    filters.date_to.setText("31/02/2025")
    filters.date_to.editingFinished.emit()
    assert "không hợp lệ" in page.count.text()


def test_selected_entry_is_shown_field_by_field(page):
    page.table.selectRow(0)
    assert page.detail_title.text().startswith("Sửa cá nhân “CN01 – Nguyễn Văn Ân” – thu.ky, ")
    rows = [[page.changes.display(r, c) for c in range(3)] for r in page.changes.rows()]
    assert rows == [["Họ và tên", "Nguyễn Văn An", "Nguyễn Văn Ân"]]


def test_export_writes_what_is_filtered(page, tmp_path, monkeypatch):
    target = tmp_path / "nhat-ky"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    page.filters.entity.setCurrentIndex(page.filters.entity.findData("person"))
    page.export()
    assert page.count.text().startswith("Đã xuất 2 dòng nhật ký vào ")
    rows = list(load_workbook(tmp_path / "nhat-ky.xlsx").active.iter_rows(values_only=True))
    assert [r[3] for r in rows[2:]] == ["Sửa", "Thêm"]
    assert page.export_button.isEnabled()
