"""Asking before an action that cannot be undone (a deletion, a restore), then doing it on
the worker: the question, the Yes, the runner and the error box, written once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import PageContext
from ui.errors import show_error


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """True when the user answers Yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def run_confirmed(
    parent: QWidget,
    context: PageContext,
    title: str,
    question: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
) -> None:
    """Ask; on Yes, run `work` off the GUI thread, then `on_done(result)` or show the
    error over `parent`."""
    if confirmed(parent, title, question):
        context.runner.run(work, on_done, lambda error: show_error(parent, error))
