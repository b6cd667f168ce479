"""Put items on a meeting's agenda: the initiatives registered or under review (and, later,
nomination lines), ticked from a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from tdkt.councils.types import AgendaCandidate
from tdkt.errors import ValidationError
from ui.context import PageContext
from ui.errors import show_error
from ui.widgets.check_list import CheckList
from ui.widgets.edit_dialog import EditDialog


class AgendaDialog(EditDialog):
    def __init__(
        self, context: PageContext, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Thêm nội dung vào chương trình họp", parent)
        self._meeting_id = meeting_id
        self.candidates = CheckList()
        self.candidates.setMinimumHeight(300)
        self.empty = QLabel("Đang tải…")
        self.errors.add_row("item", "Nội dung", self.candidates)
        self.form.addRow(self.empty)
        self.resize(720, 460)
        meetings = context.services.meetings
        context.runner.run(
            lambda: meetings.candidates(meeting_id), self._fill, lambda e: show_error(self, e)
        )

    def _fill(self, candidates: list[AgendaCandidate]) -> None:
        self.candidates.set_items([(c.label, (c.kind, c.ref_id)) for c in candidates])
        self.empty.setText(
            "" if candidates else "Không có sáng kiến nào đang chờ xét (đã đăng ký hoặc đang xét)."
        )

    def save_work(self) -> Callable[[], Any]:
        chosen = [tuple(ref) for ref in self.candidates.checked()]
        if not chosen:
            raise ValidationError({"item": "Hãy đánh dấu ít nhất một nội dung."})
        meetings, meeting_id = self.context.services.meetings, self._meeting_id
        return lambda: meetings.add_items(meeting_id, chosen)  # type: ignore[arg-type]
