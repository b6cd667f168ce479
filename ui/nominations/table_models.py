"""Column specs of the nominations page: batches, lines (with their checks), the dossier's
checklist and attachments, the workflow history, and the review flags."""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.nominations.types import (
    OUTCOME_LABELS,
    VOTE_LABELS,
    AttachmentRow,
    ChecklistItem,
    LineCheck,
    NominationBatchRow,
    NominationLineRow,
    ReviewFlagRow,
    StatusChange,
)
from tdkt.subjects.types import UNIT
from ui.widgets.row_table_model import CENTER, Column


def _when(value) -> str:  # type: ignore[no-untyped-def]
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


BATCH_COLUMNS: list[Column[NominationBatchRow]] = [
    Column("Đợt đề nghị", lambda b: b.name, tooltip=lambda b: b.note or b.name),
    Column("Tình trạng", lambda b: b.status_label),
    Column("Dòng", lambda b: str(b.line_count), sort_key=lambda b: b.line_count, align=CENTER),
    Column("Danh hiệu, hình thức", lambda b: b.title_name or "Nhiều danh hiệu"),
    Column("Cấp quyết định", lambda b: b.level),
    Column("Năm", lambda b: str(b.year or ""), sort_key=lambda b: b.year or 0, align=CENTER),
    Column("Tờ trình", lambda b: b.letter_no),
    Column("Quyết định", lambda b: b.decision_no),
]


@dataclass(frozen=True)
class LineView:
    """A line with what the eligibility engine says of it (filled in once computed)."""

    line: NominationLineRow
    number: int
    check: LineCheck | None = None

    @property
    def warnings(self) -> str:
        return "; ".join(self.check.warnings) if self.check else ""


def _who(view: LineView) -> str:
    line = view.line
    suffix = " (đã xóa khỏi danh sách)" if line.deleted else ""
    return line.subject_name + suffix


def _where(view: LineView) -> str:
    line = view.line
    if line.subject_kind == UNIT:
        return line.unit_name
    return ", ".join(p for p in (line.position, line.unit_name) if p)


def _verdict(view: LineView) -> str:
    if view.check is None:
        return "…"
    return view.check.verdict_label


LINE_COLUMNS: list[Column[LineView]] = [
    Column("STT", lambda v: str(v.number), sort_key=lambda v: v.number, align=CENTER),
    Column("Họ và tên / Tập thể", _who, sort_key=lambda v: v.line.order_key),
    Column(
        "Điều kiện",
        _verdict,
        tooltip=lambda v: v.check.summary if v.check else "Đang xét…",
    ),
    Column("Cảnh báo", lambda v: v.warnings, tooltip=lambda v: v.warnings),
    Column("Chức vụ, đơn vị", _where, tooltip=_where),
    Column("Danh hiệu, hình thức", lambda v: v.line.title_name),
    Column("Năm", lambda v: str(v.line.year), align=CENTER),
    Column("Biểu quyết", lambda v: v.line.vote_text or VOTE_LABELS[v.line.vote_result]),
    Column("Kết quả", lambda v: OUTCOME_LABELS.get(v.line.outcome, "")),
    Column("Tóm tắt thành tích", lambda v: v.line.summary, tooltip=lambda v: v.line.summary),
]

CHECKLIST_COLUMNS: list[Column[ChecklistItem]] = [
    Column("Tài liệu", lambda i: i.label),
    Column("Cho", lambda i: i.line_label or "Cả đợt"),
    Column("Có", lambda i: "✓" if i.satisfied else "Thiếu", align=CENTER),
    Column("Căn cứ", lambda i: i.evidence, tooltip=lambda i: i.evidence),
]

ATTACHMENT_COLUMNS: list[Column[AttachmentRow]] = [
    Column("Loại tài liệu", lambda a: a.doc_label),
    Column("Cho", lambda a: a.line_label or "Cả đợt"),
    Column("Tệp", lambda a: a.name),
    Column("Ngày đính kèm", lambda a: _when(a.added_at), sort_key=lambda a: a.added_at),
]

HISTORY_COLUMNS: list[Column[StatusChange]] = [
    Column("Thời điểm", lambda h: _when(h.changed_at), sort_key=lambda h: h.changed_at),
    Column("Người thực hiện", lambda h: h.actor),
    Column("Bước", lambda h: h.label),
    Column("Lý do", lambda h: h.reason, tooltip=lambda h: h.reason),
    Column("Kèm theo", lambda h: h.detail, tooltip=lambda h: h.detail),
]

FLAG_COLUMNS: list[Column[ReviewFlagRow]] = [
    Column("Ngày", lambda f: _when(f.flagged_at), sort_key=lambda f: f.flagged_at),
    Column("Họ và tên / Tập thể", lambda f: f.subject_name),
    Column("Danh hiệu, hình thức", lambda f: f"{f.title_name} năm {f.year}"),
    Column("Ở đâu", lambda f: "Khen thưởng – " + f.where if f.target == "award" else f.where),
    Column("Lý do cần xem lại", lambda f: f.reason, tooltip=lambda f: f.reason),
    Column("Đã xử lý", lambda f: f.resolution, tooltip=lambda f: f.resolution),
]
