"""The import wizard: choose a file → check it (preview) → confirm → write with progress → summary.

Reading and checking run on the task runner and write nothing; only "Nhập dữ liệu" writes,
in one transaction that Cancel rolls back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tdkt.exchange.report import problems_text
from tdkt.exchange.service import ImportRefusedError
from tdkt.exchange.types import ImportReport
from tdkt.progress import Cancelled
from ui.context import PageContext
from ui.errors import show_error
from ui.exchange.steps import ChooseStep, PreviewStep, ProgressStep, SummaryStep
from ui.tasks import ProgressBridge
from ui.widgets.save_file import ask_save_path

EXCEL_FILTER = "Sổ tính Excel (*.xlsx)"


class ImportWizard(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Nhập dữ liệu từ Excel")
        self.choose, self.progress = ChooseStep(), ProgressStep()
        self.preview, self.summary = PreviewStep(), SummaryStep()
        self.stack = QStackedWidget()
        for step in (self.choose, self.progress, self.preview, self.summary):
            self.stack.addWidget(step)
        self.back = QPushButton("Quay lại")
        self.next = QPushButton("Kiểm tra tệp", objectName="primary")
        self.close_button = QPushButton("Đóng")
        self._bridge: ProgressBridge | None = None
        self._reading: Any = None  # the workbook as read: what "Nhập dữ liệu" writes
        self._report: ImportReport | None = None
        self._connect()
        self._layout()
        self._show(self.choose)
        self.resize(860, 600)

    def _connect(self) -> None:
        self.choose.browse.clicked.connect(self._browse)
        self.progress.cancel.clicked.connect(self._cancel)
        self.preview.copy.clicked.connect(self._copy_problems)
        self.preview.save.clicked.connect(self._save_problems)
        self.back.clicked.connect(lambda: self._show(self.choose))
        self.next.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.next)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _show(self, step: QWidget) -> None:
        self.stack.setCurrentWidget(step)
        busy = step is self.progress
        self.back.setVisible(step is self.preview)
        self.close_button.setVisible(not busy)  # the progress step has its own Cancel
        self.next.setVisible(step in (self.choose, self.preview))
        if step is self.choose:
            self.next.setText("Kiểm tra tệp")
            self.next.setEnabled(bool(self.choose.path.text()))
        elif step is self.preview:
            self.next.setText("Nhập dữ liệu")
            self.next.setEnabled(self._report is not None and self._report.can_import)
        self.close_button.setText("Đóng" if step is self.summary else "Hủy")

    # --- step 1: the file

    def choose_file(self) -> str:
        """Ask for the workbook (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, "Chọn sổ tính cần nhập", "", EXCEL_FILTER)
        return path

    def set_path(self, path: str) -> None:
        self.choose.path.setText(path)
        self._show(self.choose)

    @Slot()
    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.set_path(path)

    @Slot()
    def _next(self) -> None:
        if self.stack.currentWidget() is self.choose:
            self.check()
        elif self.stack.currentWidget() is self.preview:
            self.confirm()

    # --- step 2: read and check, nothing written

    def check(self) -> None:
        exchange = self.context.services.exchange
        path = Path(self.choose.path.text())
        bridge = self._start("Đang đọc và kiểm tra tệp…")

        def work() -> tuple[Any, ImportReport]:
            reading = exchange.read(path, bridge)
            bridge.report(1.0, "Đang đối chiếu với dữ liệu hiện có…")
            return reading, exchange.check(reading)

        self.context.runner.run(work, self._on_checked, self._on_check_failed)

    def _on_checked(self, result: tuple[Any, ImportReport]) -> None:
        self._bridge = None
        self._reading, self._report = result
        self.preview.show_report(self._report)
        self._show(self.preview)

    def _on_check_failed(self, error: BaseException) -> None:
        self._bridge = None
        self._show(self.choose)
        if not isinstance(error, Cancelled):
            show_error(self, error)

    # --- step 3: write, in one transaction

    def confirm(self) -> None:
        exchange, reading = self.context.services.exchange, self._reading
        bridge = self._start("Đang nhập dữ liệu…")
        self.context.runner.run(
            lambda: exchange.apply(reading, bridge), self._on_imported, self._on_import_failed
        )

    def _on_imported(self, report: ImportReport) -> None:
        self._bridge = None
        self.summary.show_done(report)
        self._show(self.summary)
        self.context.events.data_replaced.emit()

    def _on_import_failed(self, error: BaseException) -> None:
        self._bridge = None
        if isinstance(error, Cancelled):
            self.summary.show_cancelled()
            self._show(self.summary)
        elif isinstance(error, ImportRefusedError):  # the data changed since the check
            self._report = error.report
            self.preview.show_report(error.report)
            self._show(self.preview)
        else:
            self._show(self.preview)
            show_error(self, error)

    # --- progress and cancel

    def _start(self, title: str) -> ProgressBridge:
        self._bridge = bridge = ProgressBridge()
        bridge.progressed.connect(self.progress.show_progress)
        self.progress.start(title)
        self._show(self.progress)
        return bridge

    @Slot()
    def _cancel(self) -> None:
        if self._bridge is not None:
            self._bridge.cancel()
            self.progress.cancel.setEnabled(False)
            self.progress.text.setText("Đang dừng và hoàn tác…")

    def reject(self) -> None:
        if self._bridge is None:  # while working, Cancel on the progress step stops it
            super().reject()

    # --- the problem list

    @Slot()
    def _copy_problems(self) -> None:
        if self._report is not None:
            QApplication.clipboard().setText(problems_text(self._report))

    def problems_path(self) -> str:
        """Where to save the problem list (tests replace this)."""
        assert self._report is not None
        suggested = Path(self._report.file_name).stem + " - danh sách lỗi.xlsx"
        chosen = ask_save_path(self, "Lưu danh sách lỗi", suggested)
        return str(chosen) if chosen is not None else ""

    @Slot()
    def _save_problems(self) -> None:
        path = self.problems_path()
        if not path or self._report is None:
            return
        exchange, report = self.context.services.exchange, self._report
        self.context.runner.run(  # a long list is a workbook worth writing off the GUI thread
            lambda: exchange.write_problems(report, Path(path)),
            None,
            lambda error: show_error(self, error),
        )
