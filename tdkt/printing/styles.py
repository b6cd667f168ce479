"""Paragraph styles of official documents (sizes per NĐ 30/2020 Phụ lục I)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from tdkt.printing.fonts import FAMILY, register_fonts

REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    f"{FAMILY}-{s}" for s in ("regular", "bold", "italic", "bolditalic")
)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()

    def style(
        name: str,
        font: str = REGULAR,
        size: float = 13,
        align: int = TA_LEFT,
        leading: float | None = None,
        **extra: object,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            alignment=align,
            leading=leading or size * 1.25,
            **extra,
        )

    return {
        "header": style("header", REGULAR, 12.5, TA_CENTER, 15),
        "header_bold": style("header_bold", BOLD, 12.5, TA_CENTER, 15),
        "motto": style("motto", BOLD, 13.5, TA_CENTER, 16),
        "number": style("number", REGULAR, 13, TA_CENTER),
        "place_date": style("place_date", ITALIC, 13.5, TA_CENTER),
        "doc_type": style("doc_type", BOLD, 14, TA_CENTER, 18, spaceBefore=12),
        "subject": style("subject", BOLD, 14, TA_CENTER, 17),
        "note": style("note", ITALIC, 13, TA_CENTER, 16),
        "body": style(
            "body", REGULAR, 13.5, TA_JUSTIFY, 18, firstLineIndent=1.0 * cm, spaceAfter=6
        ),
        "body_left": style("body_left", REGULAR, 13.5, TA_LEFT, 18, spaceAfter=6),
        "plain_center": style("plain_center", REGULAR, 13.5, TA_CENTER, 18, spaceAfter=6),
        "bold_center": style("bold_center", BOLD, 13.5, TA_CENTER, 18, spaceBefore=6, spaceAfter=6),
        "heading": style("heading", BOLD, 13.5, TA_LEFT, 18, spaceBefore=6, spaceAfter=3),
        "recipients_title": style("recipients_title", BOLD_ITALIC, 12, TA_LEFT, 14),
        "recipients": style("recipients", REGULAR, 11, TA_LEFT, 13),
        "sign_authority": style("sign_authority", BOLD, 13.5, TA_CENTER, 17),
        "sign_name": style("sign_name", BOLD, 13.5, TA_CENTER, 17),
        "cell": style("cell", REGULAR, 11.5, TA_LEFT, 14),
        "cell_center": style("cell_center", REGULAR, 11.5, TA_CENTER, 14),
        "cell_head": style("cell_head", BOLD, 11.5, TA_CENTER, 14),
        "cell_bold": style("cell_bold", BOLD, 11.5, TA_LEFT, 14),
        "page_number": style("page_number", REGULAR, 13, TA_CENTER),
    }
