"""Printing from a page: a button whose menu lists documents, each to preview (the PDF opens
in the system's viewer) or to save as PDF, Word or Excel. Rendering and writing run on the
worker; the file dialog and the viewer on the GUI thread."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.save_file import ask_save_path, write_file

FORMATS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)"}
FORMAT_LABELS = {"pdf": "Lưu PDF…", "docx": "Lưu Word…", "xlsx": "Lưu Excel…"}


@dataclass(frozen=True)
class Document:
    """One printable document: its menu label, a file name, and a renderer per format (each
    called on the worker, so it may read the database)."""

    label: str
    file_stem: str
    renderers: dict[str, Callable[[], bytes]]


def printed(
    label: str,
    file_stem: str,
    printer: ModuleType | Any,
    source: Callable[[], Any],
    formats: Sequence[str] = ("pdf", "docx", "xlsx"),
) -> Document:
    """A document a printing module renders (its `render_pdf`, `render_docx` ...) from what
    `source` assembles; both run on the worker, once for each file made. The renderer is
    looked up there too: a module of ui.documents is imported then, not on the GUI thread."""
    return Document(
        label,
        file_stem,
        {kind: partial(_render, printer, f"render_{kind}", source) for kind in formats},
    )


def _render(printer: ModuleType | Any, renderer: str, source: Callable[[], Any]) -> bytes:
    return getattr(printer, renderer)(source())


def write_rendered(path: Path, render: Callable[[], bytes]) -> Path:
    write_file(path, render())
    return path


class DocumentOutput:
    """Preview and save, with the file dialog and the viewer replaceable (tests)."""

    def __init__(self, parent: QWidget, runner: TaskRunner) -> None:
        self._parent = parent
        self._runner = runner
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.ask_path: Callable[[str, str], str] = self._ask_path
        self.preview_dir = Path(tempfile.gettempdir()) / "tdkt-xem-truoc"
        self.last_written: Path | None = None

    def preview(self, document: Document) -> None:
        target = self.preview_dir / f"{document.file_stem}.pdf"
        render = document.renderers["pdf"]

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            return write_rendered(target, render)

        self._runner.run(work, self._opened, lambda error: show_error(self._parent, error))

    def save(self, document: Document, kind: str) -> None:
        chosen = self.ask_path(f"{document.file_stem}.{kind}", FORMATS[kind])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        render = document.renderers[kind]
        self._runner.run(
            lambda: write_rendered(path, render),
            self._written,
            lambda e: show_error(self._parent, e),
        )

    def _opened(self, path: Path) -> None:
        self.last_written = path
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _written(self, path: Path) -> None:
        self.last_written = path

    def _ask_path(self, suggested: str, _file_filter: str) -> str:
        chosen = ask_save_path(self._parent, "Lưu văn bản", suggested)
        return str(chosen) if chosen is not None else ""


def document_button(
    text: str, documents: Callable[[], Sequence[Document]], output: DocumentOutput
) -> QPushButton:
    """A button with a menu built when opened (the documents depend on what is selected)."""
    button = QPushButton(text)
    menu = QMenu(button)

    def fill() -> None:
        menu.clear()
        found = list(documents())
        if not found:
            menu.addAction("(Chưa chọn mục nào để in)").setEnabled(False)
        for document in found:
            sub = menu.addMenu(document.label) if len(found) > 1 else menu
            if "pdf" in document.renderers:
                sub.addAction("Xem trước (PDF)", lambda d=document: output.preview(d))
            for kind in document.renderers:
                sub.addAction(FORMAT_LABELS[kind], lambda d=document, k=kind: output.save(d, k))

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button
