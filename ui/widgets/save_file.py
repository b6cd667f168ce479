"""Saving a document the domain produces: ask where, then produce and write it on the
worker thread, and tell the user where it went (in the window's status bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from tdkt.errors import StorageError
from ui.context import PageContext
from ui.errors import show_error

FILTERS = {
    ".pdf": "Tệp PDF (*.pdf)",
    ".docx": "Văn bản Word (*.docx)",
    ".xlsx": "Bảng tính Excel (*.xlsx)",
}
_last_folder: Path | None = None


def _folder() -> Path:
    if _last_folder is not None:
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def safe_file_name(name: str) -> str:
    """A name every file system accepts: no slashes, colons or other reserved characters."""
    kept = "".join(" " if c in '<>:"/\\|?*' else c for c in name)
    return " ".join(kept.split()) or "tai-lieu"


def ask_save_path(parent: QWidget | None, caption: str, suggested: str) -> Path | None:
    """The file the user chose, with the suggested extension; None if cancelled."""
    global _last_folder
    suffix = Path(suggested).suffix
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(_folder() / safe_file_name(suggested)), FILTERS.get(suffix, "")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _last_folder = path.parent
    return path


def write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise StorageError(
            f"Không ghi được tệp {path}: {error.strerror or error}.",
            "Tệp có thể đang mở trong Word hoặc Excel: hãy đóng nó, hoặc chọn tên khác.",
        ) from error


def announce(widget: QWidget, text: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)


def save_document(
    parent: QWidget,
    context: PageContext,
    produce: Callable[[], bytes],
    caption: str,
    suggested: str,
    on_saved: Callable[[Path], None] | None = None,
) -> None:
    """Ask for a path, then produce the bytes and write them off the GUI thread."""
    path = ask_save_path(parent, caption, suggested)
    if path is None:
        return

    def work() -> Path:
        write_file(path, produce())
        return path

    def done(saved: Path) -> None:
        announce(parent, f"Đã lưu {saved}")
        if on_saved is not None:
            on_saved(saved)

    context.runner.run(work, done, lambda error: show_error(parent, error))
