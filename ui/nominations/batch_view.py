"""One batch: what it is and where it stands, its lines with their verdicts and warnings,
its dossier (checklist and attached files), its history, and every action open on it."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tdkt.nominations.types import BatchChecks, BatchDetails, FormChoices
from tdkt.nominations.workflow import ACTION_LABELS, DECIDE
from ui.context import PageContext
from ui.errors import show_error
from ui.formatting import show_date
from ui.nominations.attach_dialog import AttachDialog
from ui.nominations.batch_documents import batch_documents
from ui.nominations.decision_dialog import DecisionDialog
from ui.nominations.line_dialog import LineDialog
from ui.nominations.step_dialog import StepDialog
from ui.nominations.table_models import (
    ATTACHMENT_COLUMNS,
    CHECKLIST_COLUMNS,
    HISTORY_COLUMNS,
    LINE_COLUMNS,
    LineView,
)
from ui.read_only import guard_writes
from ui.widgets.confirm import confirmed
from ui.widgets.documents import DocumentOutput, document_button
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, selected_row

LINE_WIDTHS = (40, 170, 110, 170, 180, 150, 48, 110, 120, 300)


class BatchView(QWidget):
    changed = Signal()  # the batch changed: the page reloads its list

    def __init__(self, context: PageContext, choices: Callable[[], FormChoices | None]) -> None:
        super().__init__()
        self.context = context
        self._choices = choices
        self.details: BatchDetails | None = None
        self.wanted: int | None = None  # the batch asked for, shown or still loading
        self.header = QLabel(objectName="sectionLabel")
        self.header.setWordWrap(True)
        self.checks_label = QLabel(objectName="quotaWarning")
        self.checks_label.setWordWrap(True)
        self.checks_label.hide()
        self.lines: RowTableModel[LineView] = RowTableModel(LINE_COLUMNS)
        self.line_table = make_table(self.lines, LINE_WIDTHS)
        self.checklist = RowTableModel(CHECKLIST_COLUMNS)
        self.attachments = RowTableModel(ATTACHMENT_COLUMNS)
        self.history = RowTableModel(HISTORY_COLUMNS)
        self.line_buttons = self._buttons(
            ("add", "Thêm dòng…", self._add_line),
            ("edit", "Sửa dòng…", self._edit_line),
            ("remove", "Bỏ khỏi đợt", self._remove_line),
            ("up", "▲", lambda: self._move(-1)),
            ("down", "▼", lambda: self._move(1)),
            ("order", "Xếp theo thứ tự danh sách", self._reset_order),
        )
        self.step_buttons = self._buttons(
            *(
                (action, label + "…", lambda a=action: self._step(a))
                for action, label in ACTION_LABELS.items()
            )
        )
        self.file_buttons = self._buttons(
            ("attach", "Đính kèm…", self._attach),
            ("open", "Mở tệp", self._open_file),
            ("detach", "Gỡ tệp", self._detach),
        )
        self.output = DocumentOutput(self, context.runner)
        self.documents = document_button(
            "Văn bản", self._documents, self.output, "(Chọn một đợt đề nghị)"
        )
        guard_writes(
            context,
            *self.line_buttons.values(),
            *self.step_buttons.values(),
            self.file_buttons["attach"],
            self.file_buttons["detach"],
        )
        self._layout()
        self.line_table.setSelectionMode(self.line_table.SelectionMode.ExtendedSelection)
        self.line_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.line_table.doubleClicked.connect(lambda _i: self._edit_line())
        self.show_details(None)

    def _buttons(self, *specs):  # type: ignore[no-untyped-def]
        found = {}
        for key, label, handler in specs:
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, h=handler: h())
            found[key] = button
        return found

    def _layout(self) -> None:
        steps = QHBoxLayout()
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addStretch()
        steps.addWidget(self.documents)
        line_bar = QHBoxLayout()
        for button in self.line_buttons.values():
            line_bar.addWidget(button)
        line_bar.addStretch()
        lines_tab = QWidget()
        column = QVBoxLayout(lines_tab)
        column.addLayout(line_bar)
        column.addWidget(self.checks_label)
        column.addWidget(self.line_table, 1)
        dossier_tab = QWidget()
        column = QVBoxLayout(dossier_tab)
        column.addWidget(QLabel("Tài liệu cần có", objectName="sectionLabel"))
        column.addWidget(make_table(self.checklist, (300, 200, 60, 300)), 2)
        file_bar = QHBoxLayout()
        file_bar.addWidget(QLabel("Tệp đã đính kèm", objectName="sectionLabel"))
        file_bar.addStretch()
        for button in self.file_buttons.values():
            file_bar.addWidget(button)
        column.addLayout(file_bar)
        self.attachment_table = make_table(self.attachments, (240, 200, 260, 130))
        column.addWidget(self.attachment_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(lines_tab, "Dòng đề nghị")
        self.tabs.addTab(dossier_tab, "Hồ sơ")
        self.tabs.addTab(make_table(self.history, (120, 110, 200, 220, 320)), "Lịch sử")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(steps)
        layout.addWidget(self.tabs, 1)

    # --- showing

    def load(self, batch_id: int | None) -> None:
        self.wanted = batch_id
        if batch_id is None:
            self.show_details(None)
            return
        nominations = self.context.services.nominations
        self.context.runner.run(
            lambda: nominations.details(batch_id), self.show_details, self._failed
        )

    def show_details(self, details: BatchDetails | None) -> None:
        self.details = details
        if details is None:
            self.header.setText("Chọn một đợt đề nghị, hoặc tạo đợt mới.")
            for model in (self.lines, self.checklist, self.attachments, self.history):
                model.set_rows([])
            self._enable()
            return
        self.header.setText(_header_html(details))
        self.lines.set_rows([LineView(line, n) for n, line in enumerate(details.lines, start=1)])
        self.checklist.set_rows(details.checklist)
        self.attachments.set_rows(details.attachments)
        self.history.set_rows(details.history)
        missing = len(details.missing)
        self.tabs.setTabText(1, f"Hồ sơ (thiếu {missing})" if missing else "Hồ sơ")
        self._enable()
        self._check(details.batch.id)

    def _check(self, batch_id: int) -> None:
        nominations = self.context.services.nominations
        self.context.runner.run(
            lambda: nominations.line_checks(batch_id),
            lambda checks: self._show_checks(batch_id, checks),
            self._failed,
        )

    def _show_checks(self, batch_id: int, checks: BatchChecks) -> None:
        if self.details is None or self.details.batch.id != batch_id:
            return  # another batch is shown by now
        self.lines.set_rows(
            [LineView(v.line, v.number, checks.lines.get(v.line.id)) for v in self.lines.rows()]
        )
        notes = ([f"⚠ {checks.level_problem}"] if checks.level_problem else []) + list(
            checks.quotas
        )
        self.checks_label.setText("\n".join(notes))
        self.checks_label.setProperty(
            "level", "warning" if any("⚠" in n for n in notes) else "info"
        )
        self.checks_label.style().unpolish(self.checks_label)
        self.checks_label.style().polish(self.checks_label)
        self.checks_label.setVisible(bool(notes))

    def _enable(self) -> None:
        details = self.details
        draft = details is not None and details.batch.status == "du_thao"
        actions = details.actions if details is not None else ()
        for key, button in self.line_buttons.items():
            button.setEnabled(
                draft and (key == "add" or self.selected_line() is not None or key == "order")
            )
        for action, button in self.step_buttons.items():
            button.setVisible(action in actions)
        open_dossier = details is not None and details.batch.status != "co_quyet_dinh"
        for button in self.file_buttons.values():
            button.setEnabled(open_dossier)
        self.documents.setEnabled(details is not None)

    def selected_line(self) -> LineView | None:
        return selected_row(self.line_table, self.lines)

    def selected_line_ids(self) -> list[int]:
        rows = self.line_table.selectionModel().selectedRows()
        return [self.lines.row(index.row()).line.id for index in rows]

    def _documents(self):  # type: ignore[no-untyped-def]
        if self.details is None:
            return []
        batch = self.details.batch
        return batch_documents(self.context, batch.id, batch.name, self.selected_line_ids)

    # --- actions

    def _done(self, result: object) -> None:
        self.changed.emit()
        if self.details is not None:
            self.load(self.details.batch.id)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _open(self, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.saved.connect(self._done)
        dialog.open()

    def _add_line(self) -> None:
        choices = self._choices()
        if self.details is not None and choices is not None:
            self._open(LineDialog(self.context, self.details.batch, choices, parent=self))

    def _edit_line(self) -> None:
        view, choices = self.selected_line(), self._choices()
        details = self.details
        if (
            details is not None
            and view is not None
            and choices is not None
            and (details.batch.status == "du_thao")
        ):
            self._open(LineDialog(self.context, details.batch, choices, view.line, self))

    def _remove_line(self) -> None:
        ids = self.selected_line_ids()
        if self.details is None or not ids:
            return
        if confirmed(self, "Bỏ dòng đề nghị", f"Bỏ {len(ids)} dòng khỏi đợt?"):
            nominations, batch_id = self.context.services.nominations, self.details.batch.id
            self.context.runner.run(
                lambda: nominations.remove_lines(batch_id, ids), self._done, self._failed
            )

    def _move(self, offset: int) -> None:
        view = self.selected_line()
        if view is not None:
            nominations = self.context.services.nominations
            self.context.runner.run(
                lambda: nominations.move_line(view.line.id, offset), self._done, self._failed
            )

    def _reset_order(self) -> None:
        if self.details is not None:
            nominations, batch_id = self.context.services.nominations, self.details.batch.id
            self.context.runner.run(
                lambda: nominations.reset_order(batch_id), self._done, self._failed
            )

    def _step(self, action: str) -> None:
        if self.details is None:
            return
        if action == DECIDE:
            choices = self._choices()
            self._open(
                DecisionDialog(self.context, self.details, choices.signer if choices else "", self)
            )
        else:
            self._open(StepDialog(self.context, self.details, action, self))

    def _attach(self) -> None:
        if self.details is None:
            return
        nominations = self.context.services.nominations
        view = self.selected_line()
        details = self.details
        self.context.runner.run(
            nominations.document_labels,
            lambda labels: self._open(
                AttachDialog(
                    self.context, details, labels, view.line.id if view else None, parent=self
                )
            ),
            self._failed,
        )

    def _open_file(self) -> None:
        row = selected_row(self.attachment_table, self.attachments)
        if row is not None:
            nominations = self.context.services.nominations
            self.context.runner.run(
                lambda: nominations.attachment_file(row.id),
                lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
                self._failed,
            )

    def _detach(self) -> None:
        row = selected_row(self.attachment_table, self.attachments)
        if row is not None:
            nominations = self.context.services.nominations
            self.context.runner.run(
                lambda: nominations.remove_attachment(row.id), self._done, self._failed
            )


def _header_html(details: BatchDetails) -> str:
    batch = details.batch
    parts = [
        f"<b>{escape(batch.name)}</b> – {escape(batch.title_name or 'Nhiều danh hiệu, hình thức')}",
        f"Trình: {escape(batch.level or 'chưa xác định')}",
        f"Năm {batch.year}" if batch.year else "",
        f"Tình trạng: <b>{escape(batch.status_label)}</b>",
        f"{batch.unit_lines} tập thể, {batch.person_lines} cá nhân",
    ]
    if batch.letter_no:
        parts.append(f"Tờ trình {escape(batch.letter_no)} ngày {show_date(batch.letter_date)}")
    if batch.decision_no:
        parts.append(
            f"Quyết định {escape(batch.decision_no)} ngày {show_date(batch.decision_date)}"
        )
    if batch.movement_name:
        parts.append(escape(batch.movement_name))
    return " · ".join(p for p in parts if p)
