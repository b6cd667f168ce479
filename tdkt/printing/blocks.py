"""The fixed blocks of an official document: the header (agency left, national motto right),
the title lines, and the closing block (Nơi nhận left, signature right)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tdkt.agency.types import AgencySettings
from tdkt.printing.styles import styles

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class CenteredRule(Flowable):
    """A solid line of a given length, centred in its cell (under the agency and the motto)."""

    def __init__(self, length: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, 7

    def draw(self) -> None:
        start = (self._available - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(start, 1, start + self.length, 1)  # at the bottom: clear of the text


@dataclass(frozen=True)
class Signer:
    """Who signs: `authority` is e.g. "KT. GIÁM ĐỐC" when a deputy signs, else empty."""

    title: str
    name: str
    authority: str = ""


def p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def header_block(agency: AgencySettings, number: str, place_date: str, width: float) -> Table:
    """Agency and number on the left, national title and place-date on the right."""
    s = styles()
    name = agency.name.upper()
    left_w, right_w = width * 0.42, width * 0.58
    rows = [
        [p(agency.parent_agency.upper(), "header"), p(NATION, "header_bold")],
        [p(name, "header_bold"), p(MOTTO, "motto")],
        [
            CenteredRule(stringWidth(name, s["header_bold"].fontName, 12.5) / 3),
            CenteredRule(stringWidth(MOTTO, s["motto"].fontName, 13.5)),
        ],
        [p(number, "number") if number else "", p(place_date, "place_date")],
    ]
    table = Table(rows, colWidths=[left_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 3), (-1, 3), 6),
            ]
        )
    )
    return table


def title_block(doc_type: str, subject_lines: Sequence[str] = (), note: str = "") -> list[Flowable]:
    """ "TỜ TRÌNH" / "DANH SÁCH ..." with its summary lines and an optional italic note."""
    story: list[Flowable] = [Spacer(1, 10), p(doc_type.upper(), "doc_type")]
    story += [p(line, "subject") for line in subject_lines]
    if note:
        story.append(p(note, "note"))
    if subject_lines:
        longest = max(stringWidth(line, styles()["subject"].fontName, 14) for line in subject_lines)
        story.append(CenteredRule(min(longest, 200) * 0.5))
    story.append(Spacer(1, 8))
    return story


def closing_block(signer: Signer, recipients: Sequence[str], width: float) -> Table:
    """ "Nơi nhận:" and its list on the left, the signature on the right."""
    left = [p("Nơi nhận:", "recipients_title")] + [p(r, "recipients") for r in recipients]
    right = []
    if signer.authority:
        right.append(p(signer.authority.upper(), "sign_authority"))
    right += [p(signer.title.upper(), "sign_authority"), Spacer(1, 62), p(signer.name, "sign_name")]
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
