"""The page "Quy định áp dụng": the legal periods, the values a province or sector may change
(each with the document that sets it), and every title's criteria with their citations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tdkt.eligibility.settings_types import SettingView
from tdkt.eligibility.types import CONFIDENCE_LABELS, JUDGEMENT, QUALITATIVE, RegimeRules
from tdkt.subjects.types import KIND_LABELS
from ui.context import PageContext
from ui.eligibility.setting_dialog import SettingDialog
from ui.errors import show_error
from ui.page import Page
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import Column, RowTableModel

COMMON = "common"
KIND_NOTES = {QUALITATIVE: " (định tính: coi là đạt)", JUDGEMENT: " (Hội đồng đánh giá)"}
SETTING_COLUMNS: list[Column[SettingView]] = [
    Column("Cài đặt", lambda v: v.label, tooltip=lambda v: v.label),
    Column("Giá trị", lambda v: v.value_text),
    Column("Theo văn bản", lambda v: v.source_text, tooltip=lambda v: v.source_text),
    Column("Độ tin cậy", lambda v: v.confidence, tooltip=lambda v: v.confidence_text),
]


class RulesPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._rules: list[RegimeRules] = []
        self._settings: list[SettingView] = []
        self.periods = QListWidget(objectName="periodList")
        self.periods.setFixedWidth(220)
        self.heading = QLabel(objectName="detailTitle")
        self.note = QLabel(objectName="countLabel")
        self.note.setWordWrap(True)
        self.model = RowTableModel(SETTING_COLUMNS)
        self.settings_table = self._make_table()
        self.edit_button = QPushButton("Sửa…")
        self.reset_button = QPushButton("Về mặc định")
        self.writes(self.edit_button, self.reset_button)
        self.criteria = QTreeWidget(objectName="criteriaTree")
        self.criteria.setHeaderLabels(["Danh hiệu, tiêu chí", "Căn cứ", "Độ tin cậy"])
        self.criteria.setColumnWidth(0, 410)
        self.criteria.setColumnWidth(1, 290)
        self.criteria.setWordWrap(True)
        self._build_layout()
        self.periods.currentRowChanged.connect(lambda _row: self._show_period())
        self.edit_button.clicked.connect(self._edit)
        self.reset_button.clicked.connect(self._reset)
        self.settings_table.doubleClicked.connect(self._edit)

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="settingsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((340, 105, 240, 80)):
            table.setColumnWidth(column, width)
        return table

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(
            QLabel("Giá trị tỉnh, ngành có thể quy định khác:", objectName="sectionLabel")
        )
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reset_button)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addLayout(buttons)
        column.addWidget(self.settings_table, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.criteria)
        right.setSizes([330, 370])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.periods)
        layout.addWidget(right, 1)

    # --- loading

    def reload(self) -> None:
        eligibility = self.context.services.eligibility
        self.context.runner.run(
            lambda: (eligibility.rules_overview(), eligibility.settings()),
            self._on_loaded,
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, result: tuple[list[RegimeRules], list[SettingView]]) -> None:
        self._rules, self._settings = result
        row = self.periods.currentRow()
        if row < 0:  # first load: the period in force today
            row = len(self._rules)
        self.periods.blockSignals(True)
        self.periods.clear()
        self.periods.addItem(QListWidgetItem("Chung cho mọi giai đoạn"))
        for rules in self._rules:
            self.periods.addItem(
                QListWidgetItem(f"{rules.regime.short_name}\n{rules.regime.period}")
            )
        self.periods.blockSignals(False)
        self.periods.setCurrentRow(min(row, self.periods.count() - 1))
        self._show_period()
        self.loaded.emit()

    def scope(self) -> str:
        row = self.periods.currentRow()
        return COMMON if row <= 0 else self._rules[row - 1].regime.id

    def _show_period(self) -> None:
        scope = self.scope()
        self.model.set_rows([v for v in self._settings if v.scope == scope])
        if self.model.rowCount():
            self.settings_table.selectRow(0)
        self.criteria.clear()
        if scope == COMMON:
            self.heading.setText("Cài đặt chung cho mọi giai đoạn")
            self.note.setText(
                "Thời hạn kỷ luật mặc định, cách làm tròn tỷ lệ và việc dùng lại sáng kiến."
            )
            self.criteria.hide()
            return
        rules = self._rules[self.periods.currentRow() - 1]
        self.heading.setText(rules.regime.name)
        self.note.setText(f"{rules.regime.period.capitalize()}. {rules.regime.note}")
        self._fill_criteria(rules)
        self.criteria.show()

    def _fill_criteria(self, rules: RegimeRules) -> None:
        for title in rules.titles:
            item = QTreeWidgetItem([f"{title.name} – {KIND_LABELS[title.subject_kind].lower()}"])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for criterion in title.criteria:
                child = QTreeWidgetItem(
                    [
                        criterion.label + KIND_NOTES.get(criterion.kind, ""),
                        criterion.basis,
                        criterion.confidence,
                    ]
                )
                child.setToolTip(0, criterion.label)
                child.setToolTip(1, criterion.basis)
                child.setToolTip(2, CONFIDENCE_LABELS[criterion.confidence])
                item.addChild(child)
            self.criteria.addTopLevelItem(item)
        self.criteria.expandAll()

    # --- changing a value

    def selected(self) -> SettingView | None:
        rows = self.settings_table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _edit(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = SettingDialog(self.context, view, parent=self)
        dialog.saved.connect(lambda _view: self._changed())
        dialog.open()

    def _reset(self) -> None:
        view = self.selected()
        if view is None or view.source is None or view.inherited_from:
            return
        eligibility = self.context.services.eligibility
        run_confirmed(
            self,
            self.context,
            "Về mặc định",
            f'Trả "{view.label}" về giá trị mặc định?',
            lambda: eligibility.reset_setting(view.scope, view.name),
            lambda _view: self._changed(),
        )

    def _changed(self) -> None:
        self.mark_stale()
        # Verdicts depend on these values: the eligibility page reloads when shown again.
        self.context.events.rules_changed.emit()
