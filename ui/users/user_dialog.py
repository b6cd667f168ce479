"""Add or edit a user; and reset a password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from tdkt.errors import ValidationError
from tdkt.users.types import ROLE_LABELS, SECRETARY, UserDraft, UserRow
from ui.context import PageContext
from ui.widgets.combos import choice_combo, select_data
from ui.widgets.edit_dialog import EditDialog


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(EditDialog):
    def __init__(
        self, context: PageContext, user: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Sửa người dùng" if user else "Thêm người dùng", parent)
        self._user = user
        self.username = QLineEdit()
        self.username.setPlaceholderText("ví dụ: thuky (chữ không dấu, số, . _ -)")
        self.full_name = QLineEdit()
        self.role = choice_combo(ROLE_LABELS)
        self.errors.add_row("username", "Tên đăng nhập *", self.username)
        self.errors.add_row("full_name", "Họ và tên *", self.full_name)
        self.errors.add_row("role", "Vai trò", self.role)
        self.password = password_edit()
        self.confirm = password_edit()
        self.active = QCheckBox("Đang hoạt động (được đăng nhập)")
        if user is None:
            self.errors.add_row("password", "Mật khẩu *", self.password)
            self.errors.add_row("confirm", "Nhập lại mật khẩu *", self.confirm)
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            select_data(self.role, user.role)
            self.active.setChecked(user.active)
            self.errors.add_row("active", "", self.active)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> UserDraft:
        return UserDraft(
            self.username.text(),
            self.full_name.text(),
            self.role.currentData() or SECRETARY,
            self.password.text(),
        )

    def save_work(self) -> Callable[[], Any]:
        users, draft = self.context.services.users, self.draft()
        if self._user is None:
            if self.password.text() != self.confirm.text():
                raise ValidationError({"confirm": "Hai lần nhập mật khẩu không khớp."})
            return lambda: users.create(draft)
        user_id, version, active = self._user.id, self._user.version, self.active.isChecked()
        return lambda: users.update(user_id, draft, active, version)


class PasswordDialog(EditDialog):
    def __init__(self, context: PageContext, user: UserRow, parent: QWidget | None = None):
        super().__init__(context, f"Đặt lại mật khẩu cho {user.username}", parent)
        self._user = user
        self.password = password_edit()
        self.confirm = password_edit()
        self.errors.add_row("password", "Mật khẩu mới *", self.password)
        self.errors.add_row("confirm", "Nhập lại *", self.confirm)
        self.resize(420, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        if self.password.text() != self.confirm.text():
            raise ValidationError({"confirm": "Hai lần nhập mật khẩu không khớp."})
        users, user_id, password = self.context.services.users, self._user.id, self.password.text()
        return lambda: users.set_password(user_id, password)
