"""The registration list of a year (danh sách đăng ký danh hiệu thi đua): collectives first,
then individuals, each by unit order, leaders first, then name."""

from __future__ import annotations

from tdkt.movements.types import RegistrationRow
from tdkt.printing.lists import (
    ListColumn,
    ListDocument,
    ListGroup,
    ListPaper,
    list_docx,
    list_pdf,
    list_xlsx,
)
from tdkt.subjects.types import UNIT
from tdkt.text import format_date

UNIT_COLUMNS: tuple[ListColumn[RegistrationRow], ...] = (
    ListColumn("Tập thể / Họ và tên", lambda r: r.subject_name, 4.0),
    ListColumn("Đơn vị", lambda r: "" if r.subject_kind == UNIT else r.unit_name, 3.4),
    ListColumn("Danh hiệu đăng ký", lambda r: r.title_name, 3.2),
    ListColumn("Ngày đăng ký", lambda r: format_date(r.registered_on), 1.8, center=True),
    ListColumn("Ghi chú", lambda r: r.note, 1.7),
)


def document(paper: ListPaper[RegistrationRow]) -> ListDocument[RegistrationRow]:
    units = [r for r in paper.rows if r.subject_kind == UNIT]
    people = [r for r in paper.rows if r.subject_kind != UNIT]
    groups = []
    if units:
        groups.append(ListGroup(f"A. TẬP THỂ ({len(units)})", units))
    if people:
        groups.append(ListGroup(f"{'B' if units else 'A'}. CÁ NHÂN ({len(people)})", people))
    return ListDocument(
        doc_type="DANH SÁCH",
        subject_lines=(f"Đăng ký danh hiệu thi đua năm {paper.year}",),
        columns=UNIT_COLUMNS,
        groups=tuple(groups),
        empty_text=f"(Chưa có đăng ký nào cho năm {paper.year}.)",
        summary=(f"Tổng cộng: {len(units)} tập thể và {len(people)} lượt cá nhân đăng ký.",),
    )


def render_pdf(paper: ListPaper[RegistrationRow]) -> bytes:
    return list_pdf(paper, document(paper), f"Đăng ký danh hiệu thi đua năm {paper.year}")


def render_docx(paper: ListPaper[RegistrationRow]) -> bytes:
    return list_docx(paper, document(paper))


def render_xlsx(paper: ListPaper[RegistrationRow]) -> bytes:
    return list_xlsx(paper, document(paper), f"Dang ky {paper.year}")
