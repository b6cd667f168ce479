"""The people page: search without diacritics, unit filter, add with inline errors, delete."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.factories import add_award, add_person, add_unit
from ui.people.edit_dialog import PersonDialog
from ui.people.list_page import PeopleListPage
from ui.people.table_model import PeopleTableModel


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    trade = add_unit(services, "QLTM", "Phòng Quản lý Thương mại")
    add_person(services, office.id, "CN01", "Nguyễn Văn An")
    add_person(services, office.id, "CN02", "Nguyễn Văn Ân")
    add_person(services, trade.id, "CN03", "Đặng Thị Ánh", gender="nu")
    add_person(services, trade.id, "CN04", "Lê Văn Dũng")
    widget = PeopleListPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def names(page: PeopleListPage) -> list[str]:
    return [row.full_name for row in page.model.rows()]


def test_people_in_vietnamese_order(page):
    # Letters before tones: An < Ánh (a-n-h) < Ân (â sorts after a).
    assert names(page) == ["Nguyễn Văn An", "Đặng Thị Ánh", "Nguyễn Văn Ân", "Lê Văn Dũng"]
    assert page.count.text() == "4 cá nhân"


def test_search_ignores_diacritics_and_case(page, qtbot):
    qtbot.keyClicks(page.search, "NGUYEN van an")
    assert names(page) == ["Nguyễn Văn An", "Nguyễn Văn Ân"]
    page.search.setText("dang anh")
    assert names(page) == ["Đặng Thị Ánh"]
    assert page.count.text() == "1 / 4 cá nhân"


def test_unit_filter(page):
    page.unit_filter.setCurrentIndex(page.unit_filter.findText("Phòng Quản lý Thương mại"))
    assert names(page) == ["Đặng Thị Ánh", "Lê Văn Dũng"]


def test_selecting_shows_the_details(page):
    page.select_person(page.model.rows()[0].id)
    assert page.details._name.text() == "Nguyễn Văn An"


def test_model_passes_qtmodeltester(qtmodeltester, page):
    model = PeopleTableModel()
    model.set_rows(page.model.rows())
    qtmodeltester.check(model)


def test_dialog_stores_nfd_names_as_nfc(qtbot, page_context, page):
    dialog = PersonDialog(page_context, page._units, default_unit=page._units[0].id)
    qtbot.addWidget(dialog)
    dialog.code.setText("CN05")
    dialog.full_name.setText(unicodedata.normalize("NFD", "Trần Thị Ấn"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_value is not None
    assert dialog.result_value.full_name == unicodedata.normalize("NFC", "Trần Thị Ấn")


def test_dialog_shows_errors_inline_and_writes_nothing(qtbot, page_context, page):
    dialog = PersonDialog(page_context, page._units)
    qtbot.addWidget(dialog)
    dialog.code.setText("CN06")
    dialog.birth.setText("31/02/1980")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_value is None
    assert "không được để trống" in dialog.errors.message("full_name")
    assert "31/02/1980" in dialog.errors.message("birth")
    assert len(page_context.services.people.list_rows()) == 4


def test_person_with_awards_is_kept_and_the_user_told_why(page, page_context, monkeypatch):
    add_award(page_context.services, "CN01", "LDTT", 2024)
    shown = []
    monkeypatch.setattr("ui.widgets.confirm.show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(
        "ui.widgets.confirm.QMessageBox.question",
        lambda *a, **k: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes,
    )
    page.select_person(page.model.rows()[0].id)
    page._delete()
    assert "khen thưởng" in shown[0].message
    assert len(page_context.services.people.list_rows()) == 4
