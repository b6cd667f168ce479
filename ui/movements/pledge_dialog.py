"""Add or edit a pledge between units (giao ước thi đua): the units that sign, the targets
with their measure and plan, and the results once the year is over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QTableWidgetItem, QWidget

from tdkt.movements.types import MovementRow, PledgeDraft, PledgeRow, PledgeTargetDraft
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.formatting import show_date
from ui.movements.registration_dialog import MovementCombo
from ui.widgets.check_list import CheckList
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.grid_editor import GridEditor

TARGET_HEADERS = ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kết quả")


class TargetTable(GridEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TARGET_HEADERS, "Thêm chỉ tiêu", stretch=0, min_height=150, parent=parent)

    def add_blank(self) -> None:
        self.add_target(PledgeTargetDraft(""))

    def add_target(self, target: PledgeTargetDraft) -> None:
        row = self.new_row()
        for column, text in enumerate(
            (target.content, target.measure, target.target, target.result)
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def targets(self) -> tuple[PledgeTargetDraft, ...]:
        return tuple(
            PledgeTargetDraft(*(self.text(row, c) for c in range(len(TARGET_HEADERS))))
            for row in range(self.table.rowCount())
        )


class PledgeDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        units: Sequence[UnitRow],
        movements: Sequence[MovementRow],
        year: int,
        pledge: PledgeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, "Sửa giao ước thi đua" if pledge else "Thêm giao ước thi đua", parent
        )
        self._pledge = pledge
        self.name = QLineEdit(placeholderText="ví dụ: Giao ước thi đua năm 2026")
        self.year = QSpinBox(objectName="yearSpin")
        self.year.setRange(2000, context.services.clock.today().year + 1)
        self.year.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.year.setValue(pledge.year if pledge else year)
        self.signed_on = QLineEdit(placeholderText="dd/mm/yyyy")
        self.movement = MovementCombo(movements)
        self.movement.show_year(self.year.value())
        self.year.valueChanged.connect(self.movement.show_year)
        self.units = CheckList()
        self.units.set_items([("    " * u.depth + u.name, u.id) for u in units if u.depth <= 1])
        self.targets = TargetTable()
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(50)
        for field, label, widget in (
            ("name", "Tên giao ước *", self.name),
            ("year", "Năm *", self.year),
            ("signed_on", "Ngày ký", self.signed_on),
            ("movement_id", "Phong trào", self.movement),
            ("unit_ids", "Đơn vị ký giao ước *", self.units),
            ("targets", "Chỉ tiêu *", self.targets),
            ("content", "Ghi chú", self.content),
        ):
            self.errors.add_row(field, label, widget)
        if pledge is not None:
            self._fill(pledge)
        self.resize(720, 640)

    def _fill(self, pledge: PledgeRow) -> None:
        self.name.setText(pledge.name)
        self.signed_on.setText(show_date(pledge.signed_on))
        index = self.movement.findData(pledge.movement_id)
        self.movement.setCurrentIndex(max(index, 0))
        for unit_id in pledge.unit_ids:
            self.units.set_checked(unit_id)
        for target in pledge.targets:
            self.targets.add_target(target)
        self.content.setPlainText(pledge.content)

    def draft(self) -> PledgeDraft:
        return PledgeDraft(
            year=self.year.value(),
            name=self.name.text(),
            unit_ids=tuple(self.units.checked()),  # type: ignore[arg-type]
            targets=self.targets.targets(),
            movement_id=self.movement.currentData(),
            signed_on=self.signed_on.text(),
            content=self.content.toPlainText(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        pledges = self.context.services.pledges
        if self._pledge is None:
            return lambda: pledges.create(draft)
        pledge_id, version = self._pledge.id, self._pledge.version
        return lambda: pledges.update(pledge_id, draft, version)
