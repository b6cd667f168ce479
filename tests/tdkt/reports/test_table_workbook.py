"""A table as a workbook: title, note, headers, typed cells where the text is unambiguous."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from tdkt.reports.table_workbook import cell_value, table_workbook


def test_cells_keep_their_type_only_when_unambiguous():
    assert cell_value("2021") == 2021
    assert cell_value("0") == 0
    assert cell_value("0123") == "0123"  # a code with a leading zero
    assert cell_value("051170531755") == "051170531755"  # a citizen ID
    assert cell_value("25/08/1970") == datetime(1970, 8, 25).date()
    assert cell_value("31/02/1970") == "31/02/1970"
    assert cell_value("Nguyễn Văn An") == "Nguyễn Văn An"


def test_the_sheet_has_title_note_headers_and_rows():
    data = table_workbook(
        "Danh sách: cá nhân/đơn vị",
        ["Mã", "Ngày sinh", "Số"],
        [["CN01", "25/08/1970", "3"]],
        "Ghi chú",
    )
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Danh sách  cá nhân đơn vị"
    assert sheet["A1"].value == "Danh sách: cá nhân/đơn vị"
    assert sheet["A2"].value == "Ghi chú"
    assert [c.value for c in sheet[3]] == ["Mã", "Ngày sinh", "Số"]
    assert sheet["A4"].value == "CN01" and sheet["C4"].value == 3
    assert sheet["B4"].value == datetime(1970, 8, 25) and sheet["B4"].number_format == "DD/MM/YYYY"
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref == "A3:C4"
