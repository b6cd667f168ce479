"""The voting settings: the quorum, and the pass threshold per council, title and years, of
members present or of all members, each with the regulation it comes from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tdkt.councils.types import COUNCIL_KIND_LABELS, VotingRule, VotingSettings
from ui.context import PageContext
from ui.widgets.edit_dialog import EditDialog

HEADERS = (
    "Hội đồng",
    "Danh hiệu (mã, * = mọi)",
    "Từ năm",
    "Đến năm",
    "Tỷ lệ",
    "Tính trên",
    "Trên (>)",
    "Căn cứ",
)
BASES = {"present": "số có mặt", "all": "tổng số thành viên"}


def _combo(options: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for code, label in options.items():
        combo.addItem(label, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _year(value: int | None) -> str:
    return "" if value is None else str(value)


class RuleTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((190, 150, 60, 60, 60, 140, 60)):
            self.table.setColumnWidth(column, width)
        add, remove = QPushButton("Thêm ngưỡng"), QPushButton("Bỏ dòng chọn")
        add.clicked.connect(
            lambda: self.add_rule(
                VotingRule("thi_dua_khen_thuong", "*", None, None, "1/2", "present", True)
            )
        )
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_rule(self, rule: VotingRule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, _combo(COUNCIL_KIND_LABELS, rule.council_kind))
        for column, text in (
            (1, rule.title_code),
            (2, _year(rule.from_year)),
            (3, _year(rule.to_year)),
            (4, rule.ratio),
            (7, rule.source),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCellWidget(row, 5, _combo(BASES, rule.base))
        strict = QTableWidgetItem()
        strict.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        strict.setCheckState(Qt.CheckState.Checked if rule.strict else Qt.CheckState.Unchecked)
        self.table.setItem(row, 6, strict)

    def rules(self) -> tuple[VotingRule, ...]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        def year(row: int, column: int) -> int | None:
            value = text(row, column)
            return int(value) if value.isdigit() else None

        return tuple(
            VotingRule(
                council_kind=self.table.cellWidget(row, 0).currentData(),  # type: ignore[union-attr]
                title_code=text(row, 1),
                from_year=year(row, 2),
                to_year=year(row, 3),
                ratio=text(row, 4),
                base=self.table.cellWidget(row, 5).currentData(),  # type: ignore[union-attr]
                strict=self.table.item(row, 6).checkState() == Qt.CheckState.Checked,
                source=text(row, 7),
            )
            for row in range(self.table.rowCount())
        )


class ThresholdsDialog(EditDialog):
    def __init__(
        self, context: PageContext, settings: VotingSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Số lượng tối thiểu và ngưỡng biểu quyết", parent)
        self.quorum = QLineEdit(settings.quorum)
        self.quorum.setPlaceholderText("ví dụ: 2/3 hoặc 66,67%")
        self.quorum_source = QLineEdit(settings.quorum_source)
        self.rules = RuleTable()
        for rule in settings.rules:
            self.rules.add_rule(rule)
        self.errors.add_row("quorum", "Số thành viên tối thiểu để họp (tỷ lệ) *", self.quorum)
        self.errors.add_row("quorum_source", "Căn cứ", self.quorum_source)
        self.errors.add_row("rules", "Ngưỡng thông qua", self.rules)
        self.resize(1000, 520)

    def save_work(self) -> Callable[[], Any]:
        settings = VotingSettings(
            self.quorum.text().strip(), self.quorum_source.text().strip(), self.rules.rules()
        )
        councils = self.context.services.councils
        return lambda: councils.save_voting_settings(settings)
