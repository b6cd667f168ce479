"""At start, when the integrity check failed: what is wrong, and the newest sound backup to go
back to (or carry on, or close and ask for help)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.backups.service import BackupEntry
from tdkt.integrity.types import IntegrityReport
from ui.backups.table_model import show_time

EXPLANATION = (
    "Khi mở, phần mềm kiểm tra dữ liệu và phát hiện lỗi (chi tiết bên dưới). Dữ liệu có thể "
    "đã hỏng do mất điện, ổ đĩa lỗi hoặc tệp bị sửa bằng chương trình khác."
)
WITH_BACKUP = (
    "Bản sao lưu lành gần nhất: {when} ({reason}), gồm {counts}. Khôi phục sẽ đưa dữ liệu về "
    "thời điểm đó; dữ liệu hiện tại vẫn được giữ lại thành một bản sao lưu."
)
WITHOUT_BACKUP = (
    "Không tìm thấy bản sao lưu lành nào trong thư mục sao lưu. Hãy sao chép tệp dữ liệu và "
    "liên hệ người hỗ trợ; có thể tiếp tục làm việc nhưng nên thận trọng."
)


class IntegrityDialog(QDialog):
    """Accepted: restore `backup`. Rejected: carry on with the data as it is."""

    def __init__(
        self, report: IntegrityReport, backup: BackupEntry | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle("Dữ liệu có lỗi")
        layout = QVBoxLayout(self)
        explanation = QLabel(EXPLANATION)
        self.advice = QLabel(self._advice())
        for label in (explanation, self.advice):
            label.setWordWrap(True)
            layout.addWidget(label)
        details = QPlainTextEdit(report.text())
        details.setReadOnly(True)
        layout.addWidget(details, 1)
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = self.buttons.addButton(
                "Khôi phục bản sao lưu này", QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
        self.buttons.addButton(
            "Tiếp tục với dữ liệu hiện tại", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 440)

    def _advice(self) -> str:
        if self.backup is None or self.backup.summary is None:
            return WITHOUT_BACKUP
        return WITH_BACKUP.format(
            when=show_time(self.backup),
            reason=self.backup.file.reason,
            counts=self.backup.summary.counts_text(),
        )
