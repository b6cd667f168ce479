"""Column spec of the initiative list."""

from __future__ import annotations

from datetime import date

from tdkt.initiatives.types import InitiativeRow
from ui.formatting import show_date
from ui.widgets.row_table_model import CENTER, Column

STATUS_ORDER = {"dang_ky": 0, "dang_xet": 1, "cong_nhan": 2, "khong_cong_nhan": 3}


def decision(row: InitiativeRow) -> str:
    if not row.decision_no:
        return ""
    return (
        f"{row.decision_no} ngày {show_date(row.decision_date)}"
        if row.decision_date
        else row.decision_no
    )


INITIATIVE_COLUMNS: list[Column[InitiativeRow]] = [
    Column("Mã", lambda r: r.code, sort_key=lambda r: r.code),
    Column("Tên sáng kiến", lambda r: r.title, tooltip=lambda r: r.title),
    Column("Tác giả", lambda r: r.authors_text, tooltip=lambda r: r.authors_text),
    Column("Năm", lambda r: str(r.year or ""), sort_key=lambda r: r.year or 0, align=CENTER),
    Column("Tình trạng", lambda r: r.status_label, sort_key=lambda r: STATUS_ORDER[r.status]),
    Column("Phạm vi", lambda r: r.scope_label),
    Column("Quyết định công nhận", decision, sort_key=lambda r: r.decision_date or date.min),
]
