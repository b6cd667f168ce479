"""Column specs of the report page's statistics tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tdkt.catalog.types import LEVELS
from tdkt.reports.types import LEVEL_ORDER, Tally, TitleTally, UnitTally, YearTrend
from ui.widgets.row_table_model import RIGHT, Column, Index, RowTableModel


@dataclass(frozen=True)
class TallyRow:
    """A labelled tally: a level, or the total line at the foot of a table."""

    label: str
    tally: Tally
    is_total: bool = False


def _counts(tally_of: Callable[[Any], Tally]) -> list[Column[Any]]:
    def number(header: str, value: Callable[[Tally], int]) -> Column[Any]:
        return Column(
            header,
            lambda r: str(value(tally_of(r))),
            sort_key=lambda r: value(tally_of(r)),
            align=RIGHT,
        )

    return [
        number("Tập thể", lambda t: t.units),
        number("Cá nhân", lambda t: t.people),
        number("Nữ", lambda t: t.women),
        number("Lãnh đạo", lambda t: t.leaders),
        number("Trực tiếp", lambda t: t.direct_workers),
        number("Tổng", lambda t: t.total),
    ]


TITLE_COLUMNS: list[Column[TitleTally]] = [
    Column("Danh hiệu, hình thức", lambda r: r.title.label, tooltip=lambda r: r.title.name),
    Column("Cấp", lambda r: LEVELS.get(r.title.level, r.title.level)),
    *_counts(lambda r: r.tally),
]
LEVEL_COLUMNS: list[Column[TallyRow]] = [
    Column("Cấp khen", lambda r: r.label),
    *_counts(lambda r: r.tally),
]
UNIT_COLUMNS: list[Column[UnitTally]] = [
    Column("Đơn vị", lambda r: r.name, tooltip=lambda r: r.name),
    *_counts(lambda r: r.tally),
]
YEAR_COLUMNS: list[Column[YearTrend]] = [
    Column("Năm", lambda r: str(r.year), sort_key=lambda r: r.year),
    *[
        Column(
            LEVELS[level],
            lambda r, lv=level: str(r.by_level.get(lv, 0)),
            sort_key=lambda r, lv=level: r.by_level.get(lv, 0),
            align=RIGHT,
        )
        for level in reversed(LEVEL_ORDER)
    ],
    Column("Tổng", lambda r: str(r.total), sort_key=lambda r: r.total, align=RIGHT),
]


class TallyModel(RowTableModel[TallyRow]):
    """Levels with the total in bold at the foot."""

    def __init__(self) -> None:
        super().__init__(LEVEL_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def _is_total(self, index: Index) -> bool:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        return valid and self.row(index.row()).is_total
