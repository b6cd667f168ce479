"""Register or edit an initiative with the fields of the TT 18/2013 form (Phụ lục I). While
the title is typed, past initiatives with mostly the same words are shown as a warning."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from tdkt.errors import ValidationError
from tdkt.initiatives.types import (
    STATUS_LABELS,
    InitiativeDetails,
    InitiativeDraft,
    SimilarInitiative,
)
from ui.context import PageContext
from ui.errors import show_error
from ui.formatting import show_date
from ui.initiatives.author_table import AuthorTable
from ui.widgets.edit_dialog import EditDialog


def _text_box(height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


def similarity_text(found: list[SimilarInitiative]) -> str:
    if not found:
        return ""
    lines = [
        f"• {s.code} ({s.year or '…'}, {STATUS_LABELS[s.status].lower()}), giống {s.percent}%: "
        f"{s.title}"
        for s in found
    ]
    return "\n".join(["Có thể trùng với sáng kiến đã có:", *lines])


class InitiativeDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        details: InitiativeDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = "Sửa sáng kiến" if details else "Đăng ký sáng kiến"
        super().__init__(context, title, parent)
        self._details = details
        self.code = QLineEdit(placeholderText="để trống: SK<năm>-<số thứ tự>")
        self.title = QLineEdit(placeholderText="tên sáng kiến như trong đơn")
        # A fixed-height box: the form keeps its place however many look alike.
        self.similar = QPlainTextEdit(objectName="similarHint")
        self.similar.setReadOnly(True)
        self.similar.setFixedHeight(76)
        self.similar.hide()
        self.authors = AuthorTable()
        self.field = QLineEdit(placeholderText="ví dụ: Quản lý hành chính nhà nước")
        self.investor = QLineEdit(placeholderText="nếu không phải tác giả")
        self.first_applied = QLineEdit(
            placeholderText="dd/mm/yyyy (áp dụng lần đầu hoặc áp dụng thử)"
        )
        self.registered_on = QLineEdit(placeholderText="dd/mm/yyyy – để trống: hôm nay")
        self.description = _text_box(80)
        self.conditions = _text_box()
        self.benefits = _text_box()
        self.applier_benefits = _text_box()
        self._add_rows()
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.check_similar)
        self.title.textEdited.connect(lambda _t: self._timer.start())
        if details is not None:
            self._fill(details)
        else:
            self.authors.add_author()
        self.resize(760, 780)
        people = context.services.people
        context.runner.run(
            lambda: people.list_rows(include_left=False),
            self.authors.set_people,
            lambda error: show_error(self, error),
        )

    def _add_rows(self) -> None:
        for field, label, widget in (
            ("code", "Mã sáng kiến", self.code),
            ("title", "Tên sáng kiến *", self.title),
            ("similar", "", self.similar),
            ("authors", "Tác giả *", self.authors),
            ("field", "Lĩnh vực áp dụng", self.field),
            ("investor", "Chủ đầu tư", self.investor),
            ("first_applied_on", "Ngày áp dụng lần đầu", self.first_applied),
            ("registered_on", "Ngày đăng ký", self.registered_on),
            ("description", "Mô tả bản chất", self.description),
            ("conditions", "Điều kiện áp dụng", self.conditions),
            ("benefits", "Lợi ích (tác giả)", self.benefits),
            ("applier_benefits", "Lợi ích (nơi áp dụng)", self.applier_benefits),
        ):
            self.errors.add_row(field, label, widget)

    def _fill(self, details: InitiativeDetails) -> None:
        row = details.row
        self.code.setText(row.code)
        self.title.setText(row.title)
        for author in row.authors:
            self.authors.add_author(author)
        self.field.setText(row.field)
        self.investor.setText(details.investor)
        self.first_applied.setText(show_date(row.first_applied_on))
        self.registered_on.setText(show_date(row.registered_on))
        self.description.setPlainText(details.description)
        self.conditions.setPlainText(details.conditions)
        self.benefits.setPlainText(details.benefits)
        self.applier_benefits.setPlainText(details.applier_benefits)

    def check_similar(self) -> None:
        title = self.title.text().strip()
        if len(title) < 8:
            self._show_similar([])
            return
        own = self._details.row.id if self._details else None
        initiatives = self.context.services.initiatives
        self.context.runner.run(
            lambda: initiatives.similar(title, own),
            self._show_similar,
            lambda e: show_error(self, e),
        )

    def _show_similar(self, found: list[SimilarInitiative]) -> None:
        self.similar.setPlainText(similarity_text(found))
        self.similar.setVisible(bool(found))

    def draft(self) -> InitiativeDraft:
        authors, unknown = self.authors.authors()
        if unknown:
            raise ValidationError({"authors": "Không có cá nhân mã: " + ", ".join(unknown)})
        return InitiativeDraft(
            title=self.title.text(),
            authors=authors,
            code=self.code.text(),
            field=self.field.text(),
            investor=self.investor.text(),
            first_applied_on=self.first_applied.text(),
            registered_on=self.registered_on.text(),
            description=self.description.toPlainText(),
            conditions=self.conditions.toPlainText(),
            benefits=self.benefits.toPlainText(),
            applier_benefits=self.applier_benefits.toPlainText(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        initiatives = self.context.services.initiatives
        if self._details is None:
            return lambda: initiatives.register(draft)
        initiative_id, version = self._details.row.id, self._details.row.version
        return lambda: initiatives.update(initiative_id, draft, version)
