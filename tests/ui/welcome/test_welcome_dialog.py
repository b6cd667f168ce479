"""The first-run welcome: the agency form, its inline errors, and the demo data on request."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from ui.welcome.welcome_dialog import WelcomeDialog, demo_available, demo_last_year


@pytest.fixture
def dialog(qtbot, page_context):  # type: ignore[no-untyped-def]
    widget = WelcomeDialog(page_context)
    qtbot.addWidget(widget)
    return widget


def test_form_is_prefilled_with_the_first_customer(dialog):
    assert dialog.form.settings() == QUANG_NGAI_EXAMPLE
    assert not dialog.load_demo.isChecked()


def test_start_saves_the_agency_and_reloads_everything(dialog, page_context, qtbot):
    dialog.form.edits["signer"].setText("Nguyễn Văn Bình")
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=1000):
        dialog.accept()
    saved = page_context.services.agency.get()
    assert saved.configured
    assert saved.signer == "Nguyễn Văn Bình"
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_missing_place_is_shown_inline_and_nothing_saved(dialog, page_context):
    dialog.form.edits["place"].setText("  ")
    dialog.accept()
    assert "Địa danh" in dialog.form.errors.message("place")
    assert dialog.buttons.isEnabled()
    assert not page_context.services.agency.get().configured


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the progress window
def test_demo_data_is_loaded_when_ticked(dialog, page_context, qtbot):
    if not demo_available():
        pytest.skip("tdkt.demo is not there yet")
    dialog.load_demo.setChecked(True)
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=60_000):
        dialog.accept()
    services = page_context.services
    assert services.agency.get().name == "SỞ CÔNG THƯƠNG"
    assert services.people.list_rows()
    assert services.awards.list_rows()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_demo_keeps_what_the_user_typed(dialog, page_context, qtbot):
    if not demo_available():
        pytest.skip("tdkt.demo is not there yet")
    dialog.form.edits["signer"].setText("Nguyễn Văn Bình")
    dialog.load_demo.setChecked(True)
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=60_000):
        dialog.accept()
    assert page_context.services.agency.get().signer == "Nguyễn Văn Bình"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_cancelled_demo_leaves_the_database_empty(dialog, page_context, qtbot, monkeypatch):
    if not demo_available():
        pytest.skip("tdkt.demo is not there yet")
    monkeypatch.setattr("ui.welcome.welcome_dialog.ProgressBridge.cancelled", lambda _self: True)
    dialog.load_demo.setChecked(True)
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=60_000):
        dialog.accept()
    services = page_context.services
    assert services.people.list_rows() == []
    assert services.agency.get().configured  # the agency was saved before the demo started
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_demo_last_year_is_the_last_year_with_awards():
    assert demo_last_year(date(2025, 12, 15)) == 2025
    assert demo_last_year(date(2026, 3, 1)) == 2025
