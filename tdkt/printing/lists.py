"""Official lists (a register, a registration list, a comparison): the NĐ 30 header, a title,
a table in groups ("A. TẬP THỂ", "B. CÁ NHÂN"), the closing block; as PDF (landscape), Word
and Excel. A document module supplies the columns and groups; this module lays them out."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from tdkt.agency.types import AgencySettings
from tdkt.printing import blocks, word
from tdkt.printing.blocks import Signer
from tdkt.printing.document import render_pdf
from tdkt.printing.layout import LANDSCAPE
from tdkt.printing.paged_table import PagedTable
from tdkt.printing.paper import ListPaper
from tdkt.printing.styles import BOLD, REGULAR
from tdkt.printing.word import POINTS_PER_MM
from tdkt.text import date_words

R = TypeVar("R")


@dataclass(frozen=True)
class ListColumn(Generic[R]):
    header: str
    value: Callable[[R], str]
    width: float  # relative share of the table width
    center: bool = False


@dataclass(frozen=True)
class ListGroup(Generic[R]):
    heading: str  # "" for no heading row
    rows: Sequence[R]


@dataclass(frozen=True)
class ListDocument(Generic[R]):
    doc_type: str  # "DANH SÁCH", "SỔ ĐĂNG KÝ"
    subject_lines: tuple[str, ...]
    columns: tuple[ListColumn[R], ...]
    groups: tuple[ListGroup[R], ...]
    empty_text: str = "(Không có dòng nào.)"
    summary: tuple[str, ...] = ()  # lines under the table

    def header(self) -> list[str]:
        return ["STT"] + [c.header for c in self.columns]

    def cells(self, row: R) -> list[str]:
        return [c.value(row) for c in self.columns]


def _signer(agency: AgencySettings) -> Signer:
    return Signer(agency.signer_title or "THỦ TRƯỞNG CƠ QUAN", agency.signer)


def _place_date(paper: ListPaper[R]) -> str:
    return date_words(paper.printed_on, paper.agency.place)


def _numbered(document: ListDocument[R]) -> list[tuple[str, list[str]] | str]:
    """Table lines: a heading string, or (number, cells) with numbering per group."""
    lines: list[tuple[str, list[str]] | str] = []
    for group in document.groups:
        if group.heading:
            lines.append(group.heading)
        for number, row in enumerate(group.rows, start=1):
            lines.append((str(number), document.cells(row)))
    return lines


# --- PDF


def list_pdf(paper: ListPaper[R], document: ListDocument[R], title: str = "") -> bytes:
    width = LANDSCAPE.frame_width
    story: list[Flowable] = [blocks.header_block(paper.agency, "", _place_date(paper), width)]
    story += blocks.title_block(document.doc_type, document.subject_lines)
    story += [_pdf_table(document, width), Spacer(1, 6)]
    story += [blocks.p(line, "body_left") for line in document.summary]
    story.append(blocks.closing_block(_signer(paper.agency), ["- Lưu: VT, VP."], width))
    return render_pdf(story, LANDSCAPE, title=title or document.doc_type)


CELL_PADDING = (6, 3)  # ReportLab's default cell padding: left/right, top/bottom
CELL_SIZE, CELL_LEADING = 11.5, 14


def table_cell(text: str, width: float, style: str, font: str = REGULAR) -> object:
    """A plain string when the text fits on one line (drawn many times faster), else a
    wrapping paragraph: a list of 9,000 lines prints in seconds, not a minute."""
    if stringWidth(text, font, CELL_SIZE) <= width - 2 * CELL_PADDING[0]:
        return text
    return blocks.p(text, style)


def _pdf_table(document: ListDocument[R], width: float) -> PagedTable:
    weights = [1.0] + [c.width for c in document.columns]
    widths = [w * width / sum(weights) for w in weights]
    header: list[object] = [blocks.p(h, "cell_head") for h in document.header()]
    rows: list[list[object]] = []
    spans: set[int] = set()
    lines = _numbered(document)
    if not any(isinstance(line, tuple) for line in lines):
        lines.append(document.empty_text)
    for line in lines:
        if isinstance(line, str):
            spans.add(len(rows))
            rows.append([table_cell(line, width, "cell_bold", BOLD)] + [""] * len(document.columns))
            continue
        number, cells = line
        row: list[object] = [number]
        for column, text, cell_width in zip(document.columns, cells, widths[1:], strict=True):
            row.append(table_cell(text, cell_width, "cell_center" if column.center else "cell"))
        rows.append(row)
    heights = row_heights([header, *rows], widths, {i + 1 for i in spans})
    centered = [c for c, column in enumerate(document.columns, start=1) if column.center]

    def style_for(spanned: list[int]) -> list[tuple]:
        style: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 1), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ]
        style += [("ALIGN", (c, 1), (c, -1), "CENTER") for c in centered]
        style += [("SPAN", (0, r), (-1, r)) for r in spanned]
        style += [("FONT", (0, r), (-1, r), BOLD, CELL_SIZE, CELL_LEADING) for r in spanned]
        return style

    return PagedTable(header, rows, heights, widths, spans, style_for)


def row_heights(data: list[list[object]], widths: list[float], spans: set[int]) -> list[float]:
    """Every row's height, measured once, so that ReportLab need not measure each remaining
    row again at every page break."""
    heights = []
    for index, row in enumerate(data):
        cells = [(row[0], sum(widths))] if index in spans else list(zip(row, widths, strict=True))
        tallest = max(
            cell.wrap(width - 2 * CELL_PADDING[0], 1e6)[1]
            if hasattr(cell, "wrap")
            else CELL_LEADING
            for cell, width in cells
        )
        heights.append(tallest + 2 * CELL_PADDING[1])
    return heights


# --- Word


def list_docx(paper: ListPaper[R], document: ListDocument[R]) -> bytes:
    doc = word.new_document(LANDSCAPE)
    word.header_block(doc, paper.agency, "", _place_date(paper))
    word.title_block(doc, document.doc_type, document.subject_lines)
    _docx_table(doc, document)
    for line in document.summary:
        doc.add_paragraph(line)
    doc.add_paragraph()
    word.closing_block(doc, _signer(paper.agency), ["- Lưu: VT, VP."])
    return word.to_bytes(doc)


def _docx_table(doc, document: ListDocument[R]) -> None:  # type: ignore[no-untyped-def]
    header = document.header()
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    weights = [1.0] + [c.width for c in document.columns]
    widths = [Mm(LANDSCAPE.frame_width / POINTS_PER_MM * w / sum(weights)) for w in weights]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        word.cell_lines(cell, [(text, {"bold": True, "size": 11.5})])
    lines = _numbered(document)
    for line in lines:
        cells = table.add_row().cells
        if isinstance(line, str):
            merged = cells[0].merge(cells[-1])
            word.cell_lines(merged, [(line, {"bold": True, "size": 11.5})], WD_ALIGN_PARAGRAPH.LEFT)
            continue
        number, texts = line
        word.cell_lines(cells[0], [(number, {"size": 11.5})])
        for cell, column, text in zip(cells[1:], document.columns, texts, strict=True):
            align = WD_ALIGN_PARAGRAPH.CENTER if column.center else WD_ALIGN_PARAGRAPH.LEFT
            word.cell_lines(cell, [(text, {"size": 11.5})], align)
    if not any(isinstance(line, tuple) for line in lines):
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).paragraphs[0].add_run(document.empty_text).font.size = Pt(11.5)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
        for cell in column.cells:  # and each cell, which Word reads
            cell.width = width


# --- Excel

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def list_xlsx(paper: ListPaper[R], document: ListDocument[R], sheet_title: str) -> bytes:
    """One sheet: title rows, the header (frozen), group headings merged across, the rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    header = document.header()
    last = get_column_letter(len(header))
    titles = [paper.agency.name.upper(), document.doc_type.upper(), *document.subject_lines]
    for number, text in enumerate(titles, start=1):
        sheet.merge_cells(f"A{number}:{last}{number}")
        cell = sheet.cell(row=number, column=1, value=text)
        cell.font = Font(bold=True, size=13 if number > 1 else 12)
        cell.alignment = Alignment(horizontal="center")
    top = len(titles) + 2
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(row=top, column=column, value=text)
        cell.font, cell.border = Font(bold=True), GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = top
    for line in _numbered(document):
        row += 1
        if isinstance(line, str):
            sheet.merge_cells(f"A{row}:{last}{row}")
            sheet.cell(row=row, column=1, value=line).font = Font(bold=True)
            continue
        number, texts = line
        values: list[object] = [int(number), *texts]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.border = GRID
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for offset, text in enumerate(document.summary, start=2):
        sheet.cell(row=row + offset, column=2, value=text)
    sheet.freeze_panes = f"A{top + 1}"
    sheet.column_dimensions["A"].width = 6
    for index, column in enumerate(document.columns, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, column.width * 9)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
