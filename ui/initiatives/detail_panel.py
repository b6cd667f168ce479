"""The selected initiative in full: the registration form, the authors, how the council
voted, the decision, and the awards that used it as their basis."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from tdkt.initiatives.types import InitiativeDetails
from ui.formatting import show_date
from ui.initiatives.table_model import decision


def _section(title: str, body: str) -> str:
    return f"<p><b>{escape(title)}</b><br>{body}</p>" if body else ""


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def describe(details: InitiativeDetails) -> str:
    row = details.row
    authors = "<br>".join(
        escape(
            f"{a.label} – sinh {a.birth_text or '…'}; {a.position or 'chưa ghi chức danh'}, "
            f"{a.workplace}" + (f"; {a.qualification}" if a.qualification else "")
        )
        for a in row.authors
    )
    parts = [
        f"<p><span style='font-size:12pt'><b>{escape(row.code)} – {escape(row.title)}</b>"
        "</span><br>"
        f"Tình trạng: <b>{escape(row.status_label)}</b>"
        + (f" · phạm vi {escape(row.scope_label.lower())}" if row.scope else "")
        + "</p>",
        _section("Tác giả", authors),
        _section("Lĩnh vực áp dụng", _text(row.field)),
        _section(
            "Ngày",
            f"Áp dụng lần đầu: {show_date(row.first_applied_on) or '—'} · "
            f"Đăng ký: {show_date(row.registered_on) or '—'}",
        ),
        _section("Chủ đầu tư tạo ra sáng kiến", _text(details.investor)),
        _section("Mô tả bản chất của sáng kiến", _text(details.description)),
        _section("Điều kiện cần thiết để áp dụng", _text(details.conditions)),
        _section("Lợi ích theo ý kiến tác giả", _text(details.benefits)),
        _section("Lợi ích theo ý kiến nơi áp dụng", _text(details.applier_benefits)),
        _section("Hội đồng sáng kiến", "<br>".join(escape(r) for r in details.council_results)),
        _section(
            "Quyết định công nhận",
            escape(
                decision(row) + (f" – {details.recognized_by}" if details.recognized_by else "")
            ),
        ),
        _section("Lý do không công nhận", _text(details.rejection_reason)),
        _section("Đã dùng làm căn cứ khen thưởng", "<br>".join(escape(a) for a in details.awards)),
    ]
    return "".join(parts)


class InitiativeDetailPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.text = QLabel("Chọn một sáng kiến để xem chi tiết.", objectName="detailText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.text)
        layout.addStretch()
        self.setWidget(body)

    def show_details(self, details: InitiativeDetails | None) -> None:
        self.text.setText(describe(details) if details else "Chọn một sáng kiến để xem chi tiết.")
