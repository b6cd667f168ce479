"""A small document model for the council's papers, written once and rendered twice: to PDF
(ReportLab, on the shared blocks) and to an editable Word file (python-docx).

A document is the NĐ 30 header, a title, then blocks: paragraphs, headings, grid tables,
signature rows and page breaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Emu, Pt
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from tdkt.agency.types import AgencySettings
from tdkt.printing import blocks, word
from tdkt.printing.blocks import Signer
from tdkt.printing.document import render_pdf
from tdkt.printing.layout import PORTRAIT, PageLayout
from tdkt.printing.styles import BOLD


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body | body_left | heading | note | center | small


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative
    centered: frozenset[int] = frozenset()  # columns centred (the first is always)
    roomy: bool = False  # taller rows, with room to sign


@dataclass(frozen=True)
class Signatures:
    """Signers side by side (the secretary left, the chair right, as biên bản are signed)."""

    signers: tuple[Signer, ...]


@dataclass(frozen=True)
class Closing:
    """ "Nơi nhận:" and its list on the left, the signature on the right (letters,
    decisions)."""

    signer: Signer
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class Break:
    pass


Block = Para | Grid | Signatures | Closing | Break


@dataclass(frozen=True)
class Heading:
    """What stands above the blocks: the header and the title."""

    agency: AgencySettings
    number: str
    place_date: str
    doc_type: str
    subject_lines: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Paper:
    """One or more documents printed together (one ballot per member: many headings)."""

    parts: tuple[tuple[Heading, tuple[Block, ...]], ...]
    title: str = ""
    layout: PageLayout = PORTRAIT
    page_numbers: bool = True


PDF_STYLES = {
    "body": "body",
    "body_left": "body_left",
    "heading": "heading",
    "note": "note",
    "center": "note",
    "small": "cell",
    "plain_center": "plain_center",
    "bold_center": "bold_center",
}


# --- PDF


def to_pdf(paper: Paper) -> bytes:
    return render_pdf(story(paper), paper.layout, paper.title, page_numbers=paper.page_numbers)


def story(paper: Paper) -> list[Flowable]:
    """The flowables of a paper, for a caller that renders them with more (an appendix)."""
    width = paper.layout.frame_width
    story: list[Flowable] = []
    for index, (heading, content) in enumerate(paper.parts):
        if index:
            story.append(PageBreak())
        story.append(blocks.header_block(heading.agency, heading.number, heading.place_date, width))
        story += blocks.title_block(heading.doc_type, heading.subject_lines, heading.note)
        for block in content:
            story += _pdf_block(block, width)
    return story


def _pdf_block(block: Block, width: float) -> list[Flowable]:
    if isinstance(block, Para):
        return [blocks.p(block.text, PDF_STYLES[block.style])]
    if isinstance(block, Grid):
        return [_pdf_grid(block, width), Spacer(1, 6)]
    if isinstance(block, Signatures):
        return [Spacer(1, 8), KeepTogether(_pdf_signatures(block, width))]
    if isinstance(block, Closing):
        return [
            Spacer(1, 10),
            KeepTogether(blocks.closing_block(block.signer, block.recipients, width)),
        ]
    return [PageBreak()]


def _pdf_grid(grid: Grid, width: float) -> Table:
    scale = width / sum(grid.widths)
    data: list[list[object]] = [[blocks.p(h, "cell_head") for h in grid.header]]
    for row in grid.rows:
        data.append(
            [
                blocks.p(text, "cell_center" if c == 0 or c in grid.centered else "cell")
                for c, text in enumerate(row)
            ]
        )
    table = Table(data, colWidths=[w * scale for w in grid.widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ]
    if grid.roomy:
        style += [("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]
    table.setStyle(TableStyle(style))
    return table


def _pdf_signatures(block: Signatures, width: float) -> Table:
    cells = []
    for signer in block.signers:
        cell: list[Flowable] = []
        if signer.authority:
            cell.append(blocks.p(signer.authority.upper(), "sign_authority"))
        cell += [
            blocks.p(signer.title.upper(), "sign_authority"),
            Spacer(1, 62),
            blocks.p(signer.name, "sign_name"),
        ]
        cells.append(cell)
    count = max(len(cells), 1)
    table = Table([cells], colWidths=[width / count] * count)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


# --- Word


def to_docx(paper: Paper) -> bytes:
    return word.to_bytes(docx_document(paper))


def docx_document(paper: Paper):  # type: ignore[no-untyped-def]
    """The Word document of a paper, for a caller that adds more to it (an appendix)."""
    document = word.new_document(paper.layout)
    for index, (heading, content) in enumerate(paper.parts):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        word.header_block(document, heading.agency, heading.number, heading.place_date)
        word.title_block(document, heading.doc_type, heading.subject_lines, heading.note)
        for block in content:
            _docx_block(document, block)
    return document


def _docx_block(document, block: Block) -> None:  # type: ignore[no-untyped-def]
    if isinstance(block, Para):
        paragraph = document.add_paragraph()
        _docx_paragraph_style(paragraph, block.style)
        word.write(
            paragraph,
            block.text,
            bold=block.style in ("heading", "bold_center"),
            italic=block.style == "note",
            size=11.5 if block.style == "small" else None,
        )
    elif isinstance(block, Grid):
        _docx_grid(document, block)
    elif isinstance(block, Signatures):
        _docx_signatures(document, block.signers)
    elif isinstance(block, Closing):
        document.add_paragraph()
        word.closing_block(document, block.signer, block.recipients)
    else:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _docx_paragraph_style(paragraph, style: str) -> None:  # type: ignore[no-untyped-def]
    paragraph.paragraph_format.space_after = Pt(6)
    if style == "body":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
    elif style in ("note", "center", "plain_center", "bold_center"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _docx_grid(document, grid: Grid) -> None:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=1, cols=len(grid.header))
    table.style = "Table Grid"
    table.autofit = False
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    widths = [Emu(int(text_width * w / sum(grid.widths))) for w in grid.widths]
    for cell, text in zip(table.rows[0].cells, grid.header, strict=True):
        word.cell_lines(cell, [(text, {"bold": True, "size": 11.5})])
    for row in grid.rows:
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, row, strict=True)):
            centered = column == 0 or column in grid.centered
            align = WD_ALIGN_PARAGRAPH.CENTER if centered else WD_ALIGN_PARAGRAPH.LEFT
            word.cell_lines(cell, [(text, {"size": 11.5})], align)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
        for cell in column.cells:  # and each cell, which Word reads
            cell.width = width
    document.add_paragraph()


def _docx_signatures(document, signers: Sequence[Signer]) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph()
    table = document.add_table(rows=1, cols=max(len(signers), 1))
    for cell, signer in zip(table.rows[0].cells, signers, strict=False):
        lines = [(signer.authority.upper(), {"bold": True})] if signer.authority else []
        lines += [(signer.title.upper(), {"bold": True}), ("", {}), ("", {}), ("", {})]
        lines.append((signer.name, {"bold": True}))
        word.cell_lines(cell, lines)
