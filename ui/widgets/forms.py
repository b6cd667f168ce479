"""Form rows with an inline error line under each field, fed by the domain's field errors."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Keeps one hidden red label per field; `show(errors)` fills and reveals them."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = QLabel(objectName="formError")
        self.general.setWordWrap(True)
        self.general.hide()

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self._form.addRow(label, box)
        self._labels[field] = error
        self._widgets[field] = widget
        return widget

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()
        self.general.hide()

    def show(self, errors: dict[str, str]) -> None:
        """Show each message beside its field (unknown fields go to the general line) and
        focus the first field in error."""
        self.clear()
        general = []
        first: QWidget | None = None
        for field, message in errors.items():
            label = self._labels.get(field)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
            if first is None:
                first = self._widgets[field]
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
