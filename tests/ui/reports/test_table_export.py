"""Export of a table on screen: visible columns, current filter and order, typed cells."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tdkt.errors import StorageError
from ui.widgets.row_table_model import Column, RowTableModel
from ui.widgets.save_file import safe_file_name, write_file
from ui.widgets.table_export import add_export_action, export_table, shown_table

ROWS = [("CN02", "Trần Thị Bình", 2020), ("CN01", "Lê Văn An", 2021), ("CN03", "Đặng Văn Ân", 2019)]
COLUMNS = [
    Column("Mã", lambda r: r[0]),
    Column("Họ và tên", lambda r: r[1]),
    Column("Năm", lambda r: str(r[2]), sort_key=lambda r: r[2]),
]


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    return table


def test_shown_table_follows_filter_order_and_hidden_columns(view):
    model = view.model()
    model.set_filter(lambda r: r[2] >= 2020)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    view.setColumnHidden(1, True)
    assert shown_table(view) == (["Mã", "Năm"], [["CN01", "2021"], ["CN02", "2020"]])


def test_export_writes_what_is_shown(view, page_context, save_to):
    folder, asked, _chosen = save_to
    view.model().sort(1, Qt.SortOrder.AscendingOrder)  # Vietnamese alphabetical order of the text
    saved = []
    export_table(view, page_context, "Danh sách cá nhân", saved.append)
    assert asked == ["Xuất bảng ra Excel"]
    assert saved == [folder / "Danh sách cá nhân.xlsx"]
    sheet = load_workbook(io.BytesIO(saved[0].read_bytes())).active
    assert sheet["A1"].value == "Danh sách cá nhân"
    assert sheet["A2"].value.startswith("Xuất ngày 15/12/2025: 3 dòng")
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=3)] == [
        ["Mã", "Họ và tên", "Năm"],
        ["CN03", "Đặng Văn Ân", 2019],
        ["CN01", "Lê Văn An", 2021],
        ["CN02", "Trần Thị Bình", 2020],
    ]


def test_the_context_menu_offers_the_export(view, page_context):
    action = add_export_action(view, page_context, "Bảng")
    assert action.text() == "Xuất Excel…"
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert action in view.actions()


def test_a_file_that_cannot_be_written_says_why_in_vietnamese(tmp_path):
    with pytest.raises(StorageError, match="Không ghi được tệp") as caught:
        write_file(tmp_path / "missing" / "x.xlsx", b"data")
    assert "đang mở" in caught.value.hint
    assert safe_file_name('Khen thưởng 6/2021: "đợt 1"') == "Khen thưởng 6 2021 đợt 1"
