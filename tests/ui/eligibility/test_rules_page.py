"""The "Quy định áp dụng" page: periods, settings with their documents, criteria; the
setting dialog shows the domain's errors inline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.eligibility.rules_page import RulesPage
from ui.eligibility.setting_dialog import SettingDialog


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    widget = RulesPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def test_the_period_in_force_is_shown_first_with_its_criteria(page):
    assert page.periods.count() == 5
    assert page.scope() == "nd152_2025"
    assert page.heading.text().endswith("Nghị định 152/2025/NĐ-CP")
    first = page.criteria.topLevelItem(0)
    assert first.text(0) == "Lao động tiên tiến – cá nhân"
    assert first.child(1).text(0) == "Đã tuyển dụng từ 6 tháng trở lên"
    page.periods.setCurrentRow(0)
    assert page.scope() == "common" and page.criteria.isHidden()
    assert page.model.rows()[0].name == "discipline_months_khien_trach"


def test_editing_a_setting_needs_its_document_then_changes_the_rules(page, qtbot):
    page.periods.setCurrentRow(3)  # Luật 2022 – NĐ 98/2023
    view = page.model.rows()[0]
    assert view.name == "ldtt_min_months"
    dialog = SettingDialog(page.context, view, parent=page)
    qtbot.addWidget(dialog)
    dialog.value.setText("8")
    dialog.accept()
    assert dialog.errors.message("document") == "Hãy ghi số, ký hiệu văn bản quy định giá trị này."
    dialog.document.setText("17/2024/QĐ-UBND")
    dialog.signed_on.setText("20/05/2024")
    dialog.saved.connect(lambda _v: page._changed())
    with qtbot.waitSignal(page.context.events.rules_changed, timeout=1000):
        dialog.accept()
    assert page.model.rows()[0].value_text == "8 tháng"
    assert page.model.rows()[0].source_text == "17/2024/QĐ-UBND, ngày 20/05/2024"
    assert page.criteria.topLevelItem(0).child(1).text(0) == "Đã tuyển dụng từ 8 tháng trở lên"


def test_reset_returns_to_the_national_default(page, monkeypatch):
    page.context.services.eligibility.save_setting("common", "cap_rounding", "round", "QĐ 1/2024")
    page.reload()
    page.periods.setCurrentRow(0)
    page.settings_table.selectRow(6)
    assert page.selected().name == "cap_rounding"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page._reset()
    assert page.selected() is not None
    views = {v.name: v for v in page.model.rows()}
    assert views["cap_rounding"].value == "floor" and views["cap_rounding"].source is None
