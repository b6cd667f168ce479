"""Settings › Thông tin cơ quan: the agency block printed at the head of every document."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tdkt.agency.types import AgencySettings
from tdkt.errors import StaleEditError, ValidationError
from ui.agency_form import AgencyForm
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page

INTRO = (
    "Các thông tin này in ở phần đầu mọi văn bản (thể thức theo Nghị định 30/2020/NĐ-CP): "
    "cơ quan chủ quản và tên cơ quan ở góc trái, địa danh ở dòng ngày tháng, "
    "người ký và chức vụ ở cuối văn bản."
)
FORM_WIDTH = 640  # a form stretched across a wide window is hard to read


class AgencySettingsPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.form = AgencyForm()
        self.save_button = QPushButton("Lưu thay đổi", objectName="primary")
        self.save_button.clicked.connect(self.save)
        self.writes(self.form, self.save_button)
        self.status = QLabel(objectName="countLabel")
        self._build_layout()

    def _build_layout(self) -> None:
        intro = QLabel(INTRO, objectName="countLabel")
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        column = QWidget()
        column.setFixedWidth(FORM_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(intro)
        inner.addWidget(self.form)
        inner.addLayout(buttons)
        inner.addStretch()
        # The column takes the page's full height: aligned to the top it would get its size
        # hint, which underestimates the wrapped intro and squeezes the fields.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)
        layout.addStretch()

    def reload(self) -> None:
        self.context.runner.run(
            self.context.services.agency.get, self._on_loaded, lambda error: show_error(self, error)
        )

    def _on_loaded(self, settings: AgencySettings) -> None:
        self.form.set_settings(settings)
        self.status.clear()
        self.loaded.emit()

    def save(self) -> None:
        self.form.errors.clear()
        self.status.clear()
        settings = self.form.settings()
        agency = self.context.services.agency
        self.save_button.setEnabled(False)
        self.context.runner.run(lambda: agency.save(settings), self._on_saved, self._on_failed)

    def _on_saved(self, settings: AgencySettings) -> None:
        self.save_button.setEnabled(True)
        self.form.set_settings(settings)  # shows the cleaned text the database now holds
        self.status.setText("Đã lưu.")

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        else:
            show_error(self, error)
            if isinstance(error, StaleEditError):
                self.reload()  # show what the other person saved
