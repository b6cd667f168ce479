"""Read-only mode on screen (ui/read_only.py): on every page, what writes is disabled with the
reason while the database refuses writes, and left to the page when it accepts them; an edit
dialog opens to be read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton, QWidget

from tdkt.app import build_services
from tdkt.users.types import SECRETARY, VIEWER, SignedInUser
from tests.factories import add_unit
from ui.context import AppEvents, PageContext
from ui.page import Page
from ui.pages import all_pages
from ui.read_only import guard_writes, write_locks
from ui.tasks import SyncTaskRunner

REASON = "Tệp đang được thu.ky mở để ghi; bạn chỉ xem được."
PAGES = {spec.key: spec for spec in all_pages()}
# Pages that change nothing: they declare no write.
READING_PAGES = {"dashboard", "reports", "audit"}
# Buttons a reader keeps: printing, exporting, opening a file, recomputing on screen.
READ_PREFIXES = ("In ", "Xuất", "Tải mẫu", "Sao chép", "Mở văn bản", "Mở tệp", "Văn bản")
READ_TEXTS = {"Xét lại", "Dừng"}


@pytest.fixture
def read_only_context(qapp, sqlite_engine, sqlite_services, clock):  # type: ignore[no-untyped-def]
    """A second copy on the same data, opened read-only (the catalogue is already there)."""
    services = build_services(sqlite_engine, clock, read_only_reason=REASON)
    return PageContext(services, SyncTaskRunner(), AppEvents())


def built(qtbot, context: PageContext, key: str) -> Page:  # type: ignore[no-untyped-def]
    page = PAGES[key].factory(context)
    qtbot.addWidget(page)
    page.activate()
    return page


def declared(page: QWidget) -> list[QWidget]:
    return [lock.target for lock in write_locks(page) if isinstance(lock.target, QWidget)]


def reading_button(button: QAbstractButton) -> bool:
    text = button.text()
    return (
        isinstance(button, QCheckBox)
        or button.isCheckable()  # a filter
        or text in READ_TEXTS
        or text.startswith(READ_PREFIXES)
    )


@pytest.mark.usefixtures("warnings")
@pytest.mark.parametrize("key", list(PAGES))
def test_a_reader_finds_nothing_that_writes_enabled(qtbot, read_only_context, key):
    page = built(qtbot, read_only_context, key)
    for target in declared(page):
        assert not target.isEnabled(), target
        assert target.toolTip() == REASON
    enabled = [
        button.text()
        for button in page.findChildren(QAbstractButton)
        if button.text() and button.isEnabled() and not reading_button(button)
    ]
    assert enabled == []  # a write button not declared with Page.writes / guard_writes
    assert bool(declared(page)) == (key not in READING_PAGES)


@pytest.mark.usefixtures("warnings")
@pytest.mark.parametrize("key", list(PAGES))
def test_a_secretary_keeps_the_page_s_own_buttons(qtbot, page_context, key):
    page = built(qtbot, page_context, key)
    targets = declared(page)
    assert all(target.toolTip() != REASON for target in targets)
    assert bool(targets) == (key not in READING_PAGES)
    # Every page that writes offers something at once, except eligibility (nothing chosen).
    offered = [t for t in targets if t.isEnabled()]
    assert bool(offered) == (key not in READING_PAGES | {"eligibility"}), key


def test_the_page_s_selection_cannot_enable_a_write(qtbot, sqlite_services, read_only_context):
    add_unit(sqlite_services)
    page = built(qtbot, read_only_context, "units")
    page.select_unit(page.model.units()[0].id)  # the page enables Sửa, Xóa ... by selection
    assert not page.buttons["edit"].isEnabled()
    page.buttons["edit"].setEnabled(True)
    assert not page.buttons["edit"].isEnabled()


def test_a_viewer_signing_in_locks_and_a_secretary_unlocks(qtbot, page_context):
    button = QPushButton("Thêm")
    button.setToolTip("Thêm một dòng")
    qtbot.addWidget(button)
    guard_writes(page_context, button)
    access = page_context.services.access
    access.sign_in(SignedInUser(1, "khach", "Khách", VIEWER))
    page_context.events.user_changed.emit()
    assert not button.isEnabled() and "chỉ có quyền xem" in button.toolTip()
    button.setEnabled(False)  # the page's own choice, made while locked ...
    button.setEnabled(True)  # ... and changed again: remembered
    access.sign_in(SignedInUser(2, "thu.ky", "Thư ký", SECRETARY))
    page_context.events.user_changed.emit()
    assert button.isEnabled() and button.toolTip() == "Thêm một dòng"


def test_an_edit_dialog_opens_to_be_read(qtbot, read_only_context):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.units.edit_dialog import UnitDialog

    dialog = UnitDialog(read_only_context, units=[])
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not save.isEnabled() and save.toolTip() == REASON
    assert close.isEnabled() and close.text() == "Đóng"
    assert dialog.windowTitle().endswith("(chỉ xem)")


def test_a_reader_cannot_tick_who_came(qtbot, read_only_context, page_context):
    from types import SimpleNamespace

    from ui.councils.meeting_view import MeetingView

    member = SimpleNamespace(id=1, name="Nguyễn Văn An", role_label="Ủy viên", votes=True)
    row = SimpleNamespace(member=member, present=False, note="")

    for context, checkable in ((read_only_context, False), (page_context, True)):
        view = MeetingView(context)
        qtbot.addWidget(view)
        view.attendance.set_rows([row])
        flags = view.attendance.flags(view.attendance.index(0, 0))
        assert bool(flags & Qt.ItemFlag.ItemIsUserCheckable) is checkable
