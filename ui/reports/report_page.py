"""The report page: pick a period; read the written award section and the statistics by
title, level, unit and year; export the section (DOCX, PDF), the TT 02/2023 forms (Excel)
and any table; print an award history."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tdkt.errors import ValidationError
from tdkt.reports.periods import FIRST_HALF, WHOLE_YEAR, Period
from tdkt.reports.types import Statistics
from tdkt.reports.writer import ReportSection, write_section
from ui.context import PageContext
from ui.dashboard.year_chart import YearLevelChart
from ui.errors import show_error
from ui.page import Page
from ui.reports.history_dialog import HistoryDialog
from ui.reports.history_export import saved_link
from ui.reports.period_picker import PeriodPicker
from ui.reports.table_models import (
    TITLE_COLUMNS,
    UNIT_COLUMNS,
    YEAR_COLUMNS,
    TallyModel,
    TallyRow,
)
from ui.widgets.card import Card, compact_table
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.save_file import save_document
from ui.widgets.table_export import add_export_action, export_table

OCCASION_HINT = (
    "Thành tích, dịp khen thưởng (tùy chọn), ví dụ: nhân kỷ niệm 70 năm Ngày Truyền thống "
    "ngành Công Thương Việt Nam"
)


class ReportPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        today = context.services.clock.today()
        self.statistics: Statistics | None = None
        self.section: ReportSection | None = None
        self._started = False
        self.picker = PeriodPicker(today.year)
        self.occasion = QLineEdit(placeholderText=OCCASION_HINT)
        self.error = QLabel(objectName="formError")
        self.saved = QLabel(objectName="countLabel")
        self.saved.setOpenExternalLinks(True)
        self.text = QTextBrowser(objectName="reportText")
        self.titles = RowTableModel(TITLE_COLUMNS)
        self.levels = TallyModel()
        self.units = RowTableModel(UNIT_COLUMNS)
        self.years = RowTableModel(YEAR_COLUMNS)
        self.chart = YearLevelChart(["co_so", "tinh", "bo", "nha_nuoc"], "Khen thưởng qua các năm")
        self.tabs = QTabWidget()
        self.buttons = {
            name: QPushButton(name)
            for name in ("Sao chép đoạn văn", "Xuất DOCX", "Xuất PDF", "Xuất biểu mẫu Excel")
        }
        self.history_button = QPushButton("In lý lịch khen thưởng…")
        self._build_layout()
        self._connect()

    # --- layout

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.error, 1)
        top.addWidget(self.history_button)
        second = QHBoxLayout()
        second.addWidget(self.occasion, 1)
        for button in self.buttons.values():
            second.addWidget(button)
        self._fill_tabs()
        tables = QWidget()
        right = QVBoxLayout(tables)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.tabs, 1)
        foot = QHBoxLayout()
        foot.addStretch()
        foot.addWidget(self.export_button)
        right.addLayout(foot)
        splitter = QSplitter()
        splitter.addWidget(Card("Đoạn báo cáo, sẵn để dán vào báo cáo", self.text))
        splitter.addWidget(tables)
        splitter.setSizes([430, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.saved)

    def _fill_tabs(self) -> None:
        self.title_table = self._table(self.titles, "Theo danh hiệu, hình thức", 0, {1: 80})
        self.level_table = self._table(self.levels, "Theo cấp khen", None, {0: 150})
        self.unit_table = self._table(self.units, "Theo đơn vị", 0, {})
        self.year_table = self._table(self.years, "Qua các năm", None, {1: 62, 2: 70})
        for table in (self.title_table, self.level_table, self.unit_table):
            self.tabs.addTab(table, str(table.property("exportTitle")))
        trend = QWidget()
        column = QVBoxLayout(trend)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addWidget(self.year_table, 2)
        self.tabs.addTab(trend, "Qua các năm")
        self.export_button = QPushButton("Xuất Excel bảng đang xem")
        self.export_button.clicked.connect(self._export_current)

    def _table(
        self,
        model: RowTableModel,  # type: ignore[type-arg]
        title: str,
        stretch: int | None,
        widths: dict[int, int],
    ) -> QTableView:
        """Counts in narrow columns; the name column (`stretch`) takes what is left."""
        table = compact_table(model, (), stretch)
        for column in range(model.columnCount()):
            if column != stretch:
                table.setColumnWidth(column, widths.get(column, 54))
        table.horizontalHeader().setFixedHeight(44)
        add_export_action(table, self.context, lambda: self._table_title(title))
        table.setProperty("exportTitle", title)
        return table

    def _connect(self) -> None:
        self.picker.changed.connect(self._load)
        self.picker.invalid.connect(self._show_invalid)
        self.occasion.textChanged.connect(self._rewrite)
        self.buttons["Sao chép đoạn văn"].clicked.connect(self._copy)
        self.buttons["Xuất DOCX"].clicked.connect(lambda: self._export_section("docx"))
        self.buttons["Xuất PDF"].clicked.connect(lambda: self._export_section("pdf"))
        self.buttons["Xuất biểu mẫu Excel"].clicked.connect(self._export_forms)
        self.history_button.clicked.connect(self._open_history)
        events = self.context.events
        self.stale_on(events.awards_changed, events.people_changed, events.units_changed)

    # --- loading

    def reload(self) -> None:
        if not self._started:  # open on the newest year that has decisions
            self._started = True
            reports = self.context.services.reports
            self.context.runner.run(
                reports.latest_decision_year, self._start_on, lambda e: show_error(self, e)
            )
            return
        self._load(self.current_period())

    def _start_on(self, year: int | None) -> None:
        today = self.context.services.clock.today()
        year = min(year or today.year, today.year)
        kind = FIRST_HALF if year == today.year and today.month <= 6 else WHOLE_YEAR
        self.picker.set_preset(kind, year)

    def current_period(self) -> Period | None:
        try:
            return self.picker.period()
        except ValidationError:
            return None

    def _load(self, period: Period | None) -> None:
        if period is None:
            return
        self.error.clear()
        reports = self.context.services.reports
        self.context.runner.run(
            lambda: reports.statistics(period), self._show, lambda e: show_error(self, e)
        )

    def _show_invalid(self, message: str) -> None:
        self.error.setText(message)

    def _show(self, statistics: Statistics) -> None:
        self.statistics = statistics
        self.titles.set_rows(statistics.titles)
        levels = [TallyRow(lv.label, lv.tally) for lv in statistics.levels]
        self.levels.set_rows([*levels, TallyRow("Tổng số", statistics.total, True)])
        self.units.set_rows(statistics.units)
        self.years.set_rows(statistics.trend)
        self.chart.show_years(statistics.trend)
        self._rewrite()
        self.loaded.emit()

    def _rewrite(self, *_args: object) -> None:
        if self.statistics is None:
            return
        self.section = write_section(self.statistics, self.occasion.text())
        paragraphs = [f"- {self.section.intro}", *(f"+ {line}" for line in self.section.lines)]
        html = "".join(f"<p style='text-align:justify'>{escape(p)}</p>" for p in paragraphs)
        period = self.statistics.period
        notes = [f"Số liệu theo ngày quyết định, {period.range_text}.", *self.section.notes]
        html += "".join(f"<p style='color:#5b6675'><i>{escape(n)}</i></p>" for n in notes)
        self.text.setHtml(f"<div style='font-size:10.5pt'>{html}</div>")

    # --- actions

    def _table_title(self, tab: str) -> str:
        period = self.statistics.period.words if self.statistics else ""
        return f"Khen thưởng {period} - {tab.lower()}"

    def _export_current(self) -> None:
        widget = self.tabs.currentWidget()
        table = widget if isinstance(widget, QTableView) else self.year_table
        title = self._table_title(str(table.property("exportTitle")))
        export_table(table, self.context, title, self._show_saved)

    def _copy(self) -> None:
        if self.section is not None:
            QApplication.clipboard().setText(self.section.text())
            self.saved.setText("Đã chép đoạn báo cáo; dán vào Word bằng Ctrl+V.")

    def _export_section(self, kind: str) -> None:
        period, occasion = self.current_period(), self.occasion.text()
        if period is None:
            return
        reports = self.context.services.reports
        produce = reports.section_docx if kind == "docx" else reports.section_pdf
        name = f"Kết quả khen thưởng {period.words}.{kind}"
        caption = f"Xuất đoạn báo cáo ({kind.upper()})"
        save_document(
            self, self.context, lambda: produce(period, occasion), caption, name, self._show_saved
        )

    def _export_forms(self) -> None:
        period = self.current_period()
        if period is None:
            return
        reports = self.context.services.reports
        name = f"Biểu mẫu TT 02-2023 - {period.words}.xlsx"
        save_document(
            self,
            self.context,
            lambda: reports.forms_workbook(period),
            "Xuất biểu mẫu thống kê",
            name,
            self._show_saved,
        )

    def _show_saved(self, path: Path) -> None:
        self.saved.setText(saved_link(path))

    def _open_history(self) -> None:
        HistoryDialog(self.context, parent=self).open()
