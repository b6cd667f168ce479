"""Create or edit a batch: its name, title and deciding level, the year or movement, the
kind of award, the letter (number, date, who signs) and the achievement it words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from tdkt.nominations.types import BatchDraft, FormChoices, NominationBatchRow
from ui.context import PageContext
from ui.formatting import show_date
from ui.nominations.pickers import award_kind_combo, title_combo
from ui.widgets.combos import select_data
from ui.widgets.edit_dialog import EditDialog


class BatchDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        choices: FormChoices,
        batch: NominationBatchRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa đợt đề nghị" if batch else "Tạo đợt đề nghị", parent)
        self._batch = batch
        today = context.services.clock.today()
        self.name = QLineEdit(placeholderText="ví dụ: BK-TINH-2025")
        self.title = title_combo(choices.titles, blank="(Nhiều danh hiệu, hình thức)")
        self.level = QComboBox()
        self.level.addItem("(Theo danh hiệu, hình thức)", "")
        for level in choices.levels:
            self.level.addItem(level, level)
        self.year = QSpinBox()
        self.year.setRange(1990, today.year + 1)
        self.year.setValue(today.year)
        self.kind = award_kind_combo()
        self.movement = QComboBox()
        self.movement.addItem("(Không gắn phong trào)", None)
        for movement_id, name in choices.movements:
            self.movement.addItem(name, movement_id)
        self.occasion = QPlainTextEdit()
        self.occasion.setPlaceholderText(
            f"đã có thành tích … (để trống: xuất sắc trong thực hiện nhiệm vụ năm {today.year})"
        )
        self.occasion.setFixedHeight(56)
        self.recipient = QLineEdit(placeholderText="để trống: theo cấp quyết định")
        self.letter_no = QLineEdit(placeholderText="ví dụ: 12/TTr-SCT (có thể ghi khi trình)")
        self.letter_date = QLineEdit(placeholderText="dd/mm/yyyy")
        self.signer = QLineEdit(placeholderText=f"để trống: {choices.signer}")
        self.deputy = QCheckBox("Phó Giám đốc ký thay (KT. GIÁM ĐỐC)")
        self.note = QLineEdit()
        for field, label, widget in (
            ("name", "Tên đợt *", self.name),
            ("title_code", "Danh hiệu, hình thức", self.title),
            ("level", "Cấp quyết định", self.level),
            ("year", "Năm thành tích", self.year),
            ("award_kind", "Loại khen thưởng", self.kind),
            ("movement_id", "Phong trào thi đua", self.movement),
            ("occasion", "Thành tích (lời văn)", self.occasion),
            ("recipient", "Kính gửi", self.recipient),
            ("letter_no", "Số tờ trình", self.letter_no),
            ("letter_date", "Ngày tờ trình", self.letter_date),
            ("signer_name", "Người ký", self.signer),
            ("signer_deputy", "", self.deputy),
            ("note", "Ghi chú", self.note),
        ):
            self.errors.add_row(field, label, widget)
        if batch is not None:
            self._fill(batch)
        self.resize(600, self.sizeHint().height())

    def _fill(self, batch: NominationBatchRow) -> None:
        self.name.setText(batch.name)
        select_data(self.title, batch.title_code)
        select_data(self.level, batch.level)
        self.year.setValue(batch.year or self.year.value())
        select_data(self.kind, batch.award_kind)
        select_data(self.movement, batch.movement_id)
        self.occasion.setPlainText(batch.occasion)
        self.recipient.setText(batch.recipient)
        self.letter_no.setText(batch.letter_no)
        self.letter_date.setText(show_date(batch.letter_date))
        self.signer.setText(batch.signer_name)
        self.deputy.setChecked(batch.signer_deputy)
        self.note.setText(batch.note)

    def draft(self) -> BatchDraft:
        return BatchDraft(
            name=self.name.text(),
            title_code=self.title.currentData() or "",
            level=self.level.currentData() or "",
            year=self.year.value(),
            award_kind=self.kind.currentData(),
            movement_id=self.movement.currentData(),
            occasion=self.occasion.toPlainText(),
            recipient=self.recipient.text(),
            letter_no=self.letter_no.text(),
            letter_date=self.letter_date.text(),
            signer_name=self.signer.text(),
            signer_deputy=self.deputy.isChecked(),
            note=self.note.text(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft, nominations, batch = self.draft(), self.context.services.nominations, self._batch
        if batch is None:
            return lambda: nominations.create_batch(draft)
        return lambda: nominations.update_batch(batch.id, draft, version=batch.version)
