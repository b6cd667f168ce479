"""The movements page: the four tabs load, the launch form shows the domain's errors inline,
a unit registers at once, the comparison filters, the list prints."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.movements.types import MovementDraft, RegistrationDraft
from tests.factories import add_award, add_person, add_unit
from ui.movements.movement_dialog import MovementDialog
from ui.movements.movements_page import MovementsPage
from ui.movements.registration_dialog import RegistrationDialog, UnitRegistrationDialog

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("warnings"),
]


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    add_person(services, office.id, "CN01", "Nguyễn Văn An")
    add_person(services, office.id, "CN02", "Trần Thị Bình", gender="nu")
    movement = services.movements.create(
        MovementDraft(
            "Phong trào thi đua năm 2025",
            "thuong_xuyen",
            "01/01/2025",
            "31/12/2025",
            document_no="203/KH-SCT",
            document_date="03/02/2025",
        )
    )
    services.registrations.add(RegistrationDraft("CN01", "LDTT", 2025, movement.id))
    add_award(services, "CN01", "LDTT", 2025, decision_no="9/QĐ-SCT")
    add_award(services, "CN02", "LDTT", 2025, decision_no="9/QĐ-SCT")
    widget = MovementsPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_tabs_load_when_shown(page, qtmodeltester):
    assert page.movements.model.rowCount() == 1
    assert "203/KH-SCT" in page.movements.details.text()
    assert page.registrations.model.rowCount() == 0  # not read before its tab is shown
    assert page.comparison.lines.rowCount() == 0
    page.tabs.setCurrentWidget(page.registrations)
    assert page.registrations.year.year() == 2025
    assert page.registrations.model.rowCount() == 1
    page.tabs.setCurrentWidget(page.comparison)
    assert (
        page.comparison.lines.rowCount() == 2
    )  # CN01 registered and achieved, CN02 did not register
    for model in (page.movements.model, page.registrations.model, page.comparison.lines):
        qtmodeltester.check(model)


def test_launch_form_shows_dates_out_of_order_inline(qtbot, page, page_context):
    dialog = MovementDialog(
        page_context, [], page_context.services.catalog.list_titles(), parent=page
    )
    qtbot.addWidget(dialog)
    dialog.name.setText("Đợt thi đua 70 năm ngành Công Thương")
    dialog.kind.setCurrentIndex(dialog.kind.findData("theo_dot"))
    dialog.starts_on.setText("14/05/2021")
    dialog.ends_on.setText("05/01/2021")
    save(dialog)
    assert dialog.errors.message("ends_on") == "Ngày kết thúc phải sau ngày bắt đầu."
    assert len(page_context.services.movements.list_rows()) == 1


def test_duplicate_registration_is_refused_in_the_dialog(qtbot, page, page_context):
    dialog = RegistrationDialog(
        page_context,
        page_context.services.catalog.list_titles(),
        page_context.services.movements.list_rows(),
        2025,
        page,
    )
    qtbot.addWidget(dialog)
    dialog.subject.setEditText("CN01")
    save(dialog)
    assert "đã đăng ký" in dialog.errors.message("subject_code")


def test_a_whole_unit_registers(qtbot, monkeypatch, page, page_context):
    services = page_context.services
    page.tabs.setCurrentWidget(page.registrations)
    monkeypatch.setattr("ui.movements.registrations_tab.QMessageBox.information", lambda *a: None)
    dialog = UnitRegistrationDialog(
        page_context,
        services.units.list_rows(),
        services.catalog.list_titles(),
        services.movements.list_rows(),
        2025,
        page,
    )
    qtbot.addWidget(dialog)
    dialog.saved.connect(page.registrations._on_unit_saved)
    with qtbot.waitSignal(page_context.events.movements_changed):  # the dashboard's deadlines
        save(dialog)
    assert dialog.result_value == 1  # CN02; CN01 had registered already
    assert page.registrations.model.rowCount() == 2


def test_the_registration_list_prints(page, tmp_path):
    output = page.registrations.output
    output.ask_path = lambda _parent, suggested: tmp_path / suggested
    (document,) = page.registrations.documents()
    output.save(document, "pdf")
    text = pypdf.PdfReader(Path(output.last_written)).pages[0].extract_text()
    assert "Đăng ký danh hiệu thi đua năm 2025" in text and "Nguyễn Văn An" in text
    opened = []
    output.show_viewer = opened.append
    output.preview(document)
    (viewer,) = opened
    assert viewer.windowTitle() == "Danh sách đăng ký năm 2025"
    shown = pypdf.PdfReader(io.BytesIO(viewer.pdf)).pages[0].extract_text()
    assert "Đăng ký danh hiệu thi đua năm 2025" in shown and "Nguyễn Văn An" in shown


def test_comparison_filters_by_outcome(page):
    page.tabs.setCurrentWidget(page.comparison)
    page.comparison.outcome.setCurrentIndex(
        page.comparison.outcome.findData("unregistered_achieved")
    )
    assert [line.subject_code for line in page.comparison.lines.rows()] == ["CN02"]
