"""Start-up: the window shows before the database opens; a database in use is offered
read-only, a newer one is explained, the status bar says "Chỉ đọc"; after the window shows, a
failed integrity check offers the newest sound backup and sound data gets the day's backup."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QLabel, QListWidget

from tdkt.app import open_database
from tdkt.errors import StorageError
from tests.factories import add_person, add_unit
from ui.application import build_window
from ui.backups.integrity_dialog import IntegrityDialog
from ui.launch import Launch
from ui.main_window import MainWindow
from ui.pages import all_pages
from ui.startup import StartupChecks
from ui.tasks import SyncTaskRunner


@pytest.fixture
def shown_errors(monkeypatch):  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    monkeypatch.setattr("ui.launch.show_error", lambda _parent, error: errors.append(error))
    return errors


def launch(target: str, **options):  # type: ignore[no-untyped-def]
    """Start on `target` with a synchronous runner; the window, the launch, the exit codes."""
    quits: list[int] = []
    window = MainWindow(None, all_pages())
    started = Launch(window, SyncTaskRunner(), target, on_quit=quits.append, **options)
    started.start()
    return window, started, quits


def test_the_window_shows_before_the_database_opens(qtbot):
    window = MainWindow(None, all_pages())
    qtbot.addWidget(window)
    assert not window.findChild(QListWidget, "sidebar").isEnabled()
    assert window.statusBar().currentMessage() == "Đang mở cơ sở dữ liệu…"


def test_database_in_use_is_offered_read_only(file_services, qtbot, shown_errors):
    location = str(file_services.backups.database)
    asked = []
    window, started, quits = launch(location, confirm_read_only=lambda e: asked.append(e) or True)
    qtbot.addWidget(window)
    assert started.services is not None and started.services.read_only and quits == []
    assert "đang được mở để ghi bởi thu.ky" in asked[0].message
    assert window.findChild(QListWidget, "sidebar").isEnabled()
    badge = window.findChild(QLabel, "readOnlyBadge")
    assert badge is not None and badge.text() == "Chỉ đọc"
    assert window.page("dashboard").dashboard is not None  # the first page has its data
    started.close()
    window, started, quits = launch(location, confirm_read_only=lambda _e: False)
    qtbot.addWidget(window)
    assert started.services is None and quits == [0]


def test_database_of_a_newer_version_is_explained(tmp_path, data_dir, shown_errors, qtbot):
    path = tmp_path / "moi.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    window, started, quits = launch(str(path))
    qtbot.addWidget(window)
    assert started.services is None and quits == [1]
    (error,) = shown_errors
    assert isinstance(error, StorageError) and "phiên bản TĐKT mới hơn" in error.message
    assert "cập nhật phần mềm" in error.hint


def window_on(services, qtbot):  # type: ignore[no-untyped-def]
    window = build_window(services, SyncTaskRunner())
    qtbot.addWidget(window)
    return window


def test_sound_data_gets_the_daily_backup(file_services, qtbot):
    window = window_on(file_services, qtbot)
    StartupChecks(window).start()
    (entry,) = file_services.backups.entries()
    assert entry.file.reason == "tự động hằng ngày"
    assert "Đã tự động sao lưu" in window.statusBar().currentMessage()


def test_failed_check_offers_the_newest_sound_backup(file_services, qtbot, clock):
    unit = add_unit(file_services)
    add_person(file_services, unit.id)
    file_services.backups.create()
    clock.advance(hours=1)
    with sqlite3.connect(file_services.backups.database) as other:  # damage behind its back
        other.execute("PRAGMA foreign_keys = OFF")
        other.execute("UPDATE person SET unit_id = 99")
    window = window_on(file_services, qtbot)
    checks = StartupChecks(window)
    checks.start()
    dialog = checks.dialog
    assert isinstance(dialog, IntegrityDialog) and dialog.restore_button is not None
    assert "Bản sao lưu lành gần nhất: 15/12/2025 09:00" in dialog.advice.text()
    with qtbot.waitSignal(window.context.events.data_replaced, timeout=5000):
        dialog.accept()
    assert file_services.integrity.check().sound
    assert len(file_services.backups.entries()) == 2  # the damaged data was kept too
