"""The nomination list (danh sách đề nghị khen thưởng), landscape A4, as an appendix of the
proposal letter or the decision: the agency block, "DANH SÁCH", what it proposes and the
"(Kèm theo Tờ trình số ...)" line; then one table, collectives first (I. TẬP THỂ), then
individuals (II. CÁ NHÂN), each in list order; the header repeated on every page; page
numbers from page 2 (legal.md §2.4, §7). The same text in Word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from reportlab.platypus import Flowable, Paragraph

from tdkt.nominations.paper_types import NominationListPaper
from tdkt.nominations.types import NominationLineRow
from tdkt.printing import blocks, word
from tdkt.printing.document import collector_paused
from tdkt.printing.document import render_pdf as render_story
from tdkt.printing.layout import LANDSCAPE
from tdkt.printing.lists import CELL_LEADING, CELL_PADDING, CELL_SIZE, row_heights, table_cell
from tdkt.printing.paged_table import PagedTable
from tdkt.printing.styles import BOLD, REGULAR, styles
from tdkt.printing.word import POINTS_PER_MM
from tdkt.subjects.types import UNIT

SECTION_LETTERS = "ABCDEFGHIK"
NO_LINES = "(Không có dòng đề nghị nào.)"


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # relative share of the table width
    value: Callable[[NominationLineRow], str]
    center: bool = False


def _summary(line: NominationLineRow) -> str:
    basis = f"Căn cứ: {line.basis}" if line.basis else ""
    return "\n".join(part for part in (line.summary, basis) if part)


def _share(line: NominationLineRow) -> str:
    text = line.vote_text
    return text[text.index("(") + 1 : -1] if text else ""


def _where(line: NominationLineRow) -> str:
    return ", ".join(part for part in (line.position, line.unit_name) if part)


def columns(paper: NominationListPaper) -> list[Column]:
    found = [
        Column("Họ và tên / Tên tập thể", 3.6, lambda r: r.subject_name),
        Column("Nam", 1.15, lambda r: _year(r, "nam"), center=True),
        Column("Nữ", 1.15, lambda r: _year(r, "nu"), center=True),
        Column("Chức vụ, đơn vị công tác", 4.0, _where),
        Column("Danh hiệu, hình thức", 2.5, lambda r: r.title_name),
        Column("Tóm tắt thành tích, căn cứ đề nghị", 6.4, _summary),
    ]
    if paper.show_votes:
        found.append(Column("Tỷ lệ phiếu đồng ý", 1.5, _share, center=True))
    found.append(Column("Ghi chú", 1.7, lambda r: r.note))
    return found


def _year(line: NominationLineRow, gender: str) -> str:
    if line.subject_kind == UNIT or line.gender != gender or line.birth_year is None:
        return ""
    return str(line.birth_year)


Line = tuple[str, list[str]] | str  # (number, cells) or a heading spanning the table


def table_lines(paper: NominationListPaper) -> list[Line]:
    """Headings and numbered rows in print order (shared by PDF and Word)."""
    spec = columns(paper)
    lines: list[Line] = []
    titled = len(paper.groups) > 1
    for index, group in enumerate(paper.groups):
        if titled:
            lines.append(f"{SECTION_LETTERS[index]}. {group.title_name.upper()}")
        sections = [("TẬP THỂ", group.units), ("CÁ NHÂN", group.people)]
        numeral = 0
        for label, rows in sections:
            if not rows:
                continue
            numeral += 1
            lines.append(f"{'I' * numeral if numeral < 4 else numeral}. {label} ({len(rows)})")
            for number, row in enumerate(rows, start=1):
                lines.append((str(number), [c.value(row) for c in spec]))
    if not any(isinstance(line, tuple) for line in lines):
        lines.append(NO_LINES)
    return lines


# --- PDF


def render_pdf(paper: NominationListPaper) -> bytes:
    width = LANDSCAPE.frame_width
    with collector_paused(keep=False):  # the whole list, cells first: see document.collector_paused
        story: list[Flowable] = [blocks.header_block(paper.agency, "", "", width)]
        story += blocks.title_block("DANH SÁCH", paper.subject_lines, paper.note)
        story.append(_pdf_table(paper, width))
        return render_story(story, LANDSCAPE, title=paper.title)


def _paragraph(text: str, style: str) -> Paragraph:
    return Paragraph("<br/>".join(escape(part) for part in text.split("\n")), styles()[style])


def _pdf_cell(text: str, width: float, center: bool) -> object:
    if "\n" in text:
        return _paragraph(text, "cell_center" if center else "cell")
    return table_cell(text, width, "cell_center" if center else "cell")


def _pdf_table(paper: NominationListPaper, width: float) -> PagedTable:
    spec = columns(paper)
    weights = [1.1] + [c.width for c in spec]
    widths = [w * width / sum(weights) for w in weights]
    top, second = _pdf_header(spec)
    rows: list[list[object]] = []
    spans: set[int] = set()
    for line in table_lines(paper):
        if isinstance(line, str):
            spans.add(len(rows))
            rows.append([table_cell(line, width, "cell_bold", BOLD)] + [""] * len(spec))
            continue
        number, cells = line
        rows.append(
            [number]
            + [
                _pdf_cell(text, w, column.center)
                for column, text, w in zip(spec, cells, widths[1:], strict=True)
            ]
        )
    heights = [*_header_heights(top, widths), *row_heights(rows, widths, spans)]
    centered = [i for i, c in enumerate(spec, start=1) if c.center]
    last = len(spec)

    def style_for(spanned: list[int]) -> list[tuple]:
        style: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("VALIGN", (0, 2), (-1, -1), "TOP"),
            ("FONT", (0, 2), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("SPAN", (2, 0), (3, 0)),  # "Năm sinh" over Nam and Nữ
        ]
        style += [("SPAN", (c, 0), (c, 1)) for c in range(0, last + 1) if c not in (2, 3)]
        style += [("ALIGN", (c, 2), (c, -1), "CENTER") for c in centered]
        style += [("SPAN", (0, r), (-1, r)) for r in spanned]
        style += [("FONT", (0, r), (-1, r), BOLD, CELL_SIZE, CELL_LEADING) for r in spanned]
        style += [("ALIGN", (0, r), (-1, r), "LEFT") for r in spanned]
        return style

    return PagedTable([top, second], rows, heights, widths, spans, style_for, header_rows=2)


def _header_heights(top: list[object], widths: list[float]) -> list[float]:
    """The two header rows share the tallest header's height (they are spanned together)."""
    tallest = max(
        c.wrap(w - 2 * CELL_PADDING[0], 1e6)[1]  # type: ignore[attr-defined]
        for c, w in zip(top, widths, strict=True)
        if c
    )
    least = CELL_LEADING + 2 * CELL_PADDING[1]
    return [max(tallest / 2 + CELL_PADDING[1], least)] * 2


def _pdf_header(spec: list[Column]) -> tuple[list[object], list[object]]:
    """Two header rows: "Năm sinh" over "Nam" and "Nữ"; every other header spans both."""
    head = styles()["cell_head"]
    top: list[object] = [Paragraph("STT", head)]
    second: list[object] = [""]
    for column in spec:
        if column.header == "Nam":
            top.append(Paragraph("Năm sinh", head))
            second.append(Paragraph("Nam", head))
        elif column.header == "Nữ":
            top.append("")
            second.append(Paragraph("Nữ", head))
        else:
            top.append(Paragraph(escape(column.header), head))
            second.append("")
    return top, second


# --- Word


def render_docx(paper: NominationListPaper) -> bytes:
    with collector_paused(keep=False):
        document = word.new_document(LANDSCAPE)
        word.header_block(document, paper.agency, "", "")
        word.title_block(document, "DANH SÁCH", paper.subject_lines, paper.note)
        docx_table(document, paper)
        return word.to_bytes(document)


def docx_table(document, paper: NominationListPaper) -> None:  # type: ignore[no-untyped-def]
    spec = columns(paper)
    count = len(spec) + 1
    table = document.add_table(rows=2, cols=count)
    table.style = "Table Grid"
    table.autofit = False
    top, second = table.rows[0].cells, table.rows[1].cells
    bold = {"bold": True, "size": CELL_SIZE}
    for index, header in enumerate(["STT", *[c.header for c in spec]]):
        if header == "Nam":
            word.cell_lines(top[index].merge(top[index + 1]), [("Năm sinh", bold)])
            word.cell_lines(second[index], [("Nam", bold)])
        elif header == "Nữ":
            word.cell_lines(second[index], [("Nữ", bold)])
        else:
            word.cell_lines(top[index].merge(second[index]), [(header, bold)])
    for row in table.rows[:2]:
        _repeat_as_header(row)
    weights = [1.1] + [c.width for c in spec]
    total = LANDSCAPE.frame_width / POINTS_PER_MM
    widths = [Mm(total * weight / sum(weights)) for weight in weights]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
    for row in table.rows[:2]:  # and each cell, which Word reads
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    twips = [round(w.pt * 20) for w in widths]
    centered = [True] + [c.center for c in spec]
    for line in table_lines(paper):
        if isinstance(line, str):
            word.add_plain_row(table, [line], twips, [False], CELL_SIZE, bold=True)
        else:
            number, texts = line
            word.add_plain_row(table, [number, *texts], twips, centered, CELL_SIZE)


def _repeat_as_header(row) -> None:  # type: ignore[no-untyped-def]
    """Word repeats this row at the top of every page the table runs onto."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)
