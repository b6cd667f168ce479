"""Change one eligibility setting, with the document that sets it (số, ngày, điều)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from tdkt.eligibility.settings_types import SettingView
from tdkt.text import format_date
from ui.context import PageContext
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog


class SettingDialog(EditDialog):
    def __init__(
        self, context: PageContext, view: SettingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Sửa cài đặt xét khen thưởng", parent)
        self.view = view
        intro = QLabel(
            f"<b>{view.label}</b><br><span style='color:#5b6675'>{view.scope_name}. "
            f"Mặc định: {view.default_text or '—'} ({view.default_basis})</span>"
        )
        intro.setWordWrap(True)
        # A wrapped label does not tell the dialog its height: fix both so errors shown
        # later make the dialog grow instead of squeezing the fields.
        intro.setFixedWidth(520)
        intro.setMinimumHeight(intro.heightForWidth(520))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)
        self.value = self._value_editor(view)
        self.errors.add_row("value", "Giá trị:", self.value)
        source = view.source if not view.inherited_from else None
        self.document = QLineEdit(source.document if source else "")
        self.document.setPlaceholderText("ví dụ 26/2018/QĐ-UBND")
        self.errors.add_row("document", "Số, ký hiệu văn bản:", self.document)
        self.signed_on = QLineEdit(format_date(source.signed_on) if source else "")
        self.signed_on.setPlaceholderText("dd/mm/yyyy")
        self.errors.add_row("signed_on", "Ngày ban hành:", self.signed_on)
        self.article = QLineEdit(source.article if source else "")
        self.article.setPlaceholderText("ví dụ Điều 5 khoản 2")
        self.errors.add_row("article", "Điều, khoản:", self.article)

    @staticmethod
    def _value_editor(view: SettingView) -> QWidget:
        if view.type in ("choice", "bool"):
            choices = view.choices if view.type == "choice" else (("có", "Có"), ("không", "Không"))
            current = view.value if view.type == "choice" else ("có" if view.value else "không")
            return choice_combo(choices, current)
        editor = QLineEdit(_plain(view))
        hint = {"fraction": "phân số, ví dụ 2/3", "percent": "phần trăm, ví dụ 15"}.get(
            view.type, view.unit
        )
        if view.none_label:
            hint += f"; để trống: {view.none_label.lower()}"
        editor.setPlaceholderText(hint)
        return editor

    def value_text(self) -> str:
        if isinstance(self.value, QComboBox):
            return str(self.value.currentData())
        assert isinstance(self.value, QLineEdit)
        return self.value.text()

    def save_work(self) -> Callable[[], Any]:
        eligibility, view = self.context.services.eligibility, self.view
        value, document = self.value_text(), self.document.text()
        signed_on, article = self.signed_on.text(), self.article.text()
        return lambda: eligibility.save_setting(
            view.scope, view.name, value, document, signed_on, article
        )


def _plain(view: SettingView) -> str:
    """The value as one types it: "10", "15", "2/3" (no unit)."""
    if view.value is None:
        return ""
    if view.type == "fraction":
        return f"{view.value[0]}/{view.value[1]}"
    return str(view.value).replace(".", ",")
