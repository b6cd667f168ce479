"""Đề nghị khen thưởng: the batches and their status; for the batch chosen, its lines with
verdicts and warnings, its workflow, dossier, history and documents; and what needs a
second look after a revocation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tdkt.nominations.types import STATUS_LABELS, FormChoices, NominationBatchRow
from ui.context import PageContext
from ui.errors import show_error
from ui.nominations.batch_dialog import BatchDialog
from ui.nominations.batch_view import BatchView
from ui.nominations.flags_tab import FlagsTab
from ui.nominations.settings_dialogs import BonusDialog, DocumentSettingsDialog
from ui.nominations.table_models import BATCH_COLUMNS
from ui.page import Page
from ui.widgets.combos import choice_combo
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.tables import make_table, reselect, selected_row


class NominationsPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.choices: FormChoices | None = None
        self._select_next: int | None = None
        self.status = choice_combo(STATUS_LABELS, all_label="Mọi tình trạng")
        self.search = SearchBox("Tìm đợt đề nghị – gõ không dấu cũng được")
        self.model: RowTableModel[NominationBatchRow] = RowTableModel(BATCH_COLUMNS)
        self.table = make_table(self.model, (110, 100, 56, 170, 130, 48, 110, 100))
        self.count = QLabel(objectName="countLabel")
        self.view = BatchView(context, lambda: self.choices)
        self.flags = FlagsTab(context)
        self.buttons = {
            key: QPushButton(label)
            for key, label in (
                ("add", "Tạo đợt…"),
                ("edit", "Sửa đợt…"),
                ("delete", "Xóa đợt"),
                ("settings", "Cài đặt văn bản…"),
                ("bonus", "Lương cơ sở, hệ số thưởng…"),
            )
        }
        self.tabs = QTabWidget()
        self.writes(*(self.buttons[key] for key in ("add", "edit", "delete", "settings", "bonus")))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        column.addLayout(filters)
        actions = QHBoxLayout()
        for key in ("add", "edit", "delete"):
            actions.addWidget(self.buttons[key])
        actions.addStretch()
        column.addLayout(actions)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        settings = QHBoxLayout()
        settings.addWidget(self.buttons["settings"])
        settings.addWidget(self.buttons["bonus"])
        settings.addStretch()
        column.addLayout(settings)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 870])
        self.tabs.addTab(splitter, "Đợt đề nghị")
        self.tabs.addTab(self.flags, "Cần xem lại")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.search.terms_changed.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.buttons["add"].clicked.connect(self._add)
        self.buttons["edit"].clicked.connect(self._edit)
        self.buttons["delete"].clicked.connect(self._delete)
        self.buttons["settings"].clicked.connect(self._settings)
        self.buttons["bonus"].clicked.connect(self._bonus)
        self.view.changed.connect(self._after_change)
        self.flags.counted.connect(
            lambda n: self.tabs.setTabText(1, f"Cần xem lại ({n})" if n else "Cần xem lại")
        )
        self.stale_on(*self.context.events.verdict_inputs())

    # --- loading

    def reload(self) -> None:
        nominations = self.context.services.nominations
        self.context.runner.run(
            lambda: (nominations.form_choices(), nominations.list_batches()),
            self._on_loaded,
            lambda error: show_error(self, error),
        )
        self.flags.reload()

    def _on_loaded(self, result: tuple[FormChoices, list[NominationBatchRow]]) -> None:
        self.choices, rows = result
        current = self.selected()
        keep = self._select_next or (current.id if current else None)
        self._select_next = None
        self.model.set_rows(rows)
        self._apply_filter()
        reselect(self.table, self.model, keep)
        self._on_selection()
        self.loaded.emit()

    def _apply_filter(self, *_args: object) -> None:
        status, terms = self.status.currentData(), self.search.terms()

        def accept(row: NominationBatchRow) -> bool:
            return (status is None or row.status == status) and matches(row.search_text, terms)

        self.model.set_filter(accept if status is not None or terms else None)
        waiting = sum(1 for r in self.model.rows() if r.status == "da_trinh")
        self.count.setText(
            f"{self.model.rowCount()} đợt đề nghị"
            + (f", {waiting} đợt chờ quyết định" if waiting else "")
        )

    def selected(self) -> NominationBatchRow | None:
        return selected_row(self.table, self.model)

    def _on_selection(self, *_args: object) -> None:
        batch = self.selected()
        self.buttons["edit"].setEnabled(batch is not None and batch.status != "co_quyet_dinh")
        self.buttons["delete"].setEnabled(
            batch is not None and batch.status in ("du_thao", "tra_lai")
        )
        # Selection signals come in pairs as the list loads; a batch already asked for is not
        # asked again (its line checks take most of a second for a thousand lines).
        wanted = batch.id if batch else None
        if wanted is None or self.view.wanted != wanted:
            self.view.load(wanted)

    def _after_change(self) -> None:
        self.context.events.awards_changed.emit()  # a decision makes awards
        self._batches_changed()

    def _batches_changed(self) -> None:
        self.context.events.nominations_changed.emit()
        self.mark_stale()

    # --- actions

    def _open(self, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, result: object) -> None:
        batch = getattr(result, "batch", None)
        self._select_next = batch.id if batch is not None else None
        if batch is not None:
            self.view.load(batch.id)
        self._batches_changed()

    def _add(self) -> None:
        if self.choices is not None:
            self._open(BatchDialog(self.context, self.choices, parent=self))

    def _edit(self) -> None:
        batch = self.selected()
        if batch is not None and self.choices is not None and batch.status != "co_quyet_dinh":
            self._open(BatchDialog(self.context, self.choices, batch, self))

    def _delete(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        nominations = self.context.services.nominations
        run_confirmed(
            self,
            self.context,
            "Xóa đợt đề nghị",
            f"Xóa đợt “{batch.name}” cùng {batch.line_count} dòng đề nghị?",
            lambda: nominations.delete_batch(batch.id),
            lambda _r: self._batches_changed(),
        )

    def _settings(self) -> None:
        nominations = self.context.services.nominations
        self.context.runner.run(
            nominations.document_settings,
            lambda settings: self._open(DocumentSettingsDialog(self.context, settings, self)),
            lambda error: show_error(self, error),
        )

    def _bonus(self) -> None:
        nominations = self.context.services.nominations
        titles = self.choices.titles if self.choices else ()
        self.context.runner.run(
            nominations.bonus_table,
            lambda table: self._open(BonusDialog(self.context, table, titles, self)),
            lambda error: show_error(self, error),
        )
