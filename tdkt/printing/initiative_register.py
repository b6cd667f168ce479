"""The initiative register of a year (sổ đăng ký sáng kiến): every initiative registered,
with its authors, field, dates and where it stands."""

from __future__ import annotations

from tdkt.initiatives.types import InitiativeRow
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

COLUMNS: tuple[ListColumn[InitiativeRow], ...] = (
    ListColumn("Mã", lambda r: r.code, 2.2, center=True),
    ListColumn("Tên sáng kiến", lambda r: r.title, 4.2),
    ListColumn("Tác giả (tỷ lệ đóng góp)", lambda r: r.authors_text, 3.2),
    ListColumn("Đơn vị", lambda r: r.workplace, 2.4),
    ListColumn("Lĩnh vực", lambda r: r.field, 1.6),
    ListColumn("Ngày áp dụng lần đầu", lambda r: format_date(r.first_applied_on), 1.8, center=True),
    ListColumn("Ngày đăng ký", lambda r: format_date(r.registered_on), 1.8, center=True),
    ListColumn("Tình trạng", lambda r: r.status_label, 1.7, center=True),
)


def document(paper: ListPaper[InitiativeRow]) -> ListDocument[InitiativeRow]:
    return ListDocument(
        doc_type="SỔ ĐĂNG KÝ SÁNG KIẾN",
        subject_lines=(f"Năm {paper.year}",),
        columns=COLUMNS,
        groups=(ListGroup("", paper.rows),),
        empty_text=f"(Năm {paper.year} chưa có sáng kiến nào được đăng ký.)",
        summary=(f"Tổng cộng: {len(paper.rows)} sáng kiến.",),
    )


def render_pdf(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_pdf(paper, document(paper), f"Sổ đăng ký sáng kiến năm {paper.year}")


def render_docx(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_docx(paper, document(paper))


def render_xlsx(paper: ListPaper[InitiativeRow]) -> bytes:
    return list_xlsx(paper, document(paper), f"So dang ky {paper.year}")
