"""The initiatives page: the register loads, the TT 18/2013 form refuses shares over 100 %
inline, the similarity hint warns, the workflow buttons follow the status."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.initiatives.types import AuthorDraft, InitiativeDraft
from tests.factories import add_person, add_unit
from ui.initiatives.decision_dialogs import RecognitionDialog
from ui.initiatives.initiative_dialog import InitiativeDialog
from ui.initiatives.list_page import InitiativeListPage

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("warnings"),
]


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    an = add_person(services, office.id, "CN01", "Nguyễn Văn An")
    add_person(services, office.id, "CN02", "Trần Thị Bình", gender="nu")
    services.initiatives.register(
        InitiativeDraft(
            "Số hóa hồ sơ thi đua, khen thưởng",
            (AuthorDraft(an.id, "100"),),
            registered_on="01/03/2025",
        )
    )
    widget = InitiativeListPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_register_loads_and_buttons_follow_the_status(page, qtmodeltester):
    assert page.model.rowCount() == 1 and page.selected().code == "SK2025-001"
    qtmodeltester.check(page.model)
    assert "Nguyễn Văn An (100%)" in page.details.text.text()
    assert page.buttons["review"].isEnabled() and not page.buttons["recognize"].isEnabled()
    page.buttons["review"].click()
    assert page.selected().status == "dang_xet"
    assert page.buttons["recognize"].isEnabled() and page.buttons["reject"].isEnabled()


def test_shares_over_a_hundred_percent_show_inline(qtbot, page, page_context):
    dialog = InitiativeDialog(page_context, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setText("Quản lý chợ bằng phần mềm")
    dialog.authors._combo(0).setEditText("CN01")
    dialog.authors.table.item(0, 1).setText("80")
    dialog.authors.add_author()
    dialog.authors._combo(1).setEditText("CN02")
    dialog.authors.table.item(1, 1).setText("30")
    save(dialog)
    assert "vượt quá 100%" in dialog.errors.message("authors")
    dialog.authors.table.item(1, 1).setText("20")
    save(dialog)
    assert dialog.result_value.row.authors_text == "Nguyễn Văn An (80%), Trần Thị Bình (20%)"


def test_similarity_hint(qtbot, page, page_context):
    dialog = InitiativeDialog(page_context, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setText("Giải pháp số hóa hồ sơ thi đua khen thưởng")
    dialog.check_similar()
    assert not dialog.similar.isHidden()
    text = dialog.similar.toPlainText()
    assert text.startswith("Có thể trùng với sáng kiến đã có:") and "SK2025-001" in text


def test_recognition_needs_a_decision(qtbot, page, page_context):
    page.buttons["review"].click()
    dialog = RecognitionDialog(page_context, page.selected(), page)
    qtbot.addWidget(dialog)
    save(dialog)
    assert dialog.errors.message("decision_no") == "Hãy ghi số quyết định công nhận."
    dialog.decision_no.setText("2150/QĐ-SCT")
    dialog.decision_date.setText("15/12/2025")
    dialog.saved.connect(page._on_saved)
    save(dialog)
    assert page.selected().status == "cong_nhan"


def test_both_lists_print(page):
    labels = [d.label for d in page.documents()]
    assert labels == [
        "Sổ đăng ký sáng kiến năm 2025",
        "Danh sách sáng kiến được công nhận năm 2025",
    ]
    assert page.documents()[0].renderers["xlsx"]()[:2] == b"PK"
