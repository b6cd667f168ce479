"""The list of initiatives recognised in a year, by scope of effect (cơ sở, tỉnh, bộ, toàn
quốc), with the recognition decision."""

from __future__ import annotations

from tdkt.initiatives.types import SCOPE_LABELS, InitiativeRow
from tdkt.printing.lists import (
    ListColumn,
    ListDocument,
    ListGroup,
    ListPaper,
    list_docx,
    list_pdf,
    list_xlsx,
)
from tdkt.text import format_date


def _decision(row: InitiativeRow) -> str:
    day = format_date(row.decision_date)
    return f"{row.decision_no} ngày {day}" if row.decision_no and day else row.decision_no or day


COLUMNS: tuple[ListColumn[InitiativeRow], ...] = (
    ListColumn("Tên sáng kiến", lambda r: r.title, 5.2),
    ListColumn("Tác giả (tỷ lệ đóng góp)", lambda r: r.authors_text, 3.6),
    ListColumn("Đơn vị công tác", lambda r: r.workplace, 2.8),
    ListColumn("Phạm vi ảnh hưởng", lambda r: r.scope_label, 1.5, center=True),
    ListColumn("Quyết định công nhận", _decision, 2.4, center=True),
)
ROMAN = ("I", "II", "III", "IV")


def document(paper: ListPaper[InitiativeRow]) -> ListDocument[InitiativeRow]:
    groups = []
    scopes = [s for s in SCOPE_LABELS if any(r.scope == s for r in paper.rows)]
    for number, scope in enumerate(scopes):
        rows = [r for r in paper.rows if r.scope == scope]
        groups.append(ListGroup(f"{ROMAN[number]}. PHẠM VI {SCOPE_LABELS[scope].upper()}", rows))
    return ListDocument(
        doc_type="DANH SÁCH",
        subject_lines=(f"Sáng kiến được công nhận năm {paper.year}",),
        columns=COLUMNS,
        groups=tuple(groups),
        empty_text=f"(Năm {paper.year} chưa có sáng kiến nào được công nhận.)",
        summary=(f"Tổng cộng: {len(paper.rows)} sáng kiến được công nhận.",),
    )


def render_pdf(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_pdf(paper, document(paper), f"Sáng kiến được công nhận năm {paper.year}")


def render_docx(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_docx(paper, document(paper))


def render_xlsx(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_xlsx(paper, document(paper), f"Cong nhan {paper.year}")
