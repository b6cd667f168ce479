"""Launch or edit a movement: its kind, period, launching document (with the file, copied
into the data folder), registration deadline, target units and the titles it leads to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tdkt.catalog.types import Title
from tdkt.movements.types import KIND_LABELS, MovementDraft, MovementRow
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.check_list import CheckList
from ui.widgets.combos import choice_combo, select_data
from ui.widgets.edit_dialog import EditDialog


def _line(placeholder: str = "dd/mm/yyyy") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class MovementDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        units: Sequence[UnitRow],
        titles: Sequence[Title],
        movement: MovementRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa phong trào" if movement else "Phát động phong trào", parent)
        self._movement = movement
        self.name = _line("ví dụ: Phong trào thi đua yêu nước năm 2026")
        self.kind = choice_combo(KIND_LABELS)
        self.launched_by = _line("ví dụ: Giám đốc Sở Công Thương")
        self.starts_on, self.ends_on = _line(), _line()
        self.deadline = _line()
        self.document_no = _line("ví dụ: 203/KH-SCT")
        self.document_date = _line()
        self.document_signer = _line("người ký văn bản")
        self.attachment = QLabel("(chưa đính kèm)")
        self.attachment.setWordWrap(True)
        self.remove_attachment = QCheckBox("Bỏ tệp đã đính kèm")
        self._source = ""
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(60)
        self.units = CheckList()
        self.units.set_items([("    " * u.depth + u.name, u.id) for u in units if u.depth <= 1])
        self.titles = CheckList()
        self.titles.set_items([(t.name, t.code) for t in titles if t.active])
        self._add_rows()
        if movement is not None:
            self._fill(movement)
        self.remove_attachment.setVisible(bool(movement and movement.has_attachment))
        self.resize(680, 720)

    def _add_rows(self) -> None:
        choose = QPushButton("Chọn tệp…")
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.attachment, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.remove_attachment)
        file_box = QWidget()
        file_box.setLayout(file_row)
        for field, label, widget in (
            ("name", "Tên phong trào *", self.name),
            ("kind", "Loại", self.kind),
            ("launched_by", "Cấp phát động", self.launched_by),
            ("starts_on", "Bắt đầu *", self.starts_on),
            ("ends_on", "Kết thúc", self.ends_on),
            ("registration_deadline", "Hạn đăng ký", self.deadline),
            ("document_no", "Số văn bản phát động", self.document_no),
            ("document_date", "Ngày văn bản", self.document_date),
            ("document_signer", "Người ký", self.document_signer),
            ("attachment_source", "Tệp văn bản", file_box),
            ("content", "Nội dung", self.content),
            ("unit_ids", "Đơn vị thực hiện", self.units),
            ("title_codes", "Danh hiệu, hình thức", self.titles),
        ):
            self.errors.add_row(field, label, widget)

    def _fill(self, movement: MovementRow) -> None:
        self.name.setText(movement.name)
        select_data(self.kind, movement.kind)
        self.launched_by.setText(movement.launched_by)
        self.starts_on.setText(show_date(movement.starts_on))
        self.ends_on.setText(show_date(movement.ends_on))
        self.deadline.setText(show_date(movement.registration_deadline))
        self.document_no.setText(movement.document_no)
        self.document_date.setText(show_date(movement.document_date))
        self.document_signer.setText(movement.document_signer)
        self.content.setPlainText(movement.content)
        self.attachment.setText(movement.attachment_name or "(chưa đính kèm)")
        for unit_id in movement.unit_ids:
            self.units.set_checked(unit_id)
        for code in movement.title_codes:
            self.titles.set_checked(code)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Chọn văn bản phát động", "", "Văn bản (*.pdf *.doc *.docx);;Mọi tệp (*)"
        )
        if chosen:
            self.set_source(chosen)

    def set_source(self, path: str) -> None:
        self._source = path
        self.attachment.setText(path)
        self.remove_attachment.setChecked(False)

    def draft(self) -> MovementDraft:
        return MovementDraft(
            name=self.name.text(),
            kind=self.kind.currentData(),
            starts_on=self.starts_on.text(),
            ends_on=self.ends_on.text(),
            launched_by=self.launched_by.text(),
            registration_deadline=self.deadline.text(),
            document_no=self.document_no.text(),
            document_date=self.document_date.text(),
            document_signer=self.document_signer.text(),
            content=self.content.toPlainText(),
            unit_ids=tuple(self.units.checked()),  # type: ignore[arg-type]
            title_codes=tuple(self.titles.checked()),  # type: ignore[arg-type]
            attachment_source=self._source,
            remove_attachment=self.remove_attachment.isChecked(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        movements = self.context.services.movements
        if self._movement is None:
            return lambda: movements.create(draft)
        movement_id, version = self._movement.id, self._movement.version
        return lambda: movements.update(movement_id, draft, version)
