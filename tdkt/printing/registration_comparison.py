"""The year-end comparison of registrations with the awards: registered and achieved,
registered and not achieved, achieved without registering; with totals per title."""

from __future__ import annotations

from tdkt.movements.types import (
    OUTCOME_LABELS,
    REGISTERED_ACHIEVED,
    REGISTERED_MISSED,
    UNREGISTERED_ACHIEVED,
    ComparisonLine,
)
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

COLUMNS: tuple[ListColumn[ComparisonLine], ...] = (
    ListColumn("Tập thể / Họ và tên", lambda r: r.subject_name, 3.6),
    ListColumn("Đơn vị", lambda r: "" if r.subject_kind == UNIT else r.unit_name, 3.4),
    ListColumn("Danh hiệu", lambda r: r.title_name, 3.0),
    ListColumn("Quyết định công nhận", lambda r: r.decision, 3.6, center=True),
)
ORDER = (REGISTERED_ACHIEVED, REGISTERED_MISSED, UNREGISTERED_ACHIEVED)
ROMAN = ("I", "II", "III")


def document(paper: ListPaper[ComparisonLine]) -> ListDocument[ComparisonLine]:
    groups = []
    for number, outcome in zip(ROMAN, ORDER, strict=True):
        lines = [line for line in paper.rows if line.outcome == outcome]
        groups.append(
            ListGroup(f"{number}. {OUTCOME_LABELS[outcome].upper()} ({len(lines)})", lines)
        )
    counts = [sum(1 for line in paper.rows if line.outcome == o) for o in ORDER]
    registered = counts[0] + counts[1]
    share = f" ({100 * counts[0] / registered:.1f}%)".replace(".", ",") if registered else ""
    return ListDocument(
        doc_type="BẢNG SO SÁNH",
        subject_lines=(f"Kết quả thực hiện đăng ký danh hiệu thi đua năm {paper.year}",),
        columns=COLUMNS,
        groups=tuple(groups),
        summary=(
            f"Đăng ký: {registered} lượt; đạt: {counts[0]}{share}; không đạt: {counts[1]}; "
            f"đạt nhưng không đăng ký: {counts[2]}.",
        ),
    )


def render_pdf(paper: ListPaper[ComparisonLine]) -> bytes:
    return list_pdf(paper, document(paper), f"So sánh đăng ký thi đua năm {paper.year}")


def render_docx(paper: ListPaper[ComparisonLine]) -> bytes:
    return list_docx(paper, document(paper))


def render_xlsx(paper: ListPaper[ComparisonLine]) -> bytes:
    return list_xlsx(paper, document(paper), f"So sanh {paper.year}")
