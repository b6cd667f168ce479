"""Register a title for a year: one person or unit, or every person of a unit at once (those
already registered are passed over)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from tdkt.catalog.types import Title
from tdkt.movements.types import MovementRow, RegistrationDraft
from tdkt.units.types import UnitRow
from ui.awards.edit_dialog import SubjectCombo, TitleCombo, subject_choices
from ui.context import PageContext
from ui.errors import show_error
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.unit_combo import UnitComboBox

NO_MOVEMENT = "(không gắn với phong trào)"


class MovementCombo(QComboBox):
    """The movements running in a year."""

    def __init__(self, movements: Sequence[MovementRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._movements = list(movements)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(36)

    def show_year(self, year: int) -> None:
        current = self.currentData()
        self.clear()
        self.addItem(NO_MOVEMENT, None)
        for movement in self._movements:
            if movement.covers(year):
                self.addItem(movement.name, movement.id)
        index = self.findData(current)
        if index < 0 and self.count() > 1 and self._movements:
            index = 1  # the first running movement (the annual one sorts first by date)
        self.setCurrentIndex(max(index, 0))


def _year_spin(year: int) -> QSpinBox:
    spin = QSpinBox(objectName="yearSpin")
    spin.setRange(2000, year + 1)
    spin.setValue(year)
    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    return spin


class RegistrationDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        titles: Sequence[Title],
        movements: Sequence[MovementRow],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Đăng ký danh hiệu thi đua", parent)
        self.subject = SubjectCombo()
        self.title = TitleCombo([t for t in titles if t.category == "danh_hieu"] or titles)
        self.year = _year_spin(year)
        self.movement = MovementCombo(movements)
        self.registered_on = QLineEdit(placeholderText="dd/mm/yyyy – để trống: hôm nay")
        self.note = QLineEdit()
        for field, label, widget in (
            ("subject_code", "Cá nhân/Tập thể *", self.subject),
            ("title_code", "Danh hiệu đăng ký *", self.title),
            ("year", "Năm *", self.year),
            ("movement_id", "Phong trào", self.movement),
            ("registered_on", "Ngày đăng ký", self.registered_on),
            ("note", "Ghi chú", self.note),
        ):
            self.errors.add_row(field, label, widget)
        self.subject.kind_changed.connect(self.title.show_for)
        self.year.valueChanged.connect(self.movement.show_year)
        self.movement.show_year(year)
        self.resize(600, self.sizeHint().height())
        services = context.services
        context.runner.run(
            lambda: subject_choices(services.people.list_rows(), services.units.list_rows()),
            self.subject.set_choices,
            lambda error: show_error(self, error),
        )

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            subject_code=self.subject.code(),
            title_code=self.title.code(),
            year=self.year.value(),
            movement_id=self.movement.currentData(),
            registered_on=self.registered_on.text(),
            note=self.note.text(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        registrations = self.context.services.registrations
        return lambda: registrations.add(draft)


class UnitRegistrationDialog(EditDialog):
    """Everyone working in a unit (and the units below it) registers the same title."""

    def __init__(
        self,
        context: PageContext,
        units: Sequence[UnitRow],
        titles: Sequence[Title],
        movements: Sequence[MovementRow],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Đăng ký cho cả đơn vị", parent)
        self.unit = UnitComboBox()
        self.unit.set_units(units)
        self.title = TitleCombo([t for t in titles if t.category == "danh_hieu"] or titles)
        self.title.show_for("ca_nhan")
        self.year = _year_spin(year)
        self.movement = MovementCombo(movements)
        self.movement.show_year(year)
        self.year.valueChanged.connect(self.movement.show_year)
        for field, label, widget in (
            ("unit", "Đơn vị", self.unit),
            ("title_code", "Danh hiệu đăng ký *", self.title),
            ("year", "Năm *", self.year),
            ("movement_id", "Phong trào", self.movement),
        ):
            self.errors.add_row(field, label, widget)
        self.resize(560, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        services = self.context.services
        unit_id, code, year = self.unit.unit_id(), self.title.code(), self.year.value()
        movement_id = self.movement.currentData()

        def work() -> int:
            people = services.people.list_rows(unit_id, include_left=False)
            drafts = [RegistrationDraft(p.code, code, year, movement_id) for p in people]
            return services.registrations.add_many(drafts, skip_existing=True)

        return work
