"""Settings › Thông tin cơ quan: load, save, inline errors."""

from __future__ import annotations

import pytest

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from ui.pages import all_pages
from ui.settings.agency_page import AgencySettingsPage


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    page_context.services.agency.save(QUANG_NGAI_EXAMPLE)
    widget = AgencySettingsPage(page_context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=1000):
        widget.activate()
    return widget


def test_page_is_registered_under_settings():
    spec = next(spec for spec in all_pages() if spec.key == "agency")
    assert (spec.title, spec.section, spec.factory.load()) == (
        "Thông tin cơ quan",
        "Cài đặt",
        AgencySettingsPage,
    )


def test_loads_and_saves_the_settings(page, page_context):
    assert page.form.settings() == QUANG_NGAI_EXAMPLE
    page.form.edits["signer"].setText("  Trần   Văn Cường ")
    page.save_button.click()
    assert page_context.services.agency.get().signer == "Trần Văn Cường"
    assert page.form.edits["signer"].text() == "Trần Văn Cường"
    assert page.status.text() == "Đã lưu."


def test_empty_name_is_refused_inline(page, page_context):
    page.form.edits["name"].clear()
    page.save_button.click()
    assert "Tên cơ quan" in page.form.errors.message("name")
    assert page_context.services.agency.get().name == "SỞ CÔNG THƯƠNG"
