"""The base of every edit dialog: save through the task runner, show the domain's field
errors inline, close only when the save succeeded. While nothing can be saved (read-only)
it opens to be read: "Lưu" is off, with the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from tdkt.errors import ConflictError, StaleEditError, ValidationError
from ui.context import PageContext
from ui.errors import show_error
from ui.read_only import guard_writes
from ui.widgets.forms import FieldErrors


class EditDialog(QDialog):
    saved = Signal(object)

    def __init__(self, context: PageContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        viewing = bool(context.services.access.write_refusal)
        self.setWindowTitle(f"{title} (chỉ xem)" if viewing else title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            "Đóng" if viewing else "Hủy"
        )
        guard_writes(context, self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.result_value: Any = None

    def save_work(self) -> Callable[[], Any]:
        """The service call that saves the form (runs on the worker)."""
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            work = self.save_work()
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        self.buttons.setEnabled(False)
        self.context.runner.run(work, self._on_saved, self._on_failed)

    def _on_saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.saved.emit(result)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, StaleEditError):
            # Someone else saved the record meanwhile: say so, reload every page, start over.
            show_error(self, error)
            self.context.events.data_replaced.emit()
            self.reject()
        elif isinstance(error, ValidationError):
            self.errors.show(error.errors)
        elif isinstance(error, ConflictError) and error.field:
            self.errors.show({error.field: error.message})
        else:
            show_error(self, error)
