"""The Sao lưu page: the list with counts, back up now, restore from the list, settings with
inline errors, and the PostgreSQL/in-memory explanation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.factories import add_person, add_unit
from ui.backups.backups_page import BackupsPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, file_context, clock):  # type: ignore[no-untyped-def]
    services = file_context.services
    unit = add_unit(services)
    add_person(services, unit.id)
    services.backups.create()
    clock.advance(hours=2)
    add_unit(services, "P2", "Phòng 2")
    services.backups.before("nhập Excel")
    widget = BackupsPage(file_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def shown(page: BackupsPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_backups_are_listed_newest_first_with_what_they_hold(page):
    rows = shown(page)
    assert [row[:5] for row in rows] == [
        ["15/12/2025 11:00", "trước khi nhập Excel", "2", "1", "0"],
        ["15/12/2025 09:00", "sao lưu thủ công", "1", "1", "0"],
    ]
    assert rows[0][6].startswith("tdkt_2025-12-15_11-00-00_")
    assert page.count.text().startswith("2 bản sao lưu trong ")
    assert not page.restore_button.isEnabled()  # nothing chosen yet


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_back_up_now_adds_one(page, clock):
    clock.advance(minutes=5)
    page.back_up_now()
    assert shown(page)[0][1] == "sao lưu thủ công"
    assert page.model.rowCount() == 3
    assert page.backup_button.isEnabled()


def test_restore_from_the_list_brings_the_data_back(page, file_context, monkeypatch, qtbot):
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page.table.selectRow(1)  # the older backup: one unit
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(file_context.events.data_replaced, timeout=5000):
        page.restore_selected()
    assert "15/12/2025 09:00 (1 đơn vị, 1 cá nhân, 0 khen thưởng)" in asked[0]
    assert "Đã khôi phục dữ liệu từ" in told[0]
    assert [u.code for u in file_context.services.units.list_rows()] == ["VP"]
    assert shown(page)[0][1] == "trước khi khôi phục"  # the data before, kept


def test_declined_restore_changes_nothing(page, file_context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.table.selectRow(1)
    page.restore_selected()
    assert len(file_context.services.units.list_rows()) == 2


def test_settings_are_saved_and_wrong_ones_shown_inline(page, file_context, tmp_path):
    box = page.settings_box
    box.folder.setText(str(tmp_path / "usb"))
    box.daily_days.setValue(45)
    page.save_settings()
    assert file_context.services.backups.settings().daily_days == 45
    assert page.count.text() == f"0 bản sao lưu trong {tmp_path / 'usb'}"
    box.folder.setText("tuong-doi")
    page.save_settings()
    assert "thư mục đầy đủ" in box.errors.message("folder")


def test_in_memory_database_explains_instead_of_listing(qtbot, page_context):
    widget = BackupsPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    assert "không có tệp để sao lưu" in widget.intro.text()
    assert widget.table.isHidden() and widget.settings_box.isHidden()
