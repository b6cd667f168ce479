"""Render a story to PDF bytes on A4 with page numbers from page 2, centred in the top margin."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tdkt.collector import collector_paused
from tdkt.printing.layout import PORTRAIT, PageLayout
from tdkt.printing.styles import styles

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
        document.build(list(story))
    return buffer.getvalue()
