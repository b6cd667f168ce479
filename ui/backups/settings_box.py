"""Where backups go and how long they are kept: the settings group of the Sao lưu page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tdkt.backups.settings import BackupSettings
from ui.widgets.forms import FieldErrors


class BackupSettingsBox(QGroupBox):
    def __init__(self, default_folder: str, parent: QWidget | None = None) -> None:
        super().__init__("Thiết lập sao lưu", parent)
        self.setMaximumWidth(760)  # a form stretched across a wide window is hard to read
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(f"mặc định: {default_folder}")
        self.choose = QPushButton("Chọn…")
        self.choose.clicked.connect(self._choose_folder)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(self.choose)
        self.daily_days = self._spin(1, 366, " ngày")
        self.monthly_months = self._spin(0, 240, " tháng")
        self.errors.add_row("folder", "Thư mục sao lưu", row)
        self.errors.add_row("daily_days", "Giữ mỗi ngày một bản trong", self.daily_days)
        self.errors.add_row("monthly_months", "Giữ mỗi tháng một bản trong", self.monthly_months)
        self.save_button = QPushButton("Lưu thiết lập")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        form.addRow("", buttons)
        form.addRow(self.errors.general)

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setFixedWidth(110)
        return spin

    def set_settings(self, settings: BackupSettings) -> None:
        self.folder.setText(settings.folder)
        self.daily_days.setValue(settings.daily_days)
        self.monthly_months.setValue(settings.monthly_months)
        self.errors.clear()

    def settings(self) -> BackupSettings:
        return BackupSettings(
            folder=self.folder.text().strip(),
            daily_days=self.daily_days.value(),
            monthly_months=self.monthly_months.value(),
        )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Chọn thư mục sao lưu", self.folder.text())
        if chosen:
            self.folder.setText(chosen)
