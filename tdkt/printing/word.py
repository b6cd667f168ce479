"""The same official layout in an editable Word file (python-docx): page, font, header,
closing block, page numbers from page 2."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from tdkt.agency.types import AgencySettings
from tdkt.printing.blocks import MOTTO, NATION, Signer
from tdkt.printing.layout import PORTRAIT, PageLayout

POINTS_PER_MM = 72 / 25.4
WORD_FONT = "Times New Roman"


def new_document(layout: PageLayout = PORTRAIT, font_size: float = 13.5):  # type: ignore[no-untyped-def]
    """An empty A4 document with the layout's margins and the document font everywhere."""
    document = Document()
    section = document.sections[0]
    if layout.width > layout.height:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(round(layout.width / POINTS_PER_MM))
    section.page_height = Mm(round(layout.height / POINTS_PER_MM))
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Mm(round(getattr(layout, side) / POINTS_PER_MM)))
    # Word files name the official font; Word and LibreOffice substitute a metric-compatible
    # one (Liberation Serif, Tinos) where Times New Roman is missing.
    family = WORD_FONT
    normal = document.styles["Normal"]
    normal.font.name = family
    normal.font.size = Pt(font_size)
    # Word takes the font of Vietnamese letters from the East Asian / complex slots too.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:eastAsia", "w:cs", "w:hAnsi"):
        fonts.set(qn(slot), family)
    normal.paragraph_format.space_after = Pt(0)
    _page_numbers_from_second_page(section)
    return document


def _page_numbers_from_second_page(section) -> None:  # type: ignore[no-untyped-def]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def write(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> Paragraph:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    return paragraph


def cell_lines(
    cell: _Cell, lines: Sequence[tuple[str, dict]], align=WD_ALIGN_PARAGRAPH.CENTER
) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Fill a cell with lines, each `(text, {"bold": ..., "italic": ..., "size": ...})`."""
    first = True
    for text, options in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.alignment = align
        write(paragraph, text, **options)


def _borderless(table: Table) -> None:
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _split_widths(document, table: Table, left_share: float) -> None:  # type: ignore[no-untyped-def]
    """Fix a two-column table's widths (Word ignores column widths unless cells carry them)."""
    section = document.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    widths = (int(usable * left_share), int(usable * (1 - left_share)))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def header_block(document, agency: AgencySettings, number: str, place_date: str) -> Table:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    _split_widths(document, table, 0.40)  # the national title needs the wider column
    left, right = table.rows[0].cells
    cell_lines(
        left,
        [
            (agency.parent_agency.upper(), {"size": 12.5}),
            (agency.name.upper(), {"bold": True, "size": 12.5}),
            ("———", {"size": 8}),
            (number, {"size": 13}),
        ],
    )
    cell_lines(
        right,
        [
            (NATION, {"bold": True, "size": 12.5}),
            (MOTTO, {"bold": True, "size": 13.5}),
            ("—————————————", {"size": 8}),
            (place_date, {"italic": True, "size": 13.5}),
        ],
    )
    return table


def title_block(document, doc_type: str, subject_lines: Sequence[str] = (), note: str = "") -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph()
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write(heading, doc_type.upper(), bold=True, size=14)
    for line in subject_lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        write(paragraph, line, bold=True, size=14)
    if note:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        write(paragraph, note, italic=True, size=13)
    document.add_paragraph()


def closing_block(document, signer: Signer, recipients: Sequence[str]) -> Table:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    left, right = table.rows[0].cells
    cell_lines(
        left,
        [("Nơi nhận:", {"bold": True, "italic": True, "size": 12})]
        + [(r, {"size": 11}) for r in recipients],
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    lines = [(signer.authority.upper(), {"bold": True})] if signer.authority else []
    lines += [
        (signer.title.upper(), {"bold": True}),
        ("", {}),
        ("", {}),
        ("", {}),
        (signer.name, {"bold": True}),
    ]
    cell_lines(right, lines)
    return table


def to_bytes(document) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_plain_row(
    table: Table,
    texts: Sequence[str],
    widths: Sequence[int],  # twentieths of a point (dxa), one per cell
    centered: Sequence[bool],
    size: float,
    *,
    bold: bool = False,
) -> None:
    """A table row written as XML directly: python-docx's objects cost about 4 ms a row,
    which a list of a thousand lines feels. A text with "\\n" gives a paragraph per line;
    a single text in a row of several widths spans them all."""
    row = OxmlElement("w:tr")
    spanned = len(texts) == 1 and len(widths) > 1
    for index, text in enumerate(texts):
        cell = _sub(row, "w:tc")
        properties = _sub(cell, "w:tcPr")
        width = sum(widths) if spanned else widths[index]
        _sub(properties, "w:tcW", {"w:w": str(width), "w:type": "dxa"})
        if spanned:
            _sub(properties, "w:gridSpan", {"w:val": str(len(widths))})
        for part in text.split("\n"):
            paragraph = _sub(cell, "w:p")
            if centered[index]:
                _sub(_sub(paragraph, "w:pPr"), "w:jc", {"w:val": "center"})
            run = _sub(paragraph, "w:r")
            run_properties = _sub(run, "w:rPr")
            if bold:
                _sub(run_properties, "w:b")
            _sub(run_properties, "w:sz", {"w:val": str(round(size * 2))})
            _sub(run, "w:t", {"xml:space": "preserve"}).text = part
    table._tbl.append(row)


def _sub(parent, tag: str, attributes: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    element = OxmlElement(tag)
    for name, value in (attributes or {}).items():
        element.set(qn(name), value)
    parent.append(element)
    return element
