"""Add or edit a person: widgets to a PersonDraft and back; the domain validates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tdkt.people.types import PersonDetails, PersonDraft, birth_text
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.unit_combo import UnitComboBox

DATE_HINT = "dd/mm/yyyy"


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class PersonDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        units: Sequence[UnitRow],
        person: PersonDetails | None = None,
        default_unit: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa thông tin cá nhân" if person else "Thêm cá nhân", parent)
        self._person = person
        self.code = _line("ví dụ: CN0151")
        self.full_name = _line("Họ và tên đầy đủ, ví dụ: Nguyễn Thị Ánh")
        self.gender = QComboBox()
        self.gender.addItem("Nam", "nam")
        self.gender.addItem("Nữ", "nu")
        self.birth = _line("dd/mm/yyyy hoặc chỉ năm sinh")
        self.unit = UnitComboBox()
        self.unit.set_units(units)
        self.position = _line("ví dụ: Phó Trưởng phòng")
        self.is_leader = QCheckBox("Giữ chức vụ lãnh đạo")
        self.recruited_on = _line(DATE_HINT)
        self.sector_started_on = _line(DATE_HINT)
        self.toxic_work = QCheckBox("Trực tiếp làm nghề độc hại, nguy hiểm")
        self.cccd = _line("12 chữ số (không bắt buộc)")
        self.left_on = _line("để trống nếu đang công tác")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        for field, label, widget in (
            ("code", "Mã cá nhân *", self.code),
            ("full_name", "Họ và tên *", self.full_name),
            ("gender", "Giới tính *", self.gender),
            ("birth", "Ngày sinh", self.birth),
            ("unit_id", "Đơn vị *", self.unit),
            ("position", "Chức vụ", self.position),
            ("is_leader", "", self.is_leader),
            ("recruited_on", "Ngày tuyển dụng", self.recruited_on),
            ("sector_started_on", "Ngày vào ngành", self.sector_started_on),
            ("toxic_work", "", self.toxic_work),
            ("cccd", "Số CCCD", self.cccd),
            ("left_on", "Ngày thôi công tác", self.left_on),
            ("note", "Ghi chú", self.note),
        ):
            self.errors.add_row(field, label, widget)
        if person is not None:
            self._fill(person)
        else:
            self.unit.select(default_unit)
        self.resize(520, self.sizeHint().height())

    def _fill(self, person: PersonDetails) -> None:
        self.code.setText(person.code)
        self.full_name.setText(person.full_name)
        self.gender.setCurrentIndex(self.gender.findData(person.gender))
        self.birth.setText(birth_text(person.birth_date, person.birth_year))
        self.unit.select(person.unit_id)
        self.position.setText(person.position)
        self.is_leader.setChecked(person.is_leader)
        self.recruited_on.setText(show_date(person.recruited_on))
        self.sector_started_on.setText(show_date(person.sector_started_on))
        self.toxic_work.setChecked(person.toxic_work)
        self.cccd.setText(person.cccd)
        self.left_on.setText(show_date(person.left_on))
        self.note.setPlainText(person.note)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            code=self.code.text(),
            full_name=self.full_name.text(),
            gender=self.gender.currentData(),
            unit_id=self.unit.unit_id(),
            birth=self.birth.text(),
            position=self.position.text(),
            is_leader=self.is_leader.isChecked(),
            recruited_on=self.recruited_on.text(),
            sector_started_on=self.sector_started_on.text(),
            toxic_work=self.toxic_work.isChecked(),
            cccd=self.cccd.text(),
            left_on=self.left_on.text(),
            note=self.note.toPlainText(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        people = self.context.services.people
        if self._person is None:
            return lambda: people.create(draft)
        person_id, version = self._person.id, self._person.version
        return lambda: people.update(person_id, draft, version=version)
