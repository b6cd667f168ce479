"""Cài đặt › Người dùng: optional sign-in. With no user everyone may edit; the first user (a
thư ký) turns sign-in on from the next start. Only a signed-in thư ký manages users (the
service refuses anyone else; the buttons only follow)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from tdkt.users.types import SECRETARY, UserRow
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.users.user_dialog import PasswordDialog, UserDialog
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.row_table_model import Column, RowTableModel
from ui.widgets.tables import make_table

OFF = (
    "Chưa bật đăng nhập: ai mở phần mềm cũng được sửa dữ liệu. Thêm người dùng đầu tiên "
    "(vai trò Thư ký) để bật đăng nhập; từ lần mở sau phần mềm sẽ hỏi tên đăng nhập và mật "
    "khẩu. Vai trò Xem chỉ được xem, không được sửa dữ liệu."
)
ON = "Đăng nhập đang bật. Bạn đăng nhập là {name} ({role})."
ON_NOT_SECRETARY = " Chỉ Thư ký được thêm, sửa người dùng và đặt lại mật khẩu."
COLUMNS: list[Column[UserRow]] = [
    Column("Tên đăng nhập", lambda u: u.username),
    Column("Họ và tên", lambda u: u.full_name),
    Column("Vai trò", lambda u: u.role_label),
    Column("Trạng thái", lambda u: "Đang hoạt động" if u.active else "Đã khóa"),
]


class UsersPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.model: RowTableModel[UserRow] = RowTableModel(COLUMNS)
        self.table = make_table(self.model, (160, 240, 200), sortable=False, name="userTable")
        self.intro = QLabel(objectName="countLabel")
        self.intro.setWordWrap(True)
        self.add_button = QPushButton("Thêm người dùng")
        self.edit_button = QPushButton("Sửa")
        self.password_button = QPushButton("Đặt lại mật khẩu")
        self.writes(self.add_button, self.edit_button, self.password_button)
        self._build_layout()
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.password_button.clicked.connect(self._reset_password)
        self.table.doubleClicked.connect(self._edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        users = self.context.services.users
        self.context.runner.run(users.list_rows, self._on_loaded, lambda e: show_error(self, e))

    def _on_loaded(self, rows: list[UserRow]) -> None:
        self.model.set_rows(rows)
        current = self.context.services.users.current
        if not rows or current is None:
            self.intro.setText(OFF if not rows else ON.format(name="(chưa)", role="—"))
        else:
            role = "Thư ký" if current.role == SECRETARY else "Xem"
            text = ON.format(name=current.username, role=role)
            self.intro.setText(text + ("" if current.role == SECRETARY else ON_NOT_SECRETARY))
        self._update_buttons()
        self.loaded.emit()

    def _may_manage(self) -> bool:
        current = self.context.services.users.current
        no_users = self.model.total() == 0
        return no_users or (current is not None and current.role == SECRETARY)

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        manage, chosen = self._may_manage(), self.selected() is not None
        self.add_button.setEnabled(manage)
        self.edit_button.setEnabled(manage and chosen)
        self.password_button.setEnabled(manage and chosen)

    def _add(self) -> None:
        self._open(UserDialog(self.context, parent=self))

    def _edit(self, *_args: object) -> None:
        user = self.selected()
        if user is not None and self._may_manage():
            self._open(UserDialog(self.context, user, parent=self))

    def _reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(PasswordDialog(self.context, user, parent=self))

    def _open(self, dialog: EditDialog) -> None:
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, _result: object) -> None:
        self.context.events.user_changed.emit()  # the first user is now signed in
        self.reload()
