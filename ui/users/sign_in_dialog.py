"""Who is working: asked at start once users exist. Closing it closes the application."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tdkt.app import Services
from tdkt.errors import ValidationError
from tdkt.users.types import SignedInUser
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.forms import FieldErrors


class SignInDialog(QDialog):
    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.user: SignedInUser | None = None
        self.setWindowTitle("Đăng nhập – TĐKT")
        intro = QLabel(f"Cơ sở dữ liệu: {services.location}", objectName="countLabel")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row("username", "Tên đăng nhập", self.username)
        self.errors.add_row("password", "Mật khẩu", self.password)
        self.buttons = QDialogButtonBox()
        sign_in = self.buttons.addButton("Đăng nhập", QDialogButtonBox.ButtonRole.AcceptRole)
        sign_in.setDefault(True)
        self.buttons.addButton("Thoát", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        self.errors.clear()
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.errors.show({"username": "Hãy nhập tên đăng nhập."})
            return
        users = self.services.users
        self.buttons.setEnabled(False)
        self.runner.run(
            lambda: users.sign_in(username, password), self._on_signed_in, self._on_failed
        )

    def _on_signed_in(self, user: SignedInUser) -> None:
        self.buttons.setEnabled(True)
        self.user = user
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
            self.password.selectAll()
        else:
            show_error(self, error)
