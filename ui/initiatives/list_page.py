"""Sáng kiến: the register by year and status, the TT 18/2013 form, the workflow (đăng ký →
đang xét → công nhận / không công nhận), and the register and recognition list to print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from tdkt.initiatives.types import STATUS_LABELS, InitiativeDetails, InitiativeRow
from ui.context import PageContext
from ui.documents import printing
from ui.errors import show_error
from ui.initiatives.decision_dialogs import RecognitionDialog, RejectionDialog
from ui.initiatives.detail_panel import InitiativeDetailPanel
from ui.initiatives.initiative_dialog import InitiativeDialog
from ui.initiatives.table_model import INITIATIVE_COLUMNS
from ui.page import Page
from ui.widgets.combos import choice_combo
from ui.widgets.confirm import run_confirmed
from ui.widgets.documents import Document, DocumentOutput, document_button, printed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.tables import make_table, reselect, selected_row
from ui.widgets.year_combo import YearCombo

initiative_recognition = printing("initiative_recognition")
initiative_register = printing("initiative_register")


class InitiativeListPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._select_next: int | None = None
        self.year = YearCombo(all_label="Mọi năm")
        self.status = choice_combo(STATUS_LABELS, all_label="Mọi tình trạng")
        self.search = SearchBox("Tìm theo tên, mã, tác giả – gõ không dấu cũng được")
        self.model: RowTableModel[InitiativeRow] = RowTableModel(INITIATIVE_COLUMNS)
        self.table = make_table(self.model, (88, 240, 165, 44, 105, 65))
        self.details = InitiativeDetailPanel()
        self.count = QLabel(objectName="countLabel")
        self.output = DocumentOutput(self, context.runner)
        self.buttons = {
            name: QPushButton(label)
            for name, label in (
                ("add", "Đăng ký sáng kiến"),
                ("edit", "Sửa"),
                ("review", "Chuyển xét"),
                ("recognize", "Công nhận…"),
                ("reject", "Không công nhận…"),
                ("delete", "Xóa"),
            )
        }
        self._layout()
        self._connect()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Năm:"))
        bar.addWidget(self.year)
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(document_button("In sổ, danh sách", self.documents, self.output))
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([720, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

    def _connect(self) -> None:
        self.year.currentIndexChanged.connect(self._fetch)
        self.status.currentIndexChanged.connect(self._fetch)
        self.search.terms_changed.connect(self._apply_search)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._edit)
        handlers = {
            "add": self._add,
            "edit": self._edit,
            "review": self._review,
            "recognize": self._recognize,
            "reject": self._reject,
            "delete": self._delete,
        }
        for name, handler in handlers.items():
            self.buttons[name].clicked.connect(handler)
        self.writes(*self.buttons.values())
        self.stale_on(self.context.events.people_changed, self.context.events.awards_changed)

    # --- loading

    def reload(self) -> None:
        initiatives = self.context.services.initiatives
        self.context.runner.run(initiatives.years, self._on_years, lambda e: show_error(self, e))

    def _on_years(self, years: list[int]) -> None:
        self.year.offer(years, self.context.services.clock.today().year)
        self._fetch()

    def _fetch(self, *_args: object) -> None:
        initiatives = self.context.services.initiatives
        year, status = self.year.year(), self.status.currentData()
        self.context.runner.run(
            lambda: initiatives.list_rows(year, status),
            self._show_rows,
            lambda e: show_error(self, e),
        )

    def _show_rows(self, rows: list[InitiativeRow]) -> None:
        current = self.selected()
        keep = self._select_next or (current.id if current else None)
        self._select_next = None
        self.model.set_rows(rows)
        self._apply_search()
        reselect(self.table, self.model, keep)
        self._on_selection()
        self.loaded.emit()

    def _apply_search(self, *_args: object) -> None:
        terms = self.search.terms()
        self.model.set_filter((lambda r: matches(r.search_text, terms)) if terms else None)
        counts: dict[str, int] = {}
        for row in self.model.rows():
            counts[row.status_label] = counts.get(row.status_label, 0) + 1
        detail = ", ".join(f"{n} {label.lower()}" for label, n in counts.items())
        self.count.setText(
            f"{self.model.rowCount()} sáng kiến" + (f" ({detail})" if detail else "")
        )

    # --- selection

    def selected(self) -> InitiativeRow | None:
        return selected_row(self.table, self.model)

    def _on_selection(self, *_args: object) -> None:
        row = self.selected()
        status = row.status if row else None
        self.buttons["edit"].setEnabled(row is not None)
        self.buttons["review"].setEnabled(status == "dang_ky")
        self.buttons["recognize"].setEnabled(status in ("dang_xet", "cong_nhan"))
        self.buttons["reject"].setEnabled(status == "dang_xet")
        self.buttons["delete"].setEnabled(status in ("dang_ky", "dang_xet", "khong_cong_nhan"))
        if row is None:
            self.details.show_details(None)
            return
        initiatives = self.context.services.initiatives
        self.context.runner.run(
            lambda: initiatives.get(row.id), self._show_details, lambda e: show_error(self, e)
        )

    def _show_details(self, details: InitiativeDetails) -> None:
        current = self.selected()
        if current is not None and current.id == details.row.id:
            self.details.show_details(details)

    # --- actions

    def _add(self) -> None:
        self._open(InitiativeDialog(self.context, parent=self))

    def _edit(self, *_args: object) -> None:
        row = self.selected()
        if row is None:
            return
        initiatives = self.context.services.initiatives
        self.context.runner.run(
            lambda: initiatives.get(row.id),
            lambda details: self._open(InitiativeDialog(self.context, details, self)),
            lambda e: show_error(self, e),
        )

    def _recognize(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(RecognitionDialog(self.context, row, self))

    def _reject(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(RejectionDialog(self.context, row, self))

    def _open(self, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, details: InitiativeDetails) -> None:
        self._select_next = details.row.id
        self.mark_stale()

    def _review(self) -> None:
        row = self.selected()
        if row is not None:
            initiatives = self.context.services.initiatives
            self.context.runner.run(
                lambda: initiatives.start_review(row.id),
                self._on_saved,
                lambda e: show_error(self, e),
            )

    def _delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        initiatives = self.context.services.initiatives
        run_confirmed(
            self,
            self.context,
            "Xóa sáng kiến",
            f'Xóa sáng kiến "{row.code}"?',
            lambda: initiatives.delete(row.id),
            lambda _r: self.mark_stale(),
        )

    # --- printing

    def documents(self) -> list[Document]:
        year = self.year.year() or self.context.services.clock.today().year
        initiatives = self.context.services.initiatives
        return [
            printed(
                f"Sổ đăng ký sáng kiến năm {year}",
                f"so-dang-ky-sang-kien-{year}",
                initiative_register,
                lambda: initiatives.list_paper(year, False),
            ),
            printed(
                f"Danh sách sáng kiến được công nhận năm {year}",
                f"sang-kien-cong-nhan-{year}",
                initiative_recognition,
                lambda: initiatives.list_paper(year, True),
            ),
        ]
