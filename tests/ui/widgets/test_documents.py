"""The document menu every page uses (ui/widgets/documents.py): one entry per format the
document has, the preview opens in the application with the rendered bytes, "In…" asks for
the printer over it (a certificate made again for the printer chosen), saving renders and
writes on the worker, and the printing module is looked up there too."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QPushButton, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tdkt.errors import TdktError
from tests.ui.queued_runner import QueuedRunner
from ui.tasks import SyncTaskRunner
from ui.widgets.documents import Document, DocumentOutput, document_button, printed
from ui.widgets.pdf_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def pdf_of(*pages: str) -> bytes:
    data = io.BytesIO()
    canvas = Canvas(data, pagesize=A4)
    for text in pages:
        canvas.drawString(72, 760, text)
        canvas.showPage()
    canvas.save()
    return data.getvalue()


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


class Printer:
    """A printing module's stand-in: records which renderer was looked up, and when."""

    def __init__(self) -> None:
        self.looked_up: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.looked_up.append(name)
        return {
            "render_pdf": lambda paper: pdf_of(f"Danh sach {paper}"),
            "render_docx": lambda paper: b"PK docx " + paper.encode(),
            "render_xlsx": lambda paper: b"PK xlsx " + paper.encode(),
        }[name]


@pytest.fixture
def runner() -> QueuedRunner:
    return QueuedRunner()


@pytest.fixture
def page(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def output(page, runner, tmp_path) -> DocumentOutput:  # type: ignore[no-untyped-def]
    output = DocumentOutput(page, runner)
    output.ask_path = lambda _parent, suggested: tmp_path / suggested
    output.shown = []  # type: ignore[attr-defined]
    output.show_viewer = output.shown.append  # type: ignore[attr-defined]
    return output


def opened_menu(page: QWidget, button: QPushButton) -> QMenu:
    """The button's menu as the user opens it, the button on the page (which keeps it)."""
    button.setParent(page)
    menu = button.menu()
    menu.aboutToShow.emit()
    return menu


def entries(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def entry(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(action for action in menu.actions() if action.text() == text)


def bar_buttons(viewer: PdfPreviewDialog) -> list[str]:
    """The preview's buttons, left to right."""
    bar = viewer.layout().itemAt(0).layout()
    widgets = (bar.itemAt(index).widget() for index in range(bar.count()))
    return [widget.text() for widget in widgets if isinstance(widget, QPushButton)]


def test_one_entry_per_format_the_document_has(page, output):
    everything = printed("Sổ", "so", Printer(), lambda: "2025")
    word_only = printed("Phiếu", "phieu", Printer(), lambda: "2025", ("docx",))
    menu = opened_menu(page, document_button("In", lambda: [everything], output))
    assert entries(menu) == ["Xem trước", "In…", "Lưu PDF…", "Lưu Word…", "Lưu Excel…"]
    menu = opened_menu(page, document_button("In", lambda: [everything, word_only], output))
    assert entries(menu) == ["Sổ", "Phiếu"]
    submenus = [action.menu() for action in menu.actions()]
    assert entries(submenus[1]) == ["Lưu Word…"]  # nothing to preview or print without a PDF


def test_an_empty_menu_says_why(page, output):
    menu = opened_menu(page, document_button("Văn bản", lambda: [], output, "(Chọn một đợt)"))
    (only,) = menu.actions()
    assert only.text() == "(Chọn một đợt)" and not only.isEnabled()


def test_the_printing_module_is_looked_up_on_the_worker(page, output, runner):
    printer = Printer()
    menu = opened_menu(
        page, document_button("In", lambda: [printed("Sổ", "so", printer, str)], output)
    )
    entry(menu, "Xem trước").trigger()
    assert printer.looked_up == []  # the menu built, the preview asked: nothing imported yet
    runner.drain()
    assert printer.looked_up == ["render_pdf"]


def test_the_preview_shows_the_rendered_pdf_with_a_save_button_per_format(page, output, runner):
    document = printed("Sổ đăng ký", "so-dang-ky", Printer(), lambda: "2025", ("pdf", "docx"))
    menu = opened_menu(page, document_button("In", lambda: [document], output))
    entry(menu, "Xem trước").trigger()
    assert output.shown == []
    runner.drain()
    (viewer,) = output.shown
    assert isinstance(viewer, PdfPreviewDialog) and viewer.windowTitle() == "Sổ đăng ký"
    assert "Danh sach 2025" in text_of(viewer.pdf)
    assert viewer.document.pageCount() == 1 and viewer.print_button.isEnabled()
    assert bar_buttons(viewer) == ["In…", "Lưu PDF…", "Lưu Word…", "Đóng"]


def test_saving_renders_and_writes_on_the_worker(page, output, runner, tmp_path):
    document = printed("Sổ", "so-2025", Printer(), lambda: "2025")
    menu = opened_menu(page, document_button("In", lambda: [document], output))
    entry(menu, "Lưu Excel…").trigger()
    target = tmp_path / "so-2025.xlsx"
    assert not target.exists() and output.last_written is None
    runner.drain()
    assert target.read_bytes() == b"PK xlsx 2025" and output.last_written == target


def test_a_cancelled_file_dialog_makes_nothing(output, runner):
    output.ask_path = lambda _parent, _suggested: None
    output.save(printed("Sổ", "so", Printer(), str), "docx")
    assert runner.queued == []


def test_saving_from_the_preview_writes_the_pdf_it_shows(output, runner, tmp_path):
    made: list[str] = []

    def render() -> bytes:
        made.append("pdf")
        return pdf_of("Giay khen")

    output.preview(Document("Giấy khen", "giay-khen", {"pdf": render}))
    runner.drain()
    (viewer,) = output.shown
    save = next(b for b in viewer.findChildren(QPushButton) if b.text() == "Lưu PDF…")
    save.click()
    runner.drain()
    assert (tmp_path / "giay-khen.pdf").read_bytes() == viewer.pdf and made == ["pdf"]


def test_a_save_is_announced_in_the_main_window(qtbot, runner, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    output = DocumentOutput(window, runner)
    output.ask_path = lambda _parent, suggested: tmp_path / suggested
    output.save(printed("Sổ", "so", Printer(), lambda: "2025"), "docx")
    runner.drain()
    assert window.statusBar().currentMessage() == f"Đã lưu {tmp_path / 'so.docx'}"


def test_while_a_document_is_made_the_pointer_and_the_status_bar_say_so(qtbot, runner, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    output = DocumentOutput(window, runner)
    output.ask_path = lambda _parent, suggested: tmp_path / suggested
    output.save(printed("Sổ", "so", Printer(), lambda: "2025"), "docx")
    assert window.statusBar().currentMessage() == "Đang tạo “Sổ”…"
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    (task,) = output.tasks
    assert not task.dialog.isVisible()  # its window only if it lasts half a second
    runner.drain()
    assert QApplication.overrideCursor() is None


def test_a_long_document_shows_its_pages_and_can_be_stopped(qtbot, runner, monkeypatch):
    from reportlab.platypus import PageBreak, Paragraph

    from tdkt.printing.document import render_pdf
    from tdkt.printing.styles import styles

    said: list[str] = []
    monkeypatch.setattr("ui.errors.QMessageBox.warning", lambda _p, _t, text: said.append(text))
    window = QMainWindow()
    qtbot.addWidget(window)
    output = DocumentOutput(window, runner)
    output.progress_after_ms = 0  # at once (a document that lasts: after half a second)
    output.show_viewer = said.append  # type: ignore[assignment]
    story = [f for n in range(20) for f in (Paragraph(f"Trang {n}", styles()["body"]), PageBreak())]
    output.preview(Document("Danh sách dài", "ds", {"pdf": lambda: render_pdf(story)}))
    (task,) = output.tasks
    assert task.dialog is not None and task.dialog.isVisible()
    next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "Hủy").click()
    runner.drain()
    assert said == [] and output.tasks == []  # no viewer, no error
    assert window.statusBar().currentMessage() == "Đã dừng."
    assert QApplication.overrideCursor() is None


def test_a_failed_document_gives_the_pointer_back(page, output, runner, monkeypatch):
    monkeypatch.setattr("ui.errors.QMessageBox.warning", lambda *_args: None)

    def refuse() -> bytes:
        raise TdktError("Không tạo được.")

    output.preview(Document("Giấy khen", "gk", {"pdf": refuse}))
    assert QApplication.overrideCursor() is not None
    runner.drain()
    assert QApplication.overrideCursor() is None


def test_a_failure_after_the_preview_closed_is_shown_over_the_page(
    page, output, runner, monkeypatch
):
    said: list[tuple[QWidget, str]] = []
    monkeypatch.setattr(
        "ui.errors.QMessageBox.warning", lambda parent, _title, text: said.append((parent, text))
    )
    output.preview(Document("Giấy khen", "gk", {"pdf": lambda: pdf_of("Giay khen")}))
    runner.drain()
    (viewer,) = output.shown

    def refuse() -> bytes:
        raise TdktError("Không lưu được.")

    output.save(Document("Giấy khen", "gk", {"docx": refuse}), "docx", None, viewer)
    shiboken6.delete(viewer)  # closed (WA_DeleteOnClose) while the worker was busy
    runner.drain()
    assert said == [(page, "Không lưu được.")]


def print_to(target: Path) -> Callable[[PdfPreviewDialog], None]:
    def shown(viewer: PdfPreviewDialog) -> None:
        def to_file(printer: QPrinter) -> bool:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            return True

        viewer.ask_printer = to_file

    return shown


def test_print_asks_for_the_printer_over_the_preview(page, tmp_path):
    output = DocumentOutput(page, SyncTaskRunner())  # the printing, too, goes to the worker
    output.show_viewer = print_to(tmp_path / "in-ra.pdf")
    document = Document("Danh sách", "ds", {"pdf": lambda: pdf_of("Trang 1", "Trang 2")})
    menu = opened_menu(page, document_button("In", lambda: [document], output))
    entry(menu, "In…").trigger()
    printed_out = QPdfDocument()
    printed_out.load(str(tmp_path / "in-ra.pdf"))
    assert printed_out.pageCount() == 2


def test_a_certificate_is_printed_with_that_printers_offset(page, tmp_path):
    output = DocumentOutput(page, SyncTaskRunner())
    output.show_viewer = print_to(tmp_path / "gk.pdf")
    asked: list[str] = []

    def for_printer(name: str) -> bytes:
        asked.append(name)
        return pdf_of("Giay khen, lech theo may in")

    certificate = Document("Giấy khen", "gk", {"pdf": lambda: pdf_of("Giay khen")}, for_printer)
    output.preview(certificate, print_now=True)
    assert len(asked) == 1 and (tmp_path / "gk.pdf").stat().st_size > 0


def test_a_failed_render_is_explained(output, runner, warnings):
    def refuse() -> bytes:
        raise TdktError("Đợt trộn nhiều cấp quyết định, không in được tờ trình.")

    output.preview(Document("Tờ trình", "to-trinh", {"pdf": refuse}))
    runner.drain()
    assert warnings == ["Đợt trộn nhiều cấp quyết định, không in được tờ trình."]
    assert output.shown == []
