"""The agency settings form, shared by the first-run welcome and the settings page.

What the fields mean is shown beside them because they go straight into the header of every
official document (NĐ 30/2020): a wrong place name prints on every page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from tdkt.agency.types import FIELD_LABELS, AgencySettings
from ui.widgets.forms import FieldErrors

REQUIRED = {"name", "place"}
PLACEHOLDERS = {
    "parent_agency": "ví dụ: UBND TỈNH QUẢNG NGÃI (dòng trên cùng của văn bản)",
    "name": "ví dụ: SỞ CÔNG THƯƠNG",
    "abbreviation": "ví dụ: SCT (dùng trong số, ký hiệu văn bản)",
    "place": "ví dụ: Quảng Ngãi (dòng “Quảng Ngãi, ngày … tháng … năm …”)",
    "signer": "ví dụ: Võ Văn Rân",
    "signer_title": "ví dụ: GIÁM ĐỐC",
}


class AgencyForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        self.edits: dict[str, QLineEdit] = {}
        self._version = 0
        for key, label in FIELD_LABELS.items():
            edit = QLineEdit()
            edit.setPlaceholderText(PLACEHOLDERS.get(key, ""))
            self.edits[key] = edit
            self.errors.add_row(key, label + (" *" if key in REQUIRED else ""), edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)

    def set_settings(self, settings: AgencySettings) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(settings, key))
        self._version = settings.version  # saved back, so a stale form is refused
        self.errors.clear()

    def settings(self) -> AgencySettings:
        texts = {key: edit.text() for key, edit in self.edits.items()}
        return AgencySettings(**texts, version=self._version)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
