"""Around opening the database for the window (ui/launch.py opens it): the database may be
in use by another copy (offer to open it read-only) and may require a sign-in. After the
window shows, on the worker: the integrity check (a failure opens the dialog that offers the
newest sound backup), then, only on sound data, the day's automatic backup.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from tdkt.errors import DatabaseInUseError
from tdkt.integrity.types import IntegrityReport
from tdkt.users.types import SECRETARY
from ui.errors import show_error
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tdkt.app import Services
    from tdkt.backups.files import BackupFile
    from tdkt.backups.service import BackupEntry

log = logging.getLogger(__name__)


def ask_read_only(error: DatabaseInUseError, parent: QWidget | None = None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Tệp dữ liệu đang được dùng", error.message, parent=parent
    )
    box.setInformativeText(error.hint)
    read_only = box.addButton("Mở chỉ đọc", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Thoát", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only


def sign_in(services: Services, runner: TaskRunner) -> bool:
    """Ask who is working if sign-in is on; False when the user chose to leave."""
    if not services.users.sign_in_required():
        return True
    from ui.users.sign_in_dialog import SignInDialog

    return SignInDialog(services, runner).exec() == SignInDialog.DialogCode.Accepted


def status_text(services: Services) -> str:
    user = services.users.current
    if user is None:
        return ""
    role = "Thư ký" if user.role == SECRETARY else "Chỉ xem"
    return f"Người dùng: {user.username} ({role})"


def add_status_badges(window: MainWindow, services: Services) -> None:
    """`Chỉ đọc` when nothing can be saved, and who is signed in."""
    bar = window.statusBar()
    if services.read_only:
        badge = QLabel("Chỉ đọc", objectName="readOnlyBadge")
        badge.setToolTip(services.access.read_only_reason)
        bar.addPermanentWidget(badge)
    user = QLabel(status_text(services), objectName="userBadge")
    window.context.events.user_changed.connect(lambda: user.setText(status_text(services)))
    bar.addPermanentWidget(user)


class StartupChecks:
    """Integrity first; the daily backup only of data that passed it (a backup of damaged data
    would push a sound one out of the rotation)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.services = window.context.services
        self.runner = window.context.runner
        self.report: IntegrityReport | None = None
        self.dialog: QDialog | None = None  # the integrity dialog, once shown

    def start(self) -> None:
        self.runner.run(self.services.integrity.check, self._on_checked, self._on_failed)

    def _on_checked(self, report: IntegrityReport) -> None:
        self.report = report
        if report.sound:
            self._daily_backup()
            return
        log.error("integrity check failed at start:\n%s", report.text())
        backups = self.services.backups
        if backups.unsupported_reason() is not None:
            self._offer(None)
            return
        self.runner.run(backups.latest_sound, self._offer, lambda _error: self._offer(None))

    def _offer(self, backup: BackupEntry | None) -> None:
        from ui.backups.integrity_dialog import IntegrityDialog

        assert self.report is not None
        dialog = IntegrityDialog(self.report, backup, self.window)
        dialog.accepted.connect(lambda: self._restore(backup))
        dialog.open()
        self.dialog = dialog

    def _restore(self, backup: BackupEntry | None) -> None:
        if backup is None:
            return
        self.window.statusBar().showMessage("Đang khôi phục dữ liệu…")
        self.runner.run(
            lambda: self.services.backups.restore(backup.file.path),
            self._on_restored,
            lambda error: show_error(self.window, error),
        )

    def _on_restored(self, _result: object) -> None:
        self.window.statusBar().showMessage("Đã khôi phục dữ liệu từ bản sao lưu.", 10_000)
        self.window.context.events.data_replaced.emit()

    def _daily_backup(self) -> None:
        if self.services.read_only or self.services.backups.unsupported_reason() is not None:
            return
        self.runner.run(self.services.backups.daily, self._on_backed_up, self._on_backup_failed)

    def _on_backed_up(self, backup: BackupFile | None) -> None:
        if backup is not None:
            self.window.statusBar().showMessage(f"Đã tự động sao lưu: {backup.path}", 10_000)

    def _on_backup_failed(self, error: BaseException) -> None:
        # Not a reason to stop working: say it where it is seen, without a box every morning.
        log.warning("daily backup failed: %s", error)
        message = getattr(error, "message", str(error))
        self.window.statusBar().showMessage(f"Không tự động sao lưu được: {message}")

    def _on_failed(self, error: BaseException) -> None:
        show_error(self.window, error)
