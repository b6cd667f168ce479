"""Add a line by hand (who, which title, which year; the summary is pre-filled from the
records when left empty) or edit a line's texts: summary, basis, certificate line, note,
and the position and unit as the list must print them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from tdkt.nominations.types import FormChoices, LineDraft, NominationBatchRow, NominationLineRow
from ui.context import PageContext
from ui.nominations.pickers import SubjectPicker, title_combo
from ui.widgets.combos import select_data
from ui.widgets.edit_dialog import EditDialog


def _text_box(placeholder: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


class LineDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        batch: NominationBatchRow,
        choices: FormChoices,
        line: NominationLineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa dòng đề nghị" if line else "Thêm dòng đề nghị", parent)
        self._batch, self._line = batch, line
        self.year = QSpinBox()
        self.year.setRange(1990, context.services.clock.today().year + 1)
        self.year.setValue(line.year if line else batch.year or self.year.maximum() - 1)
        self.summary = _text_box("Để trống: điền sẵn từ dữ liệu (xếp loại, sáng kiến, danh hiệu)")
        self.basis = QLineEdit(placeholderText="ví dụ: HTXSNV; SK2025-003")
        self.certificate = QLineEdit(placeholderText="Để trống: theo lời văn của đợt")
        self.note = QLineEdit()
        if line is None:
            self.subject = SubjectPicker(choices.subjects)
            self.title = title_combo(choices.titles, batch.level)
            if batch.title_code:
                select_data(self.title, batch.title_code)
                self.title.setEnabled(False)
            self.errors.add_row("subject_code", "Cá nhân, tập thể *", self.subject)
            self.errors.add_row("title_code", "Danh hiệu, hình thức *", self.title)
        else:
            self.errors.add_row("subject_code", "Cá nhân, tập thể", QLabel(line.subject_name))
            self.errors.add_row("title_code", "Danh hiệu, hình thức", QLabel(line.title_name))
            self.position = QLineEdit(line.position)
            self.unit_name = QLineEdit(line.unit_name)
            self.summary.setPlainText(line.summary)
            self.basis.setText(line.basis)
            self.certificate.setText(line.certificate_text)
            self.note.setText(line.note)
        for field, label, widget in (
            ("year", "Năm thành tích", self.year),
            ("summary", "Tóm tắt thành tích", self.summary),
            ("basis", "Căn cứ", self.basis),
            ("certificate_text", "Dòng in trên giấy khen", self.certificate),
            ("note", "Ghi chú", self.note),
        ):
            self.errors.add_row(field, label, widget)
        if line is not None:
            self.errors.add_row("position", "Chức vụ (khi đề nghị)", self.position)
            self.errors.add_row("unit_name", "Đơn vị (khi đề nghị)", self.unit_name)
        self.resize(620, self.sizeHint().height())

    def draft(self) -> LineDraft:
        line = self._line
        if line is None:
            chosen = self.subject.current()
            return LineDraft(
                chosen.code if chosen else "",
                self.title.currentData() or "",
                self.year.value(),
                self.summary.toPlainText(),
                self.basis.text(),
                self.certificate.text(),
                self.note.text(),
            )
        return LineDraft(
            line.subject_code,
            line.title_code,
            self.year.value(),
            self.summary.toPlainText(),
            self.basis.text(),
            self.certificate.text(),
            self.note.text(),
            self.position.text(),
            self.unit_name.text(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft, nominations = self.draft(), self.context.services.nominations
        if self._line is None:
            batch_id = self._batch.id
            return lambda: nominations.add_line(batch_id, draft)
        line_id, version = self._line.id, self._line.version
        return lambda: nominations.update_line(line_id, draft, version=version)
