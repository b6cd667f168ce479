"""The voting settings: the quorum, and the pass threshold per council, title and years, of
members present or of all members, each with the regulation it comes from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QTableWidgetItem, QWidget

from tdkt.councils.types import COUNCIL_KIND_LABELS, VotingRule, VotingSettings
from ui.context import PageContext
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.grid_editor import GridEditor, check_item

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


def _year(value: int | None) -> str:
    return "" if value is None else str(value)


class RuleTable(GridEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            HEADERS,
            "Thêm ngưỡng",
            widths=(190, 150, 60, 60, 60, 140, 60),
            stretch=7,
            parent=parent,
        )

    def add_blank(self) -> None:
        self.add_rule(VotingRule("thi_dua_khen_thuong", "*", None, None, "1/2", "present", True))

    def add_rule(self, rule: VotingRule) -> None:
        row = self.new_row()
        self.table.setCellWidget(row, 0, choice_combo(COUNCIL_KIND_LABELS, rule.council_kind))
        for column, text in (
            (1, rule.title_code),
            (2, _year(rule.from_year)),
            (3, _year(rule.to_year)),
            (4, rule.ratio),
            (7, rule.source),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCellWidget(row, 5, choice_combo(BASES, rule.base))
        self.table.setItem(row, 6, check_item(rule.strict))

    def rules(self) -> tuple[VotingRule, ...]:
        def text(row: int, column: int) -> str:
            return self.text(row, column).strip()

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
                strict=self.checked(row, 6),
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
