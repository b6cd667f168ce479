"""A PDF inside the application: preview (QPdfView over a QPdfDocument read from memory),
print it (the pages rasterised by QPdfDocument at the printer's resolution, then painted on
the QPrinter), or save it. Rasterising the pages runs on the worker; the GUI thread only
shows and paints.

`PdfPreviewDialog(runner, title, pdf)` shows bytes already made; the document menus
(ui/widgets/documents.py) make them on the worker, open the dialog and add its save buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.errors import StorageError
from ui.errors import show_error
from ui.tasks import TaskRunner

PRINT_DPI = 300  # pages are rasterised at this resolution at most (laser printers: 300–600)
ZOOMS = (50, 75, 100, 125, 150, 200)


def load_pdf(document: QPdfDocument, data: bytes) -> QBuffer:
    """Load bytes into the document; the returned buffer must outlive the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise StorageError("Không đọc được văn bản PDF vừa tạo.", "Hãy thử lại.")
    return buffer


def rasterise(data: bytes, dpi: float, pages: Sequence[int] | None = None) -> list[QImage]:
    """The pages as images at `dpi` (worker thread: a document of its own, no widget)."""
    document = QPdfDocument()
    buffer = load_pdf(document, data)
    images = []
    for page in pages if pages is not None else range(document.pageCount()):
        size = document.pagePointSize(page)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        images.append(document.render(page, pixels))
    document.close()
    buffer.close()
    return images


def paint_on_printer(printer: QPrinter, images: Sequence[QImage]) -> None:
    """Each image on its own sheet, scaled to the printable area, aspect kept."""
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError("Không mở được máy in.", "Hãy kiểm tra máy in rồi thử lại.")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(area.x(), area.y()), size)
            painter.drawImage(target, image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """The preview, with page count, zoom, print and save."""

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        pdf: bytes,
        parent: QWidget | None = None,
        for_printer: Callable[[str], bytes] | None = None,
    ) -> None:
        """`for_printer(name)` renders the document again for the printer chosen (a
        certificate moved by that printer's measured offset)."""
        super().__init__(parent)
        self._runner = runner
        self._for_printer = for_printer
        self.setWindowTitle(title)
        self.pdf = pdf
        self.document = QPdfDocument(self)
        self._buffer = load_pdf(self.document, pdf)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton("In…")
        self.pages = QLabel(f"{self.document.pageCount()} trang", objectName="countLabel")
        self.zoom = QComboBox()
        self.zoom.addItem("Vừa khổ giấy", 0)
        for percent in ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addWidget(QLabel("Thu phóng:"))
        bar.addWidget(self.zoom)
        bar.addStretch()
        bar.addWidget(self.print_button)
        close = QPushButton("Đóng")
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        self._bar = bar
        self._saves: dict[QObject, Callable[[QWidget], None]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.zoom.currentIndexChanged.connect(lambda _i: self._zoom(self.zoom.currentData()))
        self.print_button.clicked.connect(self.print_document)
        self.resize(980, 760)
        # Tests replace these.
        self.ask_printer: Callable[[QPrinter], bool] = self._ask_printer

    def _zoom(self, value: int) -> None:
        if not value:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(value / 100)

    def add_save_button(self, label: str, save: Callable[[QWidget], None]) -> QPushButton:
        """A button before "Đóng" that saves the document in another way ("Lưu Word…"):
        `save(dialog)`, the dialog passed when clicked rather than held by the callback (a
        callback holding it would keep the closed dialog's wrapper alive past its deletion)."""
        button = QPushButton(label)
        self._saves[button] = save
        button.clicked.connect(self._save_clicked)
        self._bar.insertWidget(self._bar.count() - 1, button)
        return button

    def _save_clicked(self) -> None:
        self._saves[self.sender()](self)

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("In văn bản")
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        """Ask for the printer, rasterise the pages on the worker, paint them here."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        first = self.document.pagePointSize(0) if self.document.pageCount() else None
        if first is not None and first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(printer):
            return
        dpi = min(printer.resolution(), PRINT_DPI)
        pages = _chosen_pages(printer, self.document.pageCount())
        self.print_button.setEnabled(False)
        data, again, name = self.pdf, self._for_printer, printer.printerName()
        self._runner.run(
            lambda: rasterise(again(name) if again else data, dpi, pages),
            lambda images: self._printed(printer, images),
            self._print_failed,
        )

    def _printed(self, printer: QPrinter, images: list[QImage]) -> None:
        self.print_button.setEnabled(True)
        try:
            paint_on_printer(printer, images)
        except StorageError as error:
            show_error(self, error)

    def _print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_error(self, error)


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return list(range(printer.fromPage() - 1, min(printer.toPage(), count)))
    return list(range(count))
