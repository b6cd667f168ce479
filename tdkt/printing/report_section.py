"""The award section of a report, ready to paste: the paragraph and its bullet lines in the
body style of official documents, then the table of counts by title and form, then what
was not counted. PDF to print and read, DOCX to copy into the report being written."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from reportlab.lib.colors import black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tdkt.catalog.types import LEVELS
from tdkt.printing import word
from tdkt.printing.blocks import p
from tdkt.printing.document import render_pdf
from tdkt.printing.layout import PORTRAIT
from tdkt.printing.styles import styles
from tdkt.reports.types import Statistics
from tdkt.reports.writer import ReportSection

HEADERS = (
    "STT",
    "Danh hiệu, hình thức",
    "Cấp",
    "Tập thể",
    "Cá nhân",
    "Nữ",
    "Lãnh đạo",
    "Trực tiếp",
)
WIDTHS_MM = (11, 52, 21, 15, 15, 12, 19, 20)  # 165 mm: the portrait frame


def title_lines(statistics: Statistics) -> tuple[str, str]:
    period = statistics.period
    return (
        f"KẾT QUẢ KHEN THƯỞNG {period.words.upper()}",
        f"(theo ngày quyết định, {period.range_text})",
    )


def table_rows(statistics: Statistics) -> list[list[str]]:
    """The counts table as text: one row per title, most senior first, then the total."""
    rows = []
    for number, item in enumerate(statistics.titles, start=1):
        tally = item.tally
        rows.append(
            [
                str(number),
                item.title.name,
                LEVELS.get(item.title.level, item.title.level),
                *(str(n) for n in _numbers(tally)),
            ]
        )
    rows.append(["", "Tổng số", "", *(str(n) for n in _numbers(statistics.total))])
    return rows


def _numbers(tally) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    return tally.units, tally.people, tally.women, tally.leaders, tally.direct_workers


def render_section_pdf(section: ReportSection, statistics: Statistics) -> bytes:
    heading, subheading = title_lines(statistics)
    story: list[Flowable] = [p(heading, "doc_type"), p(subheading, "note"), Spacer(1, 10)]
    story.append(p(f"- {section.intro}", "body"))
    story += [p(f"+ {line}", "body") for line in section.lines]
    if statistics.titles:
        story += [Spacer(1, 8), p("Số liệu chi tiết", "heading"), _pdf_table(statistics)]
    story += [Spacer(1, 8)] + [_note(note) for note in section.notes]
    return render_pdf(story, PORTRAIT, title=heading)


def _note(text: str) -> Paragraph:
    style = ParagraphStyle("note_left", parent=styles()["note"], alignment=TA_LEFT, fontSize=12)
    return Paragraph(escape(text), style)


def _pdf_table(statistics: Statistics) -> Table:
    rows = table_rows(statistics)
    cells = [[p(h, "cell_head") for h in HEADERS]]
    for row in rows:
        cells.append(
            [p(row[0], "cell_center"), p(row[1], "cell_bold" if not row[0] else "cell")]
            + [p(value, "cell_center") for value in row[2:]]
        )
    table = Table(cells, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render_section_docx(section: ReportSection, statistics: Statistics) -> bytes:
    document = word.new_document(PORTRAIT, font_size=14)
    heading, subheading = title_lines(statistics)
    _centred(document, heading, bold=True)
    _centred(document, subheading, italic=True)
    document.add_paragraph()
    for text in [f"- {section.intro}", *(f"+ {line}" for line in section.lines)]:
        _body(document, text)
    if statistics.titles:
        _body(document, "Số liệu chi tiết", bold=True, indent=False)
        _docx_table(document, table_rows(statistics))
    for note in section.notes:
        _body(document, note, italic=True, indent=False, size=12)
    return word.to_bytes(document)


def _centred(document, text: str, **options: object) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word.write(paragraph, text, **options)  # type: ignore[arg-type]


def _body(document, text: str, indent: bool = True, **options: object) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.space_after = Pt(6)
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(1)
    word.write(paragraph, text, **options)  # type: ignore[arg-type]


def _docx_table(document, rows: Sequence[Sequence[str]]) -> None:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, HEADERS, strict=True):
        word.cell_lines(cell, [(header, {"bold": True, "size": 12})])
    for row in rows:
        cells = table.add_row().cells
        for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
            align = WD_ALIGN_PARAGRAPH.LEFT if column == 1 else WD_ALIGN_PARAGRAPH.CENTER
            word.cell_lines(cell, [(value, {"size": 12, "bold": not row[0]})], align)
    # Word reads the cell widths, LibreOffice the grid columns: set both, and no autofit.
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_MM, strict=True):
        column.width = Cm(width / 10)
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS_MM, strict=True):
            cell.width = Cm(width / 10)
