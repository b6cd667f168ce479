"""Errors shown to the user in three tiers: fixable input, a failed environment, a bug."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tdkt.errors import StorageError, TdktError
from tdkt.logging_setup import log_file

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, StorageError):
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Lỗi lưu trữ",
            error.message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        if error.hint:
            box.setInformativeText(error.hint)
        box.exec()
    elif isinstance(error, TdktError):
        QMessageBox.warning(parent, "Không thực hiện được", error.message)
    else:
        log.error("unexpected error", exc_info=error)
        CrashDialog(error, parent).exec()


class CrashDialog(QDialog):
    """A bug: say so plainly, with details to copy and where the log is."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lỗi không mong đợi")
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Phần mềm gặp một lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng; thao tác "
                f"vừa rồi có thể chưa hoàn tất.\nNhật ký: {log_file()}"
            )
        )
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = buttons.addButton("Sao chép chi tiết", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        layout.addWidget(buttons)
        self.resize(640, 400)


def install_excepthooks() -> None:
    def on_exception(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.critical("uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            CrashDialog(error).exec()
        else:
            sys.__excepthook__(kind, error, tb)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
