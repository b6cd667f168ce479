"""The column spec of the people list."""

from __future__ import annotations

from tdkt.people.types import PersonRow
from ui.formatting import show_date, show_gender
from ui.widgets.row_table_model import CENTER, Column, RowTableModel


def _birth_key(row: PersonRow) -> tuple[int, str]:
    return (row.birth_year or 0, row.birth_date.isoformat() if row.birth_date else "")


PEOPLE_COLUMNS: list[Column[PersonRow]] = [
    Column("Mã", lambda r: r.code, sort_key=lambda r: r.code),
    Column("Họ và tên", lambda r: r.full_name, sort_key=lambda r: r.name_key),
    Column("Giới tính", lambda r: show_gender(r.gender), align=CENTER),
    Column("Ngày sinh", lambda r: r.birth_text, sort_key=_birth_key, align=CENTER),
    Column(
        "Chức vụ",
        lambda r: r.position + (" (đã nghỉ)" if r.left_on else ""),
        tooltip=lambda r: f"Thôi công tác từ {show_date(r.left_on)}" if r.left_on else "",
    ),
    Column("Đơn vị", lambda r: r.unit_name),
]


class PeopleTableModel(RowTableModel[PersonRow]):
    def __init__(self) -> None:
        super().__init__(PEOPLE_COLUMNS)
