"""Printing from a page, the same everywhere: a button whose menu lists documents, each to
preview in the application (ui/widgets/pdf_preview.py, with its print button), print, or save
as PDF, Word or Excel — whichever formats the document has.

Rendering and writing run on the worker (the printing module is imported there too, through
ui/documents.py); the file dialog, the preview and the printer dialog on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from shiboken6 import isValid

from tdkt.progress import Cancelled, Progress
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.progress_task import ProgressTask
from ui.widgets.save_file import announce, ask_save_path, write_file

if TYPE_CHECKING:  # QtPdf loads with the first preview, not with every page that prints
    from ui.widgets.pdf_preview import PdfPreviewDialog

SAVE_LABELS = {"pdf": "Lưu PDF…", "docx": "Lưu Word…", "xlsx": "Lưu Excel…"}


@dataclass(frozen=True)
class Document:
    """One printable document: its menu label, a file name, a renderer per format ("pdf",
    "docx", "xlsx"; each called on the worker, so it may read the database), and for a
    document printed on pre-printed blanks, `for_printer(name)`: the PDF made again for that
    printer (a certificate moved by the printer's measured offset)."""

    label: str
    file_stem: str
    renderers: dict[str, Callable[[], bytes]]
    for_printer: Callable[[str], bytes] | None = None

    @property
    def previewable(self) -> bool:
        return "pdf" in self.renderers


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


def _ask_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(parent, "Lưu văn bản", suggested)


def _open_viewer(dialog: PdfPreviewDialog) -> None:
    dialog.open()


class DocumentOutput:
    """Preview, print and save for one page. The file dialog (`ask_path(parent, suggested)`)
    and the viewer (`show_viewer(dialog)`) are attributes, so tests replace them."""

    def __init__(self, parent: QWidget, runner: TaskRunner) -> None:
        self._parent = parent
        self._runner = runner
        self.ask_path: Callable[[QWidget, str], Path | None] = _ask_path
        self.show_viewer: Callable[[PdfPreviewDialog], None] = _open_viewer
        self.last_written: Path | None = None
        self.tasks: list[ProgressTask] = []  # documents being made
        self.progress_after_ms = 500  # a quick document shows no window at all

    def preview(self, document: Document, print_now: bool = False) -> None:
        """Make the PDF on the worker, then show it; with `print_now`, ask for the printer
        over the preview at once ("In…")."""

        def shown(pdf: bytes) -> None:
            dialog = self._viewer(document, pdf)
            self.show_viewer(dialog)
            if print_now:
                dialog.print_document()

        self._make(self._parent, document, document.renderers["pdf"], shown)

    def save(
        self,
        document: Document,
        kind: str,
        made: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Ask where, then render (unless `made` already holds the file) and write on the
        worker. `parent` is the window asking (the preview, when saved from it)."""
        asking = parent or self._parent
        path = self.ask_path(asking, f"{document.file_stem}.{kind}")
        if path is None:
            return
        render = document.renderers[kind] if made is None else lambda: made
        self._make(asking, document, lambda: write_rendered(path, render), self._written)

    def _make(
        self,
        parent: QWidget,
        document: Document,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
    ) -> None:
        """`work` makes the document on the worker. A long list takes seconds: the pointer
        and the status bar say so at once, a window with its pages and "Hủy" if it lasts."""
        announce(parent, f"Đang tạo “{document.label}”…")
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # the window stays usable
        task = ProgressTask(
            self._parent, self._runner, document.label, show_after_ms=self.progress_after_ms
        )
        self.tasks.append(task)

        def watched(progress: Progress) -> Any:
            from tdkt.printing.progress import reporting  # the worker loads printing

            with reporting(progress):
                return work()

        def done(result: Any) -> None:
            self._finished(task)
            on_done(result)

        def failed(error: BaseException) -> None:
            self._finished(task)
            if isinstance(error, Cancelled):
                announce(parent if isValid(parent) else self._parent, "Đã dừng.")
                return
            # The preview may have been closed (and deleted) while its file was being made.
            show_error(parent if isValid(parent) else self._parent, error)

        task.start(f"Đang tạo “{document.label}”…", watched, done, failed)

    def _finished(self, task: ProgressTask) -> None:
        self.tasks.remove(task)
        task.deleteLater()
        QApplication.restoreOverrideCursor()

    def _viewer(self, document: Document, pdf: bytes) -> PdfPreviewDialog:
        from ui.widgets.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(
            self._runner, document.label, pdf, self._parent, document.for_printer
        )
        for kind in document.renderers:
            made = pdf if kind == "pdf" else None
            dialog.add_save_button(SAVE_LABELS[kind], partial(self.save, document, kind, made))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _written(self, path: Path) -> None:
        self.last_written = path
        announce(self._parent, f"Đã lưu {path}")  # in the main window's status bar


def fill_menu(menu: QMenu, documents: Sequence[Document], output: DocumentOutput) -> None:
    """One entry list per document (a submenu each when there are several)."""
    for document in documents:
        entries = menu.addMenu(document.label) if len(documents) > 1 else menu
        if document.previewable:
            entries.addAction("Xem trước", partial(output.preview, document))
            entries.addAction("In…", partial(output.preview, document, True))
            entries.addSeparator()
        for kind in document.renderers:
            entries.addAction(SAVE_LABELS[kind], partial(output.save, document, kind))


def document_button(
    text: str,
    documents: Callable[[], Sequence[Document]],
    output: DocumentOutput,
    nothing_chosen: str = "(Chưa chọn mục nào để in)",
) -> QPushButton:
    """A button with a menu built when opened (the documents depend on what is selected)."""
    button = QPushButton(text)
    menu = QMenu(button)

    def fill() -> None:
        menu.clear()
        found = list(documents())
        if not found:
            menu.addAction(nothing_chosen).setEnabled(False)
        fill_menu(menu, found, output)

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button
