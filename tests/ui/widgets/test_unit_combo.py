"""The unit picker: the closed box shows the plain name, the popup indents by depth."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionComboBox, QStyleOptionViewItem

from tdkt.units.types import UnitRow
from ui.widgets.unit_combo import UnitComboBox

CHART = (
    ("SCT", "Sở Công Thương", None, 0),
    ("VP", "Văn phòng Sở", 1, 1),
    ("TT", "Tổ Tổng hợp", 2, 2),
    ("QLTM", "Phòng Quản lý Thương mại", 1, 1),
)


@pytest.fixture
def combo(qtbot):  # type: ignore[no-untyped-def]
    rows = [
        UnitRow(n, code, name, parent, n, depth, n, 0, True)
        for n, (code, name, parent, depth) in enumerate(CHART, start=1)
    ]
    widget = UnitComboBox(all_label="Tất cả đơn vị")
    qtbot.addWidget(widget)
    widget.set_units(rows)
    return widget


def popup_text(combo: UnitComboBox, row: int) -> str:
    option = QStyleOptionViewItem()
    combo.view().itemDelegate().initStyleOption(option, combo.model().index(row, 0))
    return option.text


def closed_text(combo: UnitComboBox) -> str:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option.currentText


def test_the_closed_box_shows_the_plain_name(combo):
    combo.select(3)
    assert combo.unit_id() == 3
    assert combo.currentText() == closed_text(combo) == "Tổ Tổng hợp"
    assert combo.findText("Phòng Quản lý Thương mại") == 4


def test_the_popup_keeps_the_indentation(combo):
    assert [popup_text(combo, row) for row in range(combo.count())] == [
        "Tất cả đơn vị",
        "Sở Công Thương",
        "    Văn phòng Sở",
        "        Tổ Tổng hợp",
        "    Phòng Quản lý Thương mại",
    ]
    assert combo.view().itemDelegate() is combo.itemDelegate()  # the popup's own list


def test_reloading_keeps_the_choice(combo):
    combo.select(4)
    rows = [UnitRow(4, "QLTM", "Phòng Quản lý Thương mại", None, 1, 0, 0, 0, True)]
    combo.set_units(rows)
    assert (combo.unit_id(), combo.currentText()) == (4, "Phòng Quản lý Thương mại")
    assert popup_text(combo, 1) == "Phòng Quản lý Thương mại"
