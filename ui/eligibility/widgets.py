"""Small parts of the eligibility page: the verdict filter with its counts, and the bar that
shows the computation's progress with a Stop button."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from tdkt.eligibility.types import ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE
from ui.tasks import ProgressBridge

FILTERS = (
    (None, "Tất cả"),
    (ELIGIBLE, "Đủ điều kiện"),
    (NEEDS_REVIEW, "Cần xem xét"),
    (NOT_ELIGIBLE, "Không đủ"),
)


class VerdictFilter(QWidget):
    """Four toggle buttons: everyone, or one verdict; each shows how many it holds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for index, (verdict, label) in enumerate(FILTERS):
            button = QPushButton(label, objectName="verdictFilter")
            button.setCheckable(True)
            self._group.addButton(button, index)
            self.buttons[verdict] = button
            row.addWidget(button)
        self.buttons[None].setChecked(True)
        self._group.idClicked.connect(lambda _id: self.changed.emit())

    def verdict(self) -> str | None:
        return FILTERS[self._group.checkedId()][0]

    def choose(self, verdict: str | None) -> None:
        self.buttons[verdict].setChecked(True)
        self.changed.emit()

    def set_counts(self, verdicts: list[str]) -> None:
        counts = Counter(verdicts)
        for verdict, label in FILTERS:
            count = len(verdicts) if verdict is None else counts.get(verdict, 0)
            self.buttons[verdict].setText(f"{label} ({count})")


class ProgressStrip(QWidget):
    """Hidden while idle; while computing, a bar with the current step and a Stop button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(240)
        self.text = QLabel(objectName="countLabel")
        self.stop = QPushButton("Dừng")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.text, 1)
        row.addWidget(self.stop)
        self._bridge: ProgressBridge | None = None
        self.stop.clicked.connect(self._on_stop)
        self.hide()

    def start(self) -> ProgressBridge:
        if self._bridge is not None:
            self._bridge.cancel()  # a newer request replaces the running one
        bridge = ProgressBridge()
        bridge.progressed.connect(self._on_progress)
        self._bridge = bridge
        self.bar.setValue(0)
        self.text.setText("Đang xét…")
        self.show()
        return bridge

    def finish(self, bridge: ProgressBridge) -> None:
        if bridge is self._bridge:
            self._bridge = None
            self.hide()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(round(fraction * 100))
        if text:
            self.text.setText(text)

    def running(self) -> bool:
        return self._bridge is not None

    def cancel(self) -> None:
        if self._bridge is not None:
            self._bridge.cancel()
            self.text.setText("Đang dừng…")

    def _on_stop(self) -> None:
        self.cancel()
