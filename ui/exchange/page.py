"""Dữ liệu › Nhập / Xuất Excel: import a workbook (wizard), export everything, blank template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.progress import Cancelled
from ui.context import PageContext
from ui.errors import show_error
from ui.exchange.import_wizard import ImportWizard
from ui.page import Page
from ui.tasks import ProgressBridge
from ui.widgets.save_file import ask_save_path

INTRO = (
    "Trao đổi dữ liệu với các đơn vị trực thuộc và các cơ quan khác bằng sổ tính Excel theo "
    "một mẫu chung: đơn vị, cá nhân, xếp loại, kỷ luật, sáng kiến, khen thưởng và đề nghị "
    "khen thưởng. Nhập lại cùng một tệp không tạo bản ghi trùng: bản ghi đã có được cập nhật."
)
ACTIONS = (
    (
        "import",
        "Nhập từ Excel",
        "Kiểm tra toàn bộ sổ tính, xem trước số dòng mới, cập nhật và mọi lỗi, rồi mới ghi. "
        "Có lỗi thì không ghi gì.",
    ),
    (
        "export",
        "Xuất toàn bộ ra Excel",
        "Ghi mọi dữ liệu ra một sổ tính theo đúng mẫu: để sao lưu, gửi đi, hoặc nhập vào máy khác.",
    ),
    (
        "template",
        "Tải mẫu nhập liệu",
        "Sổ tính trống có hướng dẫn, danh sách chọn (giới tính, xếp loại, phạm vi, loại khen "
        "thưởng, mã danh hiệu) để gửi các đơn vị điền.",
    ),
)
COLUMN_WIDTH = 720
BUTTON_WIDTH = 200


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # Vietnamese thousands: 12.345


class ExchangePage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.buttons: dict[str, QPushButton] = {}
        self.status = QLabel(objectName="countLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._progress: QProgressDialog | None = None
        self._build()
        self.buttons["import"].clicked.connect(self.open_wizard)
        self.writes(self.buttons["import"])
        self.buttons["export"].clicked.connect(self.export_all)
        self.buttons["template"].clicked.connect(self.save_template)

    def _build(self) -> None:
        intro = QLabel(INTRO, objectName="countLabel")
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        for row, (key, title, text) in enumerate(ACTIONS):
            button = QPushButton(title, objectName="primary" if key == "import" else "")
            button.setFixedWidth(BUTTON_WIDTH)
            self.buttons[key] = button
            description = QLabel(text)
            description.setWordWrap(True)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(description, row, 1)
        grid.setColumnStretch(1, 1)
        line = QFrame(frameShape=QFrame.Shape.HLine)
        line.setStyleSheet("color: #d5dbe3")
        column = QWidget()
        column.setFixedWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(intro)
        inner.addLayout(grid)
        inner.addWidget(line)
        inner.addWidget(self.status)
        inner.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)
        layout.addStretch()

    # --- import

    def make_wizard(self) -> ImportWizard:
        return ImportWizard(self.context, self)

    def open_wizard(self) -> None:
        self.make_wizard().exec()

    # --- export and template

    def save_path(self, title: str, suggested: str) -> str:
        """Where to write a workbook (tests replace this)."""
        chosen = ask_save_path(self, title, suggested)
        return str(chosen) if chosen is not None else ""

    def export_all(self) -> None:
        today = self.context.services.clock.today().strftime("%Y-%m-%d")
        path = self.save_path("Xuất toàn bộ dữ liệu", f"TDKT-du-lieu-{today}.xlsx")
        if path:
            exchange = self.context.services.exchange
            self._run(
                "Đang xuất dữ liệu…",
                lambda bridge: exchange.export_workbook(Path(path), bridge),
                lambda summary: (
                    f"Đã xuất {_count(sum(summary.rows.values()))} dòng ra “{summary.path}”."
                ),
            )

    def save_template(self) -> None:
        path = self.save_path("Lưu mẫu nhập liệu", "Mau-nhap-lieu-TDKT.xlsx")
        if path:
            exchange = self.context.services.exchange
            self._run(
                "Đang tạo mẫu nhập liệu…",
                lambda _bridge: exchange.write_template(Path(path)),
                lambda written: (
                    f"Đã lưu mẫu nhập liệu “{written}”. Gửi tệp này cho các đơn vị điền."
                ),
            )

    def _run(
        self, title: str, work: Callable[[ProgressBridge], Any], done: Callable[[Any], str]
    ) -> None:
        bridge = ProgressBridge()
        self._progress = self._make_progress(title, bridge)
        bridge.progressed.connect(self._on_progress)
        for button in self.buttons.values():
            button.setEnabled(False)
        self.context.runner.run(
            lambda: work(bridge), lambda result: self._finish(done(result)), self._on_failed
        )

    def _make_progress(self, title: str, bridge: ProgressBridge) -> QProgressDialog:
        # Not modal: a modal QProgressDialog calls processEvents() inside setValue().
        progress = QProgressDialog(title, "Hủy", 0, 100, self)
        progress.setWindowTitle("Nhập / Xuất Excel")
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(bridge.cancel)
        progress.setValue(0)
        progress.show()
        return progress

    def _on_progress(self, fraction: float, text: str) -> None:
        if self._progress is not None:
            self._progress.setValue(round(fraction * 100))
            if text:
                self._progress.setLabelText(text)

    def _finish(self, message: str) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        for button in self.buttons.values():
            button.setEnabled(True)
        self.status.setText(message)

    def _on_failed(self, error: BaseException) -> None:
        self._finish("Đã hủy; không có tệp nào được ghi." if isinstance(error, Cancelled) else "")
        if not isinstance(error, Cancelled):
            show_error(self, error)
