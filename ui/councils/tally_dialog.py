"""Enter an item's result: the four counts read from the paper tally, or member by member
(a show of hands). The domain checks quorum, counts and terms, and judges the threshold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from tdkt.councils.types import CHOICE_LABELS, AgendaItemRow, MeetingDetails, MemberRow
from tdkt.councils.voting import Tally
from ui.context import PageContext
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog

COUNT_LABELS = ("Đồng ý", "Không đồng ý", "Không biểu quyết", "Phiếu không hợp lệ")


def eligible_voters(details: MeetingDetails, item: AgendaItemRow) -> list[MemberRow]:
    recused = details.recused(item.id)
    return [
        a.member
        for a in details.attendance
        if a.present and a.member.votes and a.member.id not in recused
    ]


class TallyDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        details: MeetingDetails,
        item: AgendaItemRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, f"Kết quả biểu quyết nội dung {item.position}", parent)
        self._item = item
        self._voters = eligible_voters(details, item)
        heading = QLabel(
            f"<b>{item.title}</b><br>Thành viên có mặt được biểu quyết: {len(self._voters)} · "
            f"Ngưỡng: {item.current_threshold}"
        )
        heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.counts = [QSpinBox() for _ in COUNT_LABELS]
        paper = QWidget()
        form = QFormLayout(paper)
        for label, spin in zip(COUNT_LABELS, self.counts, strict=True):
            spin.setRange(0, 999)
            form.addRow(label, spin)
        tally = item.tally
        if tally is not None:
            for spin, value in zip(
                self.counts,
                (tally.agree, tally.disagree, tally.abstain, tally.invalid),
                strict=True,
            ):
                spin.setValue(value)
        self.choices = self._member_table(details, item)
        self.tabs.addTab(paper, "Theo biên bản kiểm phiếu")
        self.tabs.addTab(self.choices, "Từng thành viên (biểu quyết công khai)")
        if item.tally_mode == "member":
            self.tabs.setCurrentIndex(1)
        self.form.addRow(heading)
        self.errors.add_row("tally", "", self.tabs)
        self.errors.add_row("ballots", "", QLabel())
        self.resize(620, 520)

    def _member_table(self, details: MeetingDetails, item: AgendaItemRow) -> QTableWidget:
        previous = {b.member_id: b.choice for b in details.ballots if b.item_id == item.id}
        table = QTableWidget(len(self._voters), 2)
        table.setHorizontalHeaderLabels(("Thành viên", "Biểu quyết"))
        table.verticalHeader().hide()
        table.setColumnWidth(0, 300)
        table.horizontalHeader().setStretchLastSection(True)
        for row, member in enumerate(self._voters):
            table.setItem(row, 0, QTableWidgetItem(f"{member.name} – {member.role_label}"))
            combo = choice_combo(CHOICE_LABELS, previous.get(member.id, "dong_y"))
            table.setCellWidget(row, 1, combo)
        return table

    def member_choices(self) -> dict[int, str]:
        return {
            member.id: self.choices.cellWidget(row, 1).currentData()  # type: ignore[union-attr]
            for row, member in enumerate(self._voters)
        }

    def save_work(self) -> Callable[[], Any]:
        ballots, item_id = self.context.services.ballots, self._item.id
        if self.tabs.currentIndex() == 1:
            choices = self.member_choices()
            return lambda: ballots.record_ballots(item_id, choices)
        tally = Tally(*(spin.value() for spin in self.counts))
        return lambda: ballots.record_tally(item_id, tally)
