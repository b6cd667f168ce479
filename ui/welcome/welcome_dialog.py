"""The first-run welcome: what the app is for, who the agency is, and demo data on request."""

from __future__ import annotations

import importlib.util
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from tdkt.agency.types import QUANG_NGAI_EXAMPLE, AgencySettings
from tdkt.errors import ValidationError
from tdkt.progress import Cancelled
from ui.agency_form import AgencyForm
from ui.context import PageContext
from ui.errors import show_error
from ui.tasks import ProgressBridge

GREETING = (
    "Phần mềm giúp thư ký Hội đồng Thi đua – Khen thưởng lưu giữ hồ sơ cá nhân, đơn vị, "
    "xếp loại và khen thưởng qua các năm; kiểm tra điều kiện các danh hiệu theo quy định "
    "từng thời kỳ; lập danh sách đề nghị, biên bản, tờ trình đúng thể thức và thống kê "
    "báo cáo. Dữ liệu được lưu trên máy này."
)
AGENCY_HINT = (
    "Thông tin dưới đây in ở phần đầu mọi văn bản. Có thể sửa lại sau tại "
    "Cài đặt › Thông tin cơ quan."
)
DEMO_LABEL = "Nạp dữ liệu mẫu để dùng thử (khoảng 150 cá nhân, 10 năm)"
DEMO_HINT = "Dữ liệu mẫu là người và đơn vị giả định; chỉ nên nạp vào một cơ sở dữ liệu trống."


def demo_available() -> bool:
    return importlib.util.find_spec("tdkt.demo.generator") is not None


def demo_last_year(today: date) -> int:
    """The last year the demo fills: this one only from December, when its awards are made."""
    return today.year if today.month == 12 else today.year - 1


class WelcomeDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Chào mừng – TĐKT")
        self.form = AgencyForm()
        self.form.set_settings(QUANG_NGAI_EXAMPLE)
        self.load_demo = QCheckBox(DEMO_LABEL)
        self._demo_available = demo_available()
        self.load_demo.setVisible(self._demo_available)
        self.buttons = QDialogButtonBox()
        start = self.buttons.addButton("Bắt đầu sử dụng", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        self.buttons.addButton("Để sau", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._bridge: ProgressBridge | None = None
        self._progress: QProgressDialog | None = None
        self._build_layout()
        self.resize(620, self.sizeHint().height())

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(QLabel("Chào mừng đến với TĐKT", objectName="welcomeTitle"))
        for text, name in ((GREETING, "welcomeText"), (AGENCY_HINT, "welcomeHint")):
            label = QLabel(text, objectName=name)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(QLabel("Thông tin cơ quan", objectName="sectionLabel"))
        layout.addWidget(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.load_demo)
        if self._demo_available:
            hint = QLabel(DEMO_HINT, objectName="welcomeHint")
            hint.setWordWrap(True)
            hint.setIndent(24)  # under the check box's text, not its box
            layout.addWidget(hint)
        layout.addStretch()
        layout.addWidget(self.buttons)

    # --- saving

    def accept(self) -> None:
        self.form.errors.clear()
        settings = self.form.settings()
        agency = self.context.services.agency
        self._set_busy(True)
        self.context.runner.run(
            lambda: agency.save(settings), self._on_agency_saved, self._on_failed
        )

    def reject(self) -> None:
        if self._bridge is None:  # while the demo loads, Cancel on the progress stops it
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.form, self.load_demo, self.buttons):
            widget.setEnabled(not busy)

    def _on_agency_saved(self, settings: AgencySettings) -> None:
        if self._demo_available and self.load_demo.isChecked():
            self._start_demo()
        else:
            self._finish()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        else:
            show_error(self, error)

    def _finish(self) -> None:
        self.context.events.data_replaced.emit()
        super().accept()

    # --- demo data

    def _start_demo(self) -> None:
        self._bridge = bridge = ProgressBridge()
        self._progress = self._make_progress(bridge)
        bridge.progressed.connect(self._on_progress)
        services = self.context.services
        last_year = demo_last_year(services.clock.today())

        def work() -> Any:
            from tdkt.demo.generator import generate_demo

            return generate_demo(services, last_year=last_year, progress=bridge)

        self.context.runner.run(work, self._on_demo_done, self._on_demo_failed)

    def _make_progress(self, bridge: ProgressBridge) -> QProgressDialog:
        # Not modal: a modal QProgressDialog calls processEvents() inside setValue(). The
        # welcome behind it is disabled instead, so nothing else can be clicked meanwhile.
        progress = QProgressDialog("Đang tạo dữ liệu mẫu…", "Hủy", 0, 100, self)
        progress.setWindowTitle("Nạp dữ liệu mẫu")
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self._on_cancel)
        progress.setValue(0)
        progress.show()
        return progress

    @Slot()
    def _on_cancel(self) -> None:
        # The dialog stays until the worker has rolled back, so nothing half-made is shown.
        if self._bridge is not None and self._progress is not None:
            self._bridge.cancel()
            self._progress.setLabelText("Đang dừng và hoàn tác…")

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        if self._progress is not None:
            self._progress.setValue(round(fraction * 100))
            if text:
                self._progress.setLabelText(text)

    def _end_demo(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        self._progress = self._bridge = None

    def _on_demo_done(self, _summary: object) -> None:
        self._end_demo()
        self._finish()

    def _on_demo_failed(self, error: BaseException) -> None:
        self._end_demo()
        if isinstance(error, Cancelled):  # rolled back; the agency is saved, so carry on
            self._finish()
            return
        self._set_busy(False)
        show_error(self, error)
