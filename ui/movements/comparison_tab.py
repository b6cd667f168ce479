"""The year-end comparison tab: totals per title, then every line (registered and achieved,
registered and not achieved, achieved without registering), to print."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from tdkt.movements.types import OUTCOME_LABELS, Comparison, ComparisonLine, TitleTotals
from ui.context import PageContext
from ui.documents import printing
from ui.errors import show_error
from ui.movements.table_models import COMPARISON_COLUMNS, TOTAL_COLUMNS
from ui.widgets.combos import choice_combo
from ui.widgets.documents import Document, DocumentOutput, document_button, printed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table
from ui.widgets.year_combo import YearCombo

registration_comparison = printing("registration_comparison")


class ComparisonTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = YearCombo()
        self.outcome = choice_combo(OUTCOME_LABELS, all_label="Tất cả kết quả")
        self.totals: RowTableModel[TitleTotals] = RowTableModel(TOTAL_COLUMNS)
        self.lines: RowTableModel[ComparisonLine] = RowTableModel(COMPARISON_COLUMNS)
        self.totals_table = make_table(self.totals, (300, 90, 90, 90, 140))
        self.lines_table = make_table(self.lines, (175, 200, 230, 200, 180))
        self.summary = QLabel(objectName="countLabel")
        self.output = DocumentOutput(self, context.runner)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Năm:"))
        bar.addWidget(self.year)
        bar.addWidget(QLabel("Hiện:"))
        bar.addWidget(self.outcome)
        bar.addStretch()
        bar.addWidget(document_button("In bảng so sánh", self.documents, self.output))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.totals_table)
        splitter.addWidget(self.lines_table)
        splitter.setSizes([150, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self.year.currentIndexChanged.connect(self.fetch)
        self.outcome.currentIndexChanged.connect(self._filter)

    def set_years(self, years: Sequence[int]) -> None:
        self.year.offer(years, self.context.services.clock.today().year)

    def fetch(self, *_args: object) -> None:
        year = self.year.year()
        if year is None:
            return
        registrations = self.context.services.registrations
        self.context.runner.run(
            lambda: registrations.comparison(year),
            self.show_comparison,
            lambda e: show_error(self, e),
        )

    def show_comparison(self, comparison: Comparison) -> None:
        self.totals.set_rows(comparison.totals)
        self.lines.set_rows(comparison.lines)
        counts = {key: len(comparison.of(key)) for key in OUTCOME_LABELS}
        self.summary.setText(" · ".join(f"{OUTCOME_LABELS[k]}: {n}" for k, n in counts.items()))
        self._filter()

    def _filter(self, *_args: object) -> None:
        wanted = self.outcome.currentData()
        self.lines.set_filter((lambda line: line.outcome == wanted) if wanted else None)

    def documents(self) -> list[Document]:
        year = self.year.year()
        if year is None:
            return []
        registrations = self.context.services.registrations
        return [
            printed(
                f"Bảng so sánh năm {year}",
                f"so-sanh-dang-ky-thi-dua-{year}",
                registration_comparison,
                lambda: registrations.comparison_paper(year),
            )
        ]
