"""Certificates (Giấy khen) on pre-printed blanks: each field where the blank's layout puts
it, moved by the printer's measured offset; one page per certificate, a whole batch in one
PDF. The preview draws a plain outline of the blank underneath; the calibration page is a
millimetre grid to measure a printer's offset with."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tdkt.nominations.paper_types import CertificateEntry, CertificatePaper
from tdkt.printing.certificate_layout import CertificateLayout, FieldSpot, load_layout
from tdkt.printing.document import _render_lock
from tdkt.printing.styles import BOLD, BOLD_ITALIC, ITALIC, REGULAR, styles

FONTS = {"regular": REGULAR, "bold": BOLD, "italic": ITALIC, "bolditalic": BOLD_ITALIC}
OUTLINE_GREY = 0.72


def field_values(paper: CertificatePaper, entry: CertificateEntry) -> dict[str, str]:
    return {
        "issuer": paper.issuer_line,
        "recipient": entry.recipient,
        "detail": entry.detail,
        "content": entry.content,
        "place_date": paper.place_date,
        "signer_authority": paper.signer.authority,
        "signer_title": paper.signer.title,
        "signer_name": paper.signer.name,
        "decision": entry.decision,
        "register_no": entry.register_no,
    }


def render_pdf(
    paper: CertificatePaper, *, outline: bool = False, layout: CertificateLayout | None = None
) -> bytes:
    """One page per entry; `outline` sketches the blank underneath (the preview)."""
    layout = layout or load_layout(paper.layout)
    styles()  # the fonts, registered once
    buffer = io.BytesIO()
    with _render_lock:
        canvas = Canvas(buffer, pagesize=layout.page_size)
        canvas.setTitle("Giấy khen")
        for entry in paper.entries or (CertificateEntry("", "", "", "", ""),):
            if outline:
                _outline(canvas, layout)
            values = field_values(paper, entry)
            for spot in layout.fields:
                _draw(canvas, layout, spot, values.get(spot.key, ""), paper.offset_mm)
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def _lines(text: str, spot: FieldSpot) -> list[str]:
    """The text wrapped to the field's width; what does not fit in its lines is shrunk onto
    the last one rather than lost."""
    font = FONTS[spot.style]
    lines = simpleSplit(text, font, spot.size, spot.width * mm) if text else []
    if len(lines) > spot.lines:
        lines = [*lines[: spot.lines - 1], " ".join(lines[spot.lines - 1 :])]
    return lines


def _draw(
    canvas: Canvas,
    layout: CertificateLayout,
    spot: FieldSpot,
    text: str,
    offset: tuple[float, float],
) -> None:
    font = FONTS[spot.style]
    height = layout.page_size[1]
    for index, line in enumerate(_lines(text, spot)):
        size = spot.size
        while size > 6 and canvas.stringWidth(line, font, size) > spot.width * mm:
            size -= 0.5  # a last line carrying an overflow shrinks to the field's width
        canvas.setFont(font, size)
        x = (spot.x + offset[0]) * mm
        y = height - (spot.y + offset[1] + index * spot.leading) * mm
        if spot.align == "center":
            canvas.drawCentredString(x, y, line)
        elif spot.align == "right":
            canvas.drawRightString(x, y, line)
        else:
            canvas.drawString(x, y, line)


def _outline(canvas: Canvas, layout: CertificateLayout) -> None:
    width, height = layout.page_size
    canvas.saveState()
    canvas.setStrokeGray(OUTLINE_GREY)
    canvas.setFillGray(OUTLINE_GREY)
    inset = layout.border_inset * mm
    if inset:
        canvas.setLineWidth(2)
        canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
        canvas.setLineWidth(0.6)
        canvas.rect(inset + 4, inset + 4, width - 2 * inset - 8, height - 2 * inset - 8)
    for text in layout.outline:
        canvas.setFont(FONTS.get(text.style, REGULAR), text.size)
        canvas.drawCentredString(text.x * mm, height - text.y * mm, text.text)
    canvas.restoreState()


def calibration_pdf(layout: CertificateLayout, offset: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """A grid with a line every 10 mm and ticks every millimetre along the edges, and a
    cross at each field's anchor: printed on plain paper and laid over a blank, it shows how
    far the printer shifts (to the right and down) in millimetres."""
    styles()
    buffer = io.BytesIO()
    width, height = layout.page_size
    with _render_lock:
        canvas = Canvas(buffer, pagesize=layout.page_size)
        canvas.setTitle("Trang căn chỉnh phôi")
        _grid(canvas, width, height)
        _anchors(canvas, layout, offset)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(
            25 * mm,
            height - 14 * mm,
            f"TRANG CĂN CHỈNH – {layout.name}. In trên giấy trắng bằng máy in sẽ dùng, đặt "
            "chồng lên phôi và đo độ lệch (mm) của các dấu + so với vị trí trên phôi.",
        )
        canvas.drawString(
            25 * mm,
            height - 19 * mm,
            f"Độ lệch đang áp dụng: sang phải {offset[0]:g} mm, xuống dưới {offset[1]:g} mm. "
            "Nhập độ lệch đo được trong Cài đặt văn bản → Độ lệch máy in.",
        )
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def _grid(canvas: Canvas, width: float, height: float) -> None:
    canvas.setLineWidth(0.2)
    for x_mm in range(0, int(width / mm) + 1):
        x = x_mm * mm
        tick = 4 if x_mm % 10 == 0 else (2.5 if x_mm % 5 == 0 else 1.2)
        canvas.line(x, height, x, height - tick * mm)
        canvas.line(x, 0, x, tick * mm)
        if x_mm % 10 == 0:
            canvas.setStrokeGray(0.8)
            canvas.line(x, 6 * mm, x, height - 6 * mm)
            canvas.setStrokeGray(0)
            canvas.setFont(REGULAR, 6)
            canvas.drawCentredString(x, height - 7 * mm, str(x_mm))
    for y_mm in range(0, int(height / mm) + 1):
        y = height - y_mm * mm
        tick = 4 if y_mm % 10 == 0 else (2.5 if y_mm % 5 == 0 else 1.2)
        canvas.line(0, y, tick * mm, y)
        canvas.line(width, y, width - tick * mm, y)
        if y_mm % 10 == 0:
            canvas.setStrokeGray(0.8)
            canvas.line(6 * mm, y, width - 6 * mm, y)
            canvas.setStrokeGray(0)
            canvas.setFont(REGULAR, 6)
            canvas.drawString(5 * mm, y + 1, str(y_mm))


def _anchors(canvas: Canvas, layout: CertificateLayout, offset: tuple[float, float]) -> None:
    height = layout.page_size[1]
    canvas.setLineWidth(0.6)
    canvas.setFont(REGULAR, 7)
    for spot in layout.fields:
        x, y = (spot.x + offset[0]) * mm, height - (spot.y + offset[1]) * mm
        canvas.line(x - 3 * mm, y, x + 3 * mm, y)
        canvas.line(x, y - 3 * mm, x, y + 3 * mm)
        canvas.drawString(x + 1.5 * mm, y + 1.5 * mm, f"{spot.key} ({spot.x:g}; {spot.y:g})")
