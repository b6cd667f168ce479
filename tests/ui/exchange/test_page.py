"""Dữ liệu › Nhập / Xuất Excel: export everything and the blank template from the page."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.tdkt.exchange.helpers import base_book
from ui.exchange.page import ExchangePage
from ui.pages import all_pages


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    widget = ExchangePage(page_context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=1000):
        widget.activate()
    return widget


def test_page_is_registered_under_data():
    spec = next(spec for spec in all_pages() if spec.key == "exchange")
    assert (spec.title, spec.section, spec.factory.load()) == (
        "Nhập / Xuất Excel",
        "Dữ liệu",
        ExchangePage,
    )


def test_export_everything(page, page_context, tmp_path):
    page_context.services.exchange.import_workbook(base_book(tmp_path / "data.xlsx"))
    target = tmp_path / "out.xlsx"
    page.save_path = lambda title, suggested: str(target)
    page.buttons["export"].click()
    assert load_workbook(target).sheetnames[:3] == ["CoQuan", "DonVi", "CaNhan"]
    assert page.status.text().startswith("Đã xuất 4 dòng")
    assert all(button.isEnabled() for button in page.buttons.values())


def test_blank_template(page, tmp_path):
    target = tmp_path / "mau.xlsx"
    page.save_path = lambda title, suggested: str(target)
    page.buttons["template"].click()
    assert "HuongDan" in load_workbook(target).sheetnames
    assert "Đã lưu mẫu nhập liệu" in page.status.text()


def test_choosing_no_file_does_nothing(page, tmp_path):
    page.save_path = lambda title, suggested: ""
    page.buttons["export"].click()
    assert page.status.text() == ""


def test_the_import_button_opens_the_wizard(page, monkeypatch):
    opened = []
    monkeypatch.setattr(
        page, "make_wizard", lambda: type("W", (), {"exec": lambda self: opened.append(1)})()
    )
    page.buttons["import"].click()
    assert opened == [1]
