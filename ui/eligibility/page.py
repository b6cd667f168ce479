"""The page "Xét khen thưởng": choose a year and a title, see everyone of the fitting kind
with a verdict, filter and search, read each explanation, export a selection to Excel.

The evaluation runs on the worker with progress and a Stop button; a newer request (another
year or title) cancels the one running, and a late result of an old request is ignored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tdkt.collector import collector_paused
from tdkt.eligibility.types import EligibilityReport, Evaluation, Explanation, TitleChoice
from tdkt.progress import Cancelled
from ui.context import PageContext
from ui.eligibility.detail_html import explanation_html
from ui.eligibility.table_model import EligibilityRow, EligibilityTableModel, rows_of
from ui.eligibility.widgets import ProgressStrip, VerdictFilter
from ui.errors import show_error
from ui.nominations.add_to_batch_dialog import AddToBatchDialog
from ui.page import Page
from ui.widgets.combos import refill
from ui.widgets.save_file import announce, ask_save_path
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.tables import make_table

COLUMN_WIDTHS = (64, 150, 130, 96, 300)
VERDICT_COLUMN = 3
EMPTY_DETAIL = (
    "<p style='color:#5b6675'>Chọn một dòng để xem từng tiêu chí, căn cứ và điều còn thiếu.</p>"
)


class EligibilityPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.report: EligibilityReport | None = None
        self._request = 0  # the newest evaluation asked for; older results are dropped
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setKeyboardTracking(False)
        self.title = QComboBox()
        self.title.setMinimumContentsLength(28)
        self.run_button = QPushButton("Xét lại")
        self.regime = QLabel(objectName="countLabel")
        self.regime.setWordWrap(True)  # a long regime name must not widen the window
        self.progress = ProgressStrip()
        self.filter = VerdictFilter()
        self.search = SearchBox("Tìm theo họ tên, mã hoặc đơn vị – gõ không dấu cũng được")
        self.export_button = QPushButton("Xuất danh sách đã chọn ra Excel…")
        self.propose_button = QPushButton("Thêm vào đợt đề nghị…")
        self.writes(self.propose_button)
        self.search.setMinimumWidth(120)  # room for both buttons at 1280 pixels
        self.quotas = QLabel(objectName="quotaWarning")
        self.quotas.setWordWrap(True)
        self.quotas.hide()
        self.model = EligibilityTableModel()
        self.table = self._make_table()
        self.detail = QTextBrowser(objectName="eligibilityDetail")
        self.detail.setHtml(EMPTY_DETAIL)
        self.count = QLabel(objectName="countLabel")
        self._build_layout()
        self._connect()

    def _make_table(self) -> QTableView:
        # By verdict first (the rows come eligible first, then by unit and name; the sort is
        # stable, so that order stays within each verdict).
        table = make_table(
            self.model,
            COLUMN_WIDTHS,
            sort_by=(VERDICT_COLUMN, Qt.SortOrder.AscendingOrder),
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            name="eligibilityTable",
        )
        table.horizontalHeader().setSortIndicatorShown(False)
        return table

    def _build_layout(self) -> None:
        choose = QHBoxLayout()
        for label, widget in (("Năm:", self.year), ("Danh hiệu, hình thức:", self.title)):
            choose.addWidget(QLabel(label))
            choose.addWidget(widget)
            choose.addSpacing(8)
        choose.addWidget(self.run_button)
        choose.addStretch(1)
        narrow = QHBoxLayout()
        narrow.addWidget(self.filter)
        narrow.addSpacing(12)
        narrow.addWidget(self.search, 1)
        narrow.addWidget(self.propose_button)
        narrow.addWidget(self.export_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.regime)
        layout.addWidget(self.progress)
        layout.addLayout(narrow)
        layout.addWidget(self.quotas)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.year.valueChanged.connect(self._on_year_changed)
        self.title.currentIndexChanged.connect(lambda _i: self._evaluate())
        self.run_button.clicked.connect(self._evaluate)
        self.filter.changed.connect(self._apply_filter)
        self.search.terms_changed.connect(self._apply_filter)
        self.export_button.clicked.connect(self._export)
        self.propose_button.clicked.connect(self._propose)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.stale_on(*self.context.events.verdict_inputs())

    # --- choosing the year and the title

    def reload(self) -> None:
        eligibility = self.context.services.eligibility
        first = self.title.count() == 0
        self.context.runner.run(
            lambda: eligibility.default_year() if first else self.year.value(),
            self._on_year_known,
            lambda error: show_error(self, error),
        )

    def _on_year_known(self, year: int) -> None:
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self._on_year_changed(year)

    def _on_year_changed(self, year: int) -> None:
        eligibility = self.context.services.eligibility
        self.context.runner.run(
            lambda: (eligibility.titles(year), eligibility.regime(year)),
            self._on_titles,
            lambda error: show_error(self, error),
        )

    def _on_titles(self, result: tuple[list[TitleChoice], object]) -> None:
        titles, regime = result
        refill(self.title, ((choice.code, choice.name) for choice in titles))
        self.regime.setText(f"Quy định áp dụng: {regime.short_name} ({regime.period})")  # type: ignore[attr-defined]
        self.regime.setToolTip(f"{regime.name}\n\n{regime.note}")  # type: ignore[attr-defined]
        self._evaluate()

    def deactivate(self) -> None:
        super().deactivate()
        if self.progress.running():
            # The user went elsewhere: the page they opened would wait behind this evaluation
            # on the one database worker. It is done again when this page is shown.
            self.progress.cancel()
            self.mark_stale()

    # --- evaluating

    def _evaluate(self) -> None:
        code, year = self.title.currentData(), self.year.value()
        if code is None:
            return
        self._request += 1
        request = self._request
        bridge = self.progress.start()
        eligibility = self.context.services.eligibility
        self.context.runner.run(
            # The rows (folded text, name keys, order) are made on the worker too: for
            # 10,000 people that is half a second the window would otherwise freeze for.
            lambda: _with_rows(eligibility.report(year, code, progress=bridge)),
            lambda found: self._on_report(request, bridge, *found),
            lambda error: self._on_failed(request, bridge, error),
        )

    def _on_report(
        self, request: int, bridge: object, report: EligibilityReport, rows: list[EligibilityRow]
    ) -> None:
        self.progress.finish(bridge)  # type: ignore[arg-type]
        if request != self._request:
            return
        self.report = report
        self.model.set_rows(rows)
        self.filter.set_counts([r.verdict for r in rows])
        self._show_quotas(report)
        self._apply_filter()
        self.loaded.emit()

    def _on_failed(self, request: int, bridge: object, error: BaseException) -> None:
        self.progress.finish(bridge)  # type: ignore[arg-type]
        if isinstance(error, Cancelled) or request != self._request:
            return
        show_error(self, error)

    def _show_quotas(self, report: EligibilityReport) -> None:
        """Exceeded caps as a warning; caps within limits as one calm line."""
        counters = [c for c in report.quotas if c.scope != "batch" or c.exceeded]
        exceeded = [c for c in report.quotas if c.exceeded]
        if not counters:
            self.quotas.hide()
            return
        if exceeded:
            lines = [f"⚠ Vượt tỷ lệ – {c.describe()}" for c in exceeded[:4]]
            if len(exceeded) > 4:
                lines.append(f"… và {len(exceeded) - 4} đơn vị, đợt khác")
        else:
            first = counters[0]
            lines = [
                f"Tỷ lệ {first.title}/{first.base_title}: {len(counters)} đơn vị đều trong giới "
                f"hạn (đã tặng hoặc đề nghị {sum(c.taken for c in counters)}, tối đa "
                f"{sum(c.limit for c in counters)})."
            ]
        self.quotas.setProperty("level", "warning" if exceeded else "info")
        self.quotas.style().unpolish(self.quotas)
        self.quotas.style().polish(self.quotas)
        self.quotas.setText("\n".join(lines))
        self.quotas.show()

    # --- narrowing and reading

    def _apply_filter(self, *_args: object) -> None:
        verdict, terms = self.filter.verdict(), self.search.terms()

        def accept(row: EligibilityRow) -> bool:
            return (verdict is None or row.verdict == verdict) and matches(row.search_text, terms)

        self.model.set_filter(accept if verdict is not None or terms else None)
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(f"{shown} / {total}" if shown != total else f"{total} đối tượng")
        if shown:
            self.table.selectRow(0)
        else:
            self.detail.setHtml(EMPTY_DETAIL)
        self._on_selection()

    def selected_rows(self) -> list[EligibilityRow]:
        return [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _on_selection(self, *_args: QItemSelection) -> None:
        chosen = len(self.selected_rows())
        self.export_button.setEnabled(chosen > 0)
        self.propose_button.setEnabled(chosen > 0)
        self.export_button.setText(
            f"Xuất {chosen} dòng đã chọn ra Excel…" if chosen > 1 else "Xuất dòng đã chọn ra Excel…"
        )

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid() or self.report is None:
            return
        evaluation = self.model.row(current.row()).evaluation
        self._explain(evaluation)

    def _explain(self, evaluation: Evaluation) -> None:
        subject, eligibility = evaluation.subject, self.context.services.eligibility
        self.context.runner.run(
            lambda: eligibility.explain(
                subject.kind, subject.id, evaluation.title, evaluation.year
            ),
            self._on_explained,
            lambda error: show_error(self, error),
        )

    def _on_explained(self, explanation: Explanation) -> None:
        current = self.table.selectionModel().currentIndex()
        if (
            current.isValid()
            and self.model.row(current.row()).evaluation.subject == explanation.evaluation.subject
        ):
            self.detail.setHtml(explanation_html(explanation))

    # --- proposing

    def _propose(self) -> None:
        rows, report = self.selected_rows(), self.report
        if not rows or report is None:
            return
        subjects = [(r.evaluation.subject.kind, r.evaluation.subject.id) for r in rows]
        nominations = self.context.services.nominations
        self.context.runner.run(
            lambda: (nominations.form_choices(), nominations.list_batches()),
            lambda found: self._open_propose(report, subjects, *found),
            lambda error: show_error(self, error),
        )

    def _open_propose(self, report, subjects, choices, batches) -> None:  # type: ignore[no-untyped-def]
        level = next((t.level for t in choices.titles if t.code == report.title), "")
        dialog = AddToBatchDialog(
            self.context,
            report.title,
            report.title_name,
            level,
            report.year,
            subjects,
            batches,
            self,
        )
        dialog.saved.connect(self._proposed)
        dialog.open()

    def _proposed(self, result) -> None:  # type: ignore[no-untyped-def]
        skipped = f"; {len(result.skipped)} đã có trong đợt" if result.skipped else ""
        announce(self, f"Đã thêm {result.added} dòng vào đợt {result.details.batch.name}{skipped}.")
        self._evaluate()  # the new proposals show as warnings

    # --- export

    def _export(self) -> None:
        rows, report = self.selected_rows(), self.report
        if not rows or report is None:
            return
        suggested = f"xet-{report.title.lower()}-{report.year}.xlsx"
        path = ask_save_path(self, "Xuất danh sách ra Excel", suggested)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        rows, report = self.selected_rows(), self.report
        assert report is not None
        chosen = [r.evaluation for r in rows]
        eligibility = self.context.services.eligibility
        self.context.runner.run(
            lambda: eligibility.export_selection(report, chosen, path),
            lambda saved: self.count.setText(f"Đã xuất {len(chosen)} dòng ra {saved}"),
            lambda error: show_error(self, error),
        )


def _with_rows(report: EligibilityReport) -> tuple[EligibilityReport, list[EligibilityRow]]:
    # Ten thousand rows more, made as the report's are (tdkt.collector): no collector pass
    # over them now, none later walking them again while the page shows them.
    with collector_paused():
        return report, rows_of(report)
