"""The right-hand panel of the people page: who the person is and their year strip."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tdkt.people.types import PersonDetails, YearStrip, birth_text
from ui.formatting import show_date, show_gender
from ui.people.year_strip import YearStripView


class PersonDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = QLabel(objectName="detailTitle")
        self._name.setWordWrap(True)
        self._fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("code", "Mã"),
            ("unit", "Đơn vị"),
            ("position", "Chức vụ"),
            ("birth", "Giới tính, sinh"),
            ("recruited", "Ngày tuyển dụng"),
            ("sector", "Ngày vào ngành"),
            ("cccd", "Số CCCD"),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self._fields[key] = value
            form.addRow(label + ":", value)
        self.strip = YearStripView()
        self.history_button = QPushButton("In lý lịch khen thưởng")
        layout = QVBoxLayout(self)
        layout.addWidget(self._name)
        layout.addLayout(form)
        layout.addWidget(QLabel("Quá trình theo năm", objectName="sectionLabel"))
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.history_button)
        self.show_person(None, None)

    def show_person(self, person: PersonDetails | None, strip: YearStrip | None) -> None:
        self.history_button.setEnabled(person is not None)
        if person is None:
            self._name.setText("Chọn một cá nhân để xem chi tiết")
            for value in self._fields.values():
                value.clear()
            self.strip.show_strip(None)
            return
        self._name.setText(person.full_name)
        birth = birth_text(person.birth_date, person.birth_year)
        values = {
            "code": person.code,
            "unit": person.unit_name,
            "position": person.position + (" (lãnh đạo)" if person.is_leader else ""),
            "birth": ", ".join(filter(None, [show_gender(person.gender), birth])),
            "recruited": show_date(person.recruited_on),
            "sector": show_date(person.sector_started_on)
            + (" – công việc độc hại" if person.toxic_work else ""),
            "cccd": person.cccd,
        }
        for key, value in values.items():
            self._fields[key].setText(value)
        self.strip.show_strip(strip)
