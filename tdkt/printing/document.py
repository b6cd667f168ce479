"""Render a story to PDF bytes on A4 with page numbers from page 2, centred in the top margin."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tdkt.collector import collector_paused
from tdkt.printing.layout import PORTRAIT, PageLayout
from tdkt.printing.progress import watching
from tdkt.printing.styles import styles
from tdkt.progress import Progress, check_cancelled

# ReportLab keeps global state (fonts, caches): render one document at a time.
_render_lock = threading.Lock()


def _number_pages(canvas: Canvas, document: BaseDocTemplate) -> None:
    page = canvas.getPageNumber()
    if page < 2:  # NĐ 30/2020: no number on the first page
        return
    style = styles()["page_number"]
    layout: PageLayout = document.tdkt_layout  # type: ignore[attr-defined]
    canvas.saveState()
    canvas.setFont(style.fontName, style.fontSize)
    canvas.drawCentredString(layout.width / 2, layout.height - layout.top / 2 - 4, str(page))
    canvas.restoreState()


def _no_numbers(_canvas: Canvas, _document: BaseDocTemplate) -> None:
    pass


REPORT_EVERY_S = 0.1  # a report is a repaint of the progress window on the GUI thread


class _LayoutProgress:
    """ReportLab's progress calls (`kind`, value) as a fraction of the flowables laid out
    and the page reached, for whoever watches (tdkt.printing.progress), at most every
    REPORT_EVERY_S (ReportLab calls for every piece of a split table: hundreds of reports a
    second kept the window repainting instead of answering); stops the layout with
    Cancelled when asked. A long list is one table split across pages, so the page number
    is what moves."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._total = self._done = self._page = 0
        self._next_report = 0.0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = value
        elif kind == "PROGRESS":
            self._done = value
        elif kind == "PAGE":
            self._page = value
        else:
            return
        check_cancelled(self._progress)
        now = time.monotonic()
        if now < self._next_report:
            return
        self._next_report = now + REPORT_EVERY_S
        fraction = min(self._done / self._total, 1.0) if self._total else 0.0
        page = f" {self._page}" if self._page else ""
        self._progress.report(fraction, f"Đang dàn trang{page}…")


def render_pdf(
    story: Sequence[Flowable],
    layout: PageLayout = PORTRAIT,
    title: str = "",
    author: str = "TĐKT",
    *,
    page_numbers: bool = True,  # False for stacks of one-page forms (ballot sheets)
) -> bytes:
    buffer = io.BytesIO()
    with _render_lock, collector_paused(keep=False):
        document = BaseDocTemplate(
            buffer,
            pagesize=(layout.width, layout.height),
            title=title,
            author=author,
            leftMargin=layout.left,
            rightMargin=layout.right,
            topMargin=layout.top,
            bottomMargin=layout.bottom,
        )
        document.tdkt_layout = layout  # type: ignore[attr-defined]
        frame = Frame(
            layout.left,
            layout.bottom,
            layout.frame_width,
            layout.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        on_page = _number_pages if page_numbers else _no_numbers
        document.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        document.setProgressCallBack(_LayoutProgress(watching()))
        document.build(list(story))
    return buffer.getvalue()
