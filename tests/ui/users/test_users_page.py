"""Người dùng and sign-in: the first user turns sign-in on, the sign-in dialog checks the
password inline, a viewer sees the buttons off and the services refuse anyway."""

from __future__ import annotations

import pytest

from tdkt.users.types import SECRETARY, VIEWER, UserDraft
from ui.users.sign_in_dialog import SignInDialog
from ui.users.user_dialog import PasswordDialog, UserDialog
from ui.users.users_page import UsersPage

PASSWORD = "mat-khau-1"


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    widget = UsersPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def fill(dialog: UserDialog, username: str, name: str, role: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.full_name.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.password.setText(password)
    dialog.confirm.setText(password)


def test_first_user_turns_sign_in_on_and_is_signed_in(page, page_context, qtbot):
    assert "Chưa bật đăng nhập" in page.intro.text()
    assert page.add_button.isEnabled()
    dialog = UserDialog(page_context, parent=page)
    qtbot.addWidget(dialog)
    dialog.saved.connect(page._on_saved)
    fill(dialog, "thuky", "Trần Thị Thư", SECRETARY, PASSWORD)
    with qtbot.waitSignal(page_context.events.user_changed, timeout=1000):
        dialog.accept()
    assert page_context.services.users.sign_in_required()
    assert page.intro.text() == "Đăng nhập đang bật. Bạn đăng nhập là thuky (Thư ký)."
    assert [page.model.display(r, 2) for r in page.model.rows()] == ["Thư ký (được sửa dữ liệu)"]


def test_dialog_shows_the_services_errors_inline(page, page_context, qtbot):
    dialog = UserDialog(page_context, parent=page)
    qtbot.addWidget(dialog)
    fill(dialog, "xem", "Người Xem", VIEWER, "ngan")
    dialog.accept()
    assert "ít nhất 8 ký tự" in dialog.errors.message("password")
    assert "Thư ký" in dialog.errors.message("role")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText("khac-han-nhe")
    dialog.accept()
    assert dialog.errors.message("confirm") == "Hai lần nhập mật khẩu không khớp."
    assert page_context.services.users.list_rows() == []


def test_sign_in_dialog(page_context, qtbot):
    users = page_context.services.users
    users.create(UserDraft("thuky", "Trần Thị Thư", SECRETARY, PASSWORD))
    users.sign_out()
    dialog = SignInDialog(page_context.services, page_context.runner)
    qtbot.addWidget(dialog)
    dialog.username.setText("thuky")
    dialog.password.setText("sai")
    dialog.accept()
    assert dialog.errors.message("password") == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.user is not None and page_context.services.actor() == "thuky"


def test_viewer_sees_management_off(page_context, qtbot, monkeypatch):
    users = page_context.services.users
    users.create(UserDraft("thuky", "Trần Thị Thư", SECRETARY, PASSWORD))
    viewer = users.create(UserDraft("xem", "Người Xem", VIEWER, PASSWORD))
    users.sign_in("xem", PASSWORD)
    widget = UsersPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    widget.table.selectRow(1)
    assert not widget.add_button.isEnabled() and not widget.edit_button.isEnabled()
    assert "Chỉ Thư ký được" in widget.intro.text()
    dialog = PasswordDialog(page_context, widget.selected() or viewer)
    qtbot.addWidget(dialog)
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.widgets.edit_dialog.show_error", lambda _p, error: shown.append(error))
    dialog.password.setText("mat-khau-moi")
    dialog.confirm.setText("mat-khau-moi")
    dialog.accept()
    assert "Chỉ Thư ký" in str(shown[0])  # the service refuses, whatever the buttons say
