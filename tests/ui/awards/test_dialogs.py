"""The award dialogs: add through the form, inline errors, stale edits, revoke with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.awards.types import AwardDraft
from tests.factories import add_award, add_person, add_unit
from ui.awards.edit_dialog import AwardDialog
from ui.awards.list_page import AwardListPage
from ui.awards.revoke_dialog import RevokeDialog

# Opening a dialog off screen makes the offscreen platform warn about size hints.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def services(page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    add_person(services, office.id, "CN01", "Nguyễn Văn Ân")
    add_award(services, "CN01", "LDTT", 2024, decision_no="11/QĐ-SCT", decision_date="20/12/2024")
    return services


@pytest.fixture
def dialog(qtbot, page_context, services):  # type: ignore[no-untyped-def]
    widget = AwardDialog(page_context, services.catalog.list_titles())
    qtbot.addWidget(widget)
    return widget


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def titles(dialog: AwardDialog) -> list[str]:
    return [dialog.title.itemData(i) for i in range(dialog.title.count())]


def test_defaults_come_from_the_clock_and_the_catalogue(dialog):
    assert dialog.year.value() == 2025
    assert dialog.year.maximum() == 2026
    assert dialog.kind.currentText() == "Thường xuyên"
    assert dialog.title.code() == "LDTT"
    assert dialog.issuer.placeholderText().endswith("Giám đốc Sở")


def test_subject_completer_ignores_case_and_diacritics(dialog):
    completer = dialog.subject.completer()
    completer.setCompletionPrefix("nguyen van an")
    assert completer.completionCount() == 1
    label = completer.pathFromIndex(completer.currentIndex())
    assert label == "CN01 – Nguyễn Văn Ân (Văn phòng Sở)"
    completer.setCompletionPrefix("VĂN PHÒNG")
    assert completer.completionCount() == 2  # the person of the office and the office itself


def test_titles_follow_the_kind_of_subject(dialog):
    dialog.subject.setEditText("VP – Văn phòng Sở (tập thể)")
    assert "TTLDTT" in titles(dialog) and "LDTT" not in titles(dialog)
    assert "BK_TINH" in titles(dialog)
    dialog.subject.setEditText("CN01")
    assert "LDTT" in titles(dialog) and "TTLDTT" not in titles(dialog)


def test_add_award_through_the_dialog(dialog, services, qtbot):
    dialog.subject.setEditText("CN01 – Nguyễn Văn Ân (Văn phòng Sở)")
    dialog.title.setCurrentIndex(dialog.title.findData("CSTDCS"))
    dialog.year.setValue(2025)
    qtbot.keyClicks(dialog.decision_no, "123/QD-SCT")
    qtbot.keyClicks(dialog.decision_date, "10/12/2025")
    dialog.kind.setCurrentIndex(dialog.kind.findData("dot_xuat"))
    dialog.content.setPlainText("Hoàn thành xuất sắc nhiệm vụ năm 2025")
    qtbot.keyClicks(dialog.bonus_coefficient, "1,5")
    save(dialog)
    award = dialog.result_value
    assert award is not None
    assert (award.subject_code, award.title_code, award.year) == ("CN01", "CSTDCS", 2025)
    assert award.issuer == "Giám đốc Sở"  # left empty: the title's usual issuer
    assert award.kind == "dot_xuat"
    # As stored (NUMERIC(6, 2)): 1.50, the value typed.
    assert award.bonus_coefficient == Decimal("1.5")
    assert len(services.awards.list_rows()) == 2


def test_impossible_date_is_shown_inline_and_nothing_is_written(dialog, services):
    dialog.subject.setEditText("CN01")
    dialog.decision_date.setText("31/02/2025")
    save(dialog)
    assert dialog.result_value is None
    assert "31/02/2025" in dialog.errors.message("decision_date")
    assert dialog.errors.message("subject_code") == ""
    assert len(services.awards.list_rows()) == 1


def test_unknown_subject_is_shown_inline(dialog, services):
    dialog.subject.setEditText("CN99")
    save(dialog)
    assert "CN99" in dialog.errors.message("subject_code")
    assert len(services.awards.list_rows()) == 1


def test_edit_fills_the_form_and_refuses_a_stale_version(
    qtbot, page_context, services, monkeypatch
):
    row = services.awards.list_rows()[0]
    dialog = AwardDialog(page_context, services.catalog.list_titles(), row)
    qtbot.addWidget(dialog)
    assert dialog.subject.currentText() == "CN01 – Nguyễn Văn Ân (Văn phòng Sở)"
    assert (dialog.title.code(), dialog.year.value()) == ("LDTT", 2024)
    assert dialog.decision_date.text() == "20/12/2024"
    services.awards.update(row.id, AwardDraft("CN01", "LDTT", 2024, decision_no="99/QĐ-SCT"))
    shown = []
    monkeypatch.setattr("ui.widgets.edit_dialog.show_error", lambda _p, error: shown.append(error))
    save(dialog)
    assert dialog.result_value is None
    assert "người khác thay đổi" in shown[0].message


@OFFSCREEN_SHOW
def test_page_adds_and_selects_the_new_award(qtbot, page_context, services):
    page = AwardListPage(page_context)
    qtbot.addWidget(page)
    page.activate()
    page.add_button.click()
    dialog = page.findChild(AwardDialog)
    dialog.subject.setEditText("CN01")
    dialog.title.setCurrentIndex(dialog.title.findData("GK_SO"))
    save(dialog)
    assert page.model.rowCount() == 2
    assert page.selected().title_code == "GK_SO"


def test_revoke_requires_a_reason(qtbot, page_context, services):
    row = services.awards.list_rows()[0]
    dialog = RevokeDialog(page_context, row)
    qtbot.addWidget(dialog)
    assert dialog.revoked_on.text() == "15/12/2025"
    save(dialog)
    assert dialog.errors.message("reason") == "Hãy ghi lý do thu hồi."
    assert services.awards.get(row.id).revoked_on is None
    dialog.reason.setPlainText("Quyết định thu hồi số 5/QĐ-SCT")
    save(dialog)
    assert dialog.result_value.revoke_reason == "Quyết định thu hồi số 5/QĐ-SCT"
    assert services.awards.get(row.id).revoked


def test_revoke_date_is_checked_inline(qtbot, page_context, services):
    row = services.awards.list_rows()[0]
    dialog = RevokeDialog(page_context, row)
    qtbot.addWidget(dialog)
    dialog.revoked_on.setText("30/02/2025")
    dialog.reason.setPlainText("Sai đối tượng")
    save(dialog)
    assert "30/02/2025" in dialog.errors.message("revoked_on")
    assert services.awards.get(row.id).revoked_on is None
