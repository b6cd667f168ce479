"""End to end on an offscreen main window: a real database file, every page, one flow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tdkt.app import open_database
from tdkt.clock import FixedClock
from ui.application import build_window
from ui.people.edit_dialog import PersonDialog
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, clock: FixedClock):  # type: ignore[no-untyped-def]
    services = open_database(str(tmp_path / "e2e.db"), clock=clock)
    from tdkt.demo import generate_demo

    generate_demo(services)
    main = build_window(services, SyncTaskRunner())
    qtbot.addWidget(main)
    main.show()
    yield main
    services.close()


def test_every_page_opens_with_data(window):
    for key in window.page_keys():
        page = window.show_page(key)
        assert page.isVisible()
    people = window.show_page("people")
    assert people.model.total() == 150


def test_add_a_person_then_find_them_by_folded_search(window, qtbot):
    people = window.show_page("people")
    office = next(u for u in people._units if u.code == "VP")
    dialog = PersonDialog(window.context, people._units, default_unit=office.id, parent=people)
    qtbot.addWidget(dialog)
    dialog.code.setText("CN9001")
    dialog.full_name.setText("Nguyễn Văn Ấn")
    dialog.birth.setText("1985")
    dialog.saved.connect(people._on_saved)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    people.search.setText("nguyen van an")
    shown = [row.code for row in people.model.rows()]
    assert "CN9001" in shown
    assert people.selected() is not None and people.selected().code == "CN9001"
    assert people.details._name.text() == "Nguyễn Văn Ấn"
