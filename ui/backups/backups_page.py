"""Cài đặt › Sao lưu và khôi phục: the backups with what they hold, restore from the list or
from a file, back up now, and where backups go and how long they are kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from tdkt.backups.service import BackupEntry, RestoreResult
from tdkt.backups.settings import BackupSettings, default_folder
from tdkt.errors import StorageError, ValidationError
from ui.backups.settings_box import BackupSettingsBox
from ui.backups.table_model import BackupTableModel, show_time
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.widgets.confirm import confirmed
from ui.widgets.progress_task import ProgressTask
from ui.widgets.tables import make_table

INTRO = (
    "Phần mềm tự sao lưu mỗi ngày khi mở, và trước mỗi lần nhập Excel, khôi phục hoặc nâng "
    "cấp phiên bản. Nên chọn thư mục sao lưu trên ổ USB hoặc ổ mạng để dữ liệu còn nguyên "
    "khi máy tính hỏng. Khôi phục đưa toàn bộ dữ liệu về thời điểm của bản sao lưu; dữ liệu "
    "hiện tại được sao lưu trước."
)
COLUMN_WIDTHS = (130, 210, 80, 90, 120, 110)


@dataclass(frozen=True)
class Loaded:
    unsupported: StorageError | None
    settings: BackupSettings
    folder: Path
    entries: list[BackupEntry]


class BackupsPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.model = BackupTableModel()
        self.table = self._make_table()
        self.intro = QLabel(INTRO, objectName="countLabel")
        self.intro.setWordWrap(True)
        # Alone on the page (PostgreSQL), the explanation must read from the top.
        self.intro.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.count = QLabel(objectName="countLabel")
        self.backup_button = QPushButton("Sao lưu ngay", objectName="primary")
        self.restore_button = QPushButton("Khôi phục bản đã chọn")
        self.restore_file_button = QPushButton("Khôi phục từ tệp khác…")
        self.settings_box = BackupSettingsBox(str(default_folder()))
        # Not cancellable: a backup takes seconds, and a restore half-cancelled helps no one.
        self.task = ProgressTask(
            self, context.runner, "Sao lưu và khôi phục", cancellable=False, busy=self._busy
        )
        # A backup rotates the folder (old copies go): like the settings, not for a reader.
        self.writes(
            self.backup_button, self.restore_button, self.restore_file_button, self.settings_box
        )
        self._build_layout()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.settings_box.save_button.clicked.connect(self.save_settings)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        # Not sortable: newest first is the order that matters.
        return make_table(self.model, COLUMN_WIDTHS, sortable=False, name="backupTable")

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.settings_box)

    # --- loading

    def reload(self) -> None:
        backups = self.context.services.backups

        def work() -> Loaded:
            unsupported = backups.unsupported_reason()
            entries = [] if unsupported is not None else backups.entries()
            return Loaded(unsupported, backups.settings(), backups.folder(), entries)

        self.context.runner.run(work, self._on_loaded, lambda error: show_error(self, error))

    def _on_loaded(self, loaded: Loaded) -> None:
        supported = loaded.unsupported is None
        for widget in (self.table, self.count, self.settings_box, self.backup_button):
            widget.setVisible(supported)
        self.restore_button.setVisible(supported)
        self.restore_file_button.setVisible(supported)
        if not supported:
            assert loaded.unsupported is not None
            self.intro.setText(f"{loaded.unsupported.message}\n{loaded.unsupported.hint}")
        else:
            self.intro.setText(INTRO)
            self.settings_box.set_settings(loaded.settings)
            self.model.set_rows(loaded.entries)
            self.count.setText(f"{len(loaded.entries)} bản sao lưu trong {loaded.folder}")
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected()
        idle = not self.task.running
        self.restore_button.setEnabled(idle and entry is not None and entry.summary is not None)
        self.backup_button.setEnabled(idle)
        self.restore_file_button.setEnabled(idle)

    def _busy(self, busy: bool) -> None:
        self.settings_box.setEnabled(not busy)
        self._update_buttons()

    # --- actions

    def back_up_now(self) -> None:
        backups = self.context.services.backups
        self.task.start(
            "Đang sao lưu dữ liệu…",
            lambda progress: backups.create(progress=progress),
            lambda _backup: self.reload(),
            lambda error: show_error(self, error),
        )

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.summary is None:
            return
        question = (
            f"Khôi phục dữ liệu về thời điểm {show_time(entry)} ({entry.summary.counts_text()})?"
        )
        self._restore(entry.file.path, question)

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Chọn bản sao lưu",
            str(self.context.services.backups.folder()),
            "Cơ sở dữ liệu TĐKT (*.db *.sqlite);;Mọi tệp (*)",
        )
        if path:
            self._restore(Path(path), f"Khôi phục dữ liệu từ tệp {Path(path).name}?")

    def _restore(self, path: Path, question: str) -> None:
        text = (
            question + "\n\nToàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu. "
            "Dữ liệu hiện tại được sao lưu trước, nên có thể khôi phục lại nếu cần."
        )
        if not confirmed(self, "Khôi phục dữ liệu", text):
            return
        backups = self.context.services.backups
        self.task.start(
            "Đang khôi phục dữ liệu…",
            lambda progress: backups.restore(path, progress),
            self._on_restored,
            lambda error: show_error(self, error),
        )

    def _on_restored(self, result: RestoreResult) -> None:
        notes = "".join(f"\nLưu ý: {finding.message}" for finding in result.report.findings)
        QMessageBox.information(
            self,
            "Đã khôi phục",
            f"Đã khôi phục dữ liệu từ {result.source.name}: {result.summary.counts_text()}."
            + notes,
        )
        self.context.events.data_replaced.emit()
        self.reload()

    def save_settings(self) -> None:
        settings = self.settings_box.settings()
        backups = self.context.services.backups
        self.settings_box.errors.clear()
        self.context.runner.run(
            lambda: backups.save_settings(settings),
            lambda _saved: self.reload(),
            self._on_settings_failed,
        )

    def _on_settings_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.settings_box.errors.show(error.errors)
        else:
            show_error(self, error)
