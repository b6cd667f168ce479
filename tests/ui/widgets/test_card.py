"""The compact table of a card: a title wrapped to two lines gets a header tall enough for
both; titles that fit keep a one-line header."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from ui.widgets.card import compact_table
from ui.widgets.row_table_model import Column, RowTableModel

COLUMNS = [
    Column("Đợt đề nghị", lambda r: r),
    Column("Khen thưởng", lambda r: r),
    Column("Trạng thái", lambda r: r),
]


def header_lines(table) -> float:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    return header.minimumHeight() / QFontMetrics(header.font()).height()


def test_a_narrow_column_gets_a_two_line_header(qtbot):
    table = compact_table(RowTableModel(COLUMNS), (40, 0, 200), stretch=1)
    qtbot.addWidget(table)
    assert header_lines(table) >= 2


def test_wide_columns_keep_one_line(qtbot):
    table = compact_table(RowTableModel(COLUMNS), (200, 0, 200), stretch=1)
    qtbot.addWidget(table)
    assert header_lines(table) < 2


def test_narrowing_a_column_later_grows_the_header(qtbot):
    table = compact_table(RowTableModel(COLUMNS), (200, 0, 200), stretch=1)
    qtbot.addWidget(table)
    table.setColumnWidth(2, 40)
    assert header_lines(table) >= 2
