"""The list of verdicts: one row per person or unit, its verdict coloured, what it rests on
or what is missing, and what to check before proposing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tdkt.eligibility.types import (
    ELIGIBLE,
    NEEDS_REVIEW,
    NOT_ELIGIBLE,
    EligibilityReport,
    Evaluation,
)
from tdkt.subjects.types import PERSON
from tdkt.text import collation_key, fold, name_sort_key
from ui.widgets.row_table_model import Column, Index, RowTableModel

VERDICT_COLORS = {
    ELIGIBLE: QColor("#1b6e3a"),
    NEEDS_REVIEW: QColor("#9a5b00"),
    NOT_ELIGIBLE: QColor("#9b1c1c"),
}
VERDICT_ORDER = {ELIGIBLE: 0, NEEDS_REVIEW: 1, NOT_ELIGIBLE: 2}
SHORT_VERDICTS = {ELIGIBLE: "Đủ điều kiện", NEEDS_REVIEW: "Cần xem xét", NOT_ELIGIBLE: "Không đủ"}


@dataclass(frozen=True)
class EligibilityRow:
    evaluation: Evaluation
    warnings: tuple[str, ...]
    search_text: str  # folded code, name and unit
    name_key: str  # a person's by given name (Vietnamese order), a unit's by its name

    @property
    def verdict(self) -> str:
        return self.evaluation.verdict


def rows_of(report: EligibilityReport) -> list[EligibilityRow]:
    """Eligible first, then to review, then the rest; within each, people before units, in
    list order (the unit's place in the chart, leaders first, then the name)."""
    rows = []
    for evaluation in report.evaluations:
        subject = evaluation.subject
        rows.append(
            EligibilityRow(
                evaluation,
                report.warnings_for(evaluation),
                f"{subject.search_text} {fold(subject.unit_name)} {fold(subject.name)}",
                name_sort_key(subject.name)
                if subject.kind == PERSON
                else collation_key(subject.name),
            )
        )
    rows.sort(
        key=lambda r: (
            VERDICT_ORDER[r.verdict],
            r.evaluation.subject.kind != PERSON,
            r.evaluation.subject.order,
        )
    )
    return rows


def _subject_tooltip(row: EligibilityRow) -> str:
    subject = row.evaluation.subject
    return f"{'Cá nhân' if subject.kind == PERSON else 'Tập thể'} – mã {subject.code}"


COLUMNS: list[Column[EligibilityRow]] = [
    Column("Mã", lambda r: r.evaluation.subject.code),
    Column(
        "Họ và tên / Tập thể",
        lambda r: r.evaluation.subject.name,
        sort_key=lambda r: r.name_key,
        tooltip=_subject_tooltip,
    ),
    Column(
        "Đơn vị",
        lambda r: r.evaluation.subject.unit_name,
        tooltip=lambda r: r.evaluation.subject.unit_name,
    ),
    Column(
        "Kết quả",
        lambda r: SHORT_VERDICTS[r.verdict],
        sort_key=lambda r: VERDICT_ORDER[r.verdict],
        tooltip=lambda r: r.evaluation.verdict_label,
    ),
    Column(
        "Căn cứ hoặc còn thiếu",
        lambda r: r.evaluation.summary(),
        tooltip=lambda r: r.evaluation.summary(),
    ),
    Column(
        "Cần lưu ý",
        lambda r: "; ".join(r.warnings),
        sort_key=lambda r: (not r.warnings, r.warnings),
        tooltip=lambda r: "\n".join(r.warnings),
    ),
]
VERDICT_COLUMN = 3
WARNING_COLUMN = 5
WARNING_COLOR = QColor("#9a5b00")


class EligibilityTableModel(RowTableModel[EligibilityRow]):
    def __init__(self) -> None:
        super().__init__(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.column() == VERDICT_COLUMN:
            return VERDICT_COLORS[self.row(index.row()).verdict]
        if index.column() == WARNING_COLUMN:
            return WARNING_COLOR
        return None
