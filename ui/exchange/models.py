"""Table models of the import preview: counts per sheet and the problems found."""

from __future__ import annotations

from tdkt.exchange.types import Problem, SheetCount
from ui.widgets.row_table_model import RIGHT, Column, RowTableModel


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".") if value else "–"


COUNT_COLUMNS = [
    Column[SheetCount]("Trang", lambda c: c.sheet),
    Column[SheetCount]("Mới", lambda c: _number(c.new), sort_key=lambda c: c.new, align=RIGHT),
    Column[SheetCount](
        "Cập nhật", lambda c: _number(c.updated), sort_key=lambda c: c.updated, align=RIGHT
    ),
    Column[SheetCount](
        "Không đổi", lambda c: _number(c.unchanged), sort_key=lambda c: c.unchanged, align=RIGHT
    ),
    Column[SheetCount](
        "Cảnh báo", lambda c: _number(c.warnings), sort_key=lambda c: c.warnings, align=RIGHT
    ),
    Column[SheetCount](
        "Lỗi", lambda c: _number(c.errors), sort_key=lambda c: c.errors, align=RIGHT
    ),
]
PROBLEM_COLUMNS = [
    Column[Problem]("Mức độ", lambda p: "Lỗi" if p.is_error else "Cảnh báo"),
    Column[Problem]("Trang", lambda p: p.sheet),
    Column[Problem](
        "Dòng",
        lambda p: "" if p.row is None else str(p.row),
        sort_key=lambda p: p.row or 0,
        align=RIGHT,
    ),
    Column[Problem]("Cột", lambda p: p.column),
    Column[Problem]("Nội dung", lambda p: p.message, tooltip=lambda p: str(p)),
]


class CountModel(RowTableModel[SheetCount]):
    def __init__(self) -> None:
        super().__init__(COUNT_COLUMNS)


class ProblemModel(RowTableModel[Problem]):
    def __init__(self) -> None:
        super().__init__(PROBLEM_COLUMNS)
