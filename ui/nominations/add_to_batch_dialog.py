"""From "Xét khen thưởng": put the selected people or units into a draft batch of the same
deciding level, or start a new batch with them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tdkt.nominations.types import DRAFT, BatchDraft, NominationBatchRow
from ui.context import PageContext
from ui.widgets.edit_dialog import EditDialog

NEW = 0  # the combo's data for "a new batch"


class AddToBatchDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        title_code: str,
        title_name: str,
        level: str,
        year: int,
        subjects: Sequence[tuple[str, int]],
        batches: Sequence[NominationBatchRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Thêm vào đợt đề nghị", parent)
        self._title, self._year, self._subjects = title_code, year, tuple(subjects)
        self.buttons.button(self.buttons.StandardButton.Save).setText("Thêm vào đợt")
        summary = QLabel(
            f"{len(subjects)} đối tượng đề nghị {title_name} năm {year} (trình {level})."
        )
        summary.setWordWrap(True)
        self.layout().insertWidget(0, summary)
        self.batch = QComboBox()
        fitting = [
            b
            for b in batches
            if b.status == DRAFT and b.level in ("", level) and b.title_code in ("", title_code)
        ]
        for batch in fitting:
            self.batch.addItem(f"{batch.name} ({batch.line_count} dòng)", batch.id)
        self.batch.addItem("Tạo đợt mới…", NEW)
        self.name = QLineEdit(f"{title_code.replace('_', '-')}-{year}")
        self.errors.add_row("batch", "Đợt đề nghị", self.batch)
        self.errors.add_row("name", "Tên đợt mới", self.name)
        self.batch.currentIndexChanged.connect(self._toggle)
        self._toggle()
        self.resize(520, self.sizeHint().height())

    def _toggle(self, *_args: object) -> None:
        self.name.setEnabled(self.batch.currentData() == NEW)

    def save_work(self) -> Callable[[], Any]:
        nominations = self.context.services.nominations
        title, year, subjects = self._title, self._year, self._subjects
        batch_id = self.batch.currentData()
        if batch_id == NEW:
            draft = BatchDraft(name=self.name.text(), title_code=title, year=year)
            return lambda: nominations.start_batch(draft, title, year, subjects)
        return lambda: nominations.add_subjects(batch_id, title, year, subjects)
