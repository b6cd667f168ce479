"""One meeting: who came (ticked and saved), the quorum, the agenda with its results, the
members who do not vote on an item, and the meeting's papers to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from tdkt.councils.types import AgendaItemRow, MeetingDetails, RecusalRow
from ui.context import PageContext
from ui.councils.agenda_dialog import AgendaDialog
from ui.councils.recusal_dialog import RecusalDialog
from ui.councils.table_models import AGENDA_COLUMNS, AttendanceModel, recusal_columns
from ui.councils.tally_dialog import TallyDialog
from ui.documents import printing
from ui.errors import show_error
from ui.formatting import show_date
from ui.read_only import guard_writes
from ui.widgets.confirm import confirmed
from ui.widgets.documents import Document, DocumentOutput, document_button, printed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, selected_row

PDF_WORD = ("pdf", "docx")
ballot_tally = printing("ballot_tally")
meeting_attendance = printing("meeting_attendance")
meeting_minutes = printing("meeting_minutes")
secret_ballot = printing("secret_ballot")

PAPERS = (
    ("Danh sách thành viên dự họp", "danh-sach-du-hop", meeting_attendance),
    ("Phiếu biểu quyết (mỗi thành viên một phiếu)", "phieu-bieu-quyet", secret_ballot),
    ("Biên bản kiểm phiếu", "bien-ban-kiem-phieu", ballot_tally),
    ("Biên bản họp Hội đồng", "bien-ban-hop", meeting_minutes),
)


def _button(text: str, handler: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(handler)
    return button


class MeetingView(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.details: MeetingDetails | None = None
        self.header = QLabel(objectName="detailText")
        self.header.setWordWrap(True)
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        access = context.services.access
        self.attendance = AttendanceModel(editable=lambda: not access.write_refusal)
        self.attendance_table = make_table(self.attendance, (62, 150, 95), sortable=False)
        self.agenda: RowTableModel[AgendaItemRow] = RowTableModel(AGENDA_COLUMNS)
        self.agenda_table = make_table(self.agenda, (34, 290, 150, 45), sortable=False)
        self._positions: dict[int, int] = {}
        self.recusals: RowTableModel[RecusalRow] = RowTableModel(recusal_columns(self._positions))
        self.recusal_table = make_table(self.recusals, (165, 80, 250), sortable=False)
        self.output = DocumentOutput(self, context.runner)
        self._layout()
        self.attendance.dataChanged.connect(self._update_buttons)
        for table in (self.agenda_table, self.recusal_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.agenda_table.doubleClicked.connect(self._tally)
        self.show_details(None)

    def _layout(self) -> None:
        self.save_attendance = _button("Lưu danh sách có mặt", self._save_attendance)
        self.all_present = _button("Tất cả có mặt", lambda: self.attendance.set_all(True))
        self.add_items = _button("Thêm nội dung…", self._add_items)
        self.remove_item = _button("Bỏ", self._remove_item)
        self.tally = _button("Nhập kết quả…", self._tally)
        self.clear_tally = _button("Xóa kết quả", self._clear_tally)
        self.confirm = _button("Không biểu quyết", lambda: self._recusal("xac_nhan"))
        self.dismiss = _button("Vẫn biểu quyết", lambda: self._recusal("bo_qua"))
        self.add_recusal = _button("Thêm…", self._add_recusal)
        self.add_recusal.setToolTip("Thêm thành viên không biểu quyết một nội dung, với lý do")
        self.remove_recusal = _button("Xóa dòng thêm tay", self._remove_recusal)
        guard_writes(
            self.context,
            self.save_attendance,
            self.all_present,
            self.add_items,
            self.remove_item,
            self.tally,
            self.clear_tally,
            self.confirm,
            self.dismiss,
            self.add_recusal,
            self.remove_recusal,
        )
        left = QVBoxLayout()
        left.addWidget(QLabel("Thành viên dự họp", objectName="sectionLabel"))
        left.addWidget(self.attendance_table, 1)
        left.addWidget(self.quorum)
        row = QHBoxLayout()
        row.addWidget(self.all_present)
        row.addWidget(self.save_attendance)
        left.addLayout(row)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Chương trình họp", objectName="sectionLabel"))
        bar.addStretch()
        for button in (self.add_items, self.remove_item, self.tally, self.clear_tally):
            bar.addWidget(button)
        right.addLayout(bar)
        right.addWidget(self.agenda_table, 3)
        right.addWidget(QLabel("Thành viên không biểu quyết", objectName="sectionLabel"))
        right.addWidget(self.recusal_table, 1)
        # Below the table, as attendance's are: beside the title they made the page wider
        # than a 1280-pixel screen.
        recusal_bar = QHBoxLayout()
        recusal_bar.addWidget(self.confirm)
        recusal_bar.addWidget(self.dismiss)
        recusal_bar.addStretch()
        recusal_bar.addWidget(self.add_recusal)
        recusal_bar.addWidget(self.remove_recusal)
        right.addLayout(recusal_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for layout in (left, right):
            box = QWidget()
            layout.setContentsMargins(0, 0, 0, 0)
            box.setLayout(layout)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.widget(0).setMinimumWidth(330)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(
            document_button("In văn bản cuộc họp", self.documents, self.output),
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- showing

    def show_details(self, details: MeetingDetails | None) -> None:
        self.details = details
        self.attendance.set_rows(details.attendance if details else ())
        self._positions.clear()
        self._positions.update({i.id: i.position for i in details.items} if details else {})
        self.agenda.set_rows(details.items if details else ())
        self.recusals.set_rows(details.recusals if details else ())
        if details is None:
            self.header.setText("Chọn một cuộc họp, hoặc thêm cuộc họp mới.")
            self.quorum.setText("")
        else:
            self.header.setText(self._header_text(details))
            self.quorum.setText(details.quorum.describe())
            self.quorum.setStyleSheet(
                "color: #1b6b3a;" if details.quorum.met else "color: #b3261e;"
            )
        self._update_buttons()

    @staticmethod
    def _header_text(details: MeetingDetails) -> str:
        meeting = details.meeting
        chair = details.member(meeting.chair_member_id)
        secretary = details.member(meeting.secretary_member_id)
        times = " – ".join(t for t in (meeting.start_time, meeting.end_time) if t)
        people = f"Chủ trì: {chair.name if chair else '—'} · "
        people += f"Thư ký: {secretary.name if secretary else '—'}"
        return (
            f"<b>{meeting.purpose}</b><br>Ngày {show_date(meeting.held_on)}"
            + (f", {times}" if times else "")
            + (f" · {meeting.place}" if meeting.place else "")
            + f"<br>{people}"
        )

    def _update_buttons(self, *_args: object) -> None:
        loaded = self.details is not None
        item = selected_row(self.agenda_table, self.agenda)
        recusal = selected_row(self.recusal_table, self.recusals)
        self.save_attendance.setEnabled(loaded and self.attendance.changed())
        self.all_present.setEnabled(loaded)
        self.add_items.setEnabled(loaded)
        self.remove_item.setEnabled(item is not None and item.result is None)
        self.tally.setEnabled(item is not None)
        self.clear_tally.setEnabled(item is not None and item.tally is not None)
        open_items = [i for i in self.details.items if i.result is None] if self.details else []
        # Once an item has its result, who voted on it is settled (the service refuses too).
        open_recusal = recusal is not None and any(i.id == recusal.item_id for i in open_items)
        self.confirm.setEnabled(open_recusal and recusal.state != "confirmed")  # type: ignore[union-attr]
        self.dismiss.setEnabled(open_recusal and recusal.state != "dismissed")  # type: ignore[union-attr]
        self.add_recusal.setEnabled(bool(open_items))
        self.remove_recusal.setEnabled(
            open_recusal and recusal.state == "confirmed" and not recusal.automatic  # type: ignore[union-attr]
        )

    # --- actions (each ends with the fresh details from the service)

    def _run(self, work: Callable[[], MeetingDetails]) -> None:
        self.context.runner.run(work, self.show_details, lambda e: show_error(self, e))

    def _save_attendance(self) -> None:
        if self.details is not None:
            meetings, meeting_id = self.context.services.meetings, self.details.meeting.id
            present = dict(self.attendance.present)
            self._run(lambda: meetings.set_attendance(meeting_id, present))

    def _add_items(self) -> None:
        if self.details is not None:
            dialog = AgendaDialog(self.context, self.details.meeting.id, self)
            dialog.saved.connect(self.show_details)
            dialog.open()

    def _remove_item(self) -> None:
        item = selected_row(self.agenda_table, self.agenda)
        if item is not None:
            meetings = self.context.services.meetings
            self._run(lambda: meetings.remove_item(item.id))

    def _tally(self, *_args: object) -> None:
        item = selected_row(self.agenda_table, self.agenda)
        if item is not None and self.details is not None:
            dialog = TallyDialog(self.context, self.details, item, self)
            dialog.saved.connect(self.show_details)
            dialog.open()

    def _clear_tally(self) -> None:
        item = selected_row(self.agenda_table, self.agenda)
        if item is not None:
            ballots = self.context.services.ballots
            self._run(lambda: ballots.clear_tally(item.id))

    def _recusal(self, decision: str) -> None:
        recusal = selected_row(self.recusal_table, self.recusals)
        if recusal is not None:
            ballots = self.context.services.ballots
            self._run(
                lambda: ballots.set_recusal(
                    recusal.item_id, recusal.member_id, decision, recusal.reason
                )
            )

    def _add_recusal(self) -> None:
        if self.details is not None:
            item = selected_row(self.agenda_table, self.agenda)
            dialog = RecusalDialog(self.context, self.details, item.id if item else None, self)
            dialog.saved.connect(self.show_details)
            dialog.open()

    def _remove_recusal(self) -> None:
        recusal = selected_row(self.recusal_table, self.recusals)
        question = f"Xóa {recusal.member_name} khỏi danh sách không biểu quyết?" if recusal else ""
        if recusal is not None and confirmed(self, "Thành viên không biểu quyết", question):
            ballots = self.context.services.ballots
            self._run(lambda: ballots.remove_recusal(recusal.item_id, recusal.member_id))

    # --- printing

    def documents(self) -> list[Document]:
        if self.details is None:
            return []
        meetings, meeting = self.context.services.meetings, self.details.meeting
        day = meeting.held_on.strftime("%Y-%m-%d")
        return [
            printed(label, f"{stem}-{day}", module, lambda: meetings.paper(meeting.id), PDF_WORD)
            for label, stem, module in PAPERS
        ]
