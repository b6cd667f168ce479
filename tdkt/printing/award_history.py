"""The award history (lý lịch khen thưởng) of a person or a unit, for personnel files: the
official header, the subject's identity, a table year by year (rating, emulation titles,
forms of commendation with their decisions, initiatives), a summary, the discipline on
record, and the agency's signature."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tdkt.agency.types import AgencySettings
from tdkt.printing.blocks import Signer, closing_block, header_block, p, title_block
from tdkt.printing.document import render_pdf
from tdkt.printing.layout import PORTRAIT
from tdkt.printing.styles import ITALIC, styles
from tdkt.reports.history_types import AwardHistory, HistoryAward, HistoryYear
from tdkt.subjects.types import PERSON
from tdkt.text import count_words, date_words, format_date

PERSON_COLUMNS = (("Năm", 13), ("Xếp loại", 30), ("Danh hiệu thi đua", 44))
PERSON_COLUMNS += (("Hình thức khen thưởng", 46), ("Sáng kiến", 32))
UNIT_COLUMNS = (("Năm", 13), ("Xếp loại", 34), ("Danh hiệu thi đua", 58))
UNIT_COLUMNS += (("Hình thức khen thưởng", 60),)


def _small() -> ParagraphStyle:
    return ParagraphStyle(
        "cell_small", parent=styles()["cell"], fontName=ITALIC, fontSize=10, leading=12
    )


def render_award_history(history: AwardHistory, agency: AgencySettings, today: date) -> bytes:
    width = PORTRAIT.frame_width
    subject = f"{history.salutation} {history.name}".strip()
    story: list[Flowable] = [header_block(agency, "", date_words(today, agency.place), width)]
    story += title_block("Lý lịch khen thưởng", [subject])
    story.append(_identity(history, width))
    story.append(p("I. Quá trình xếp loại, thi đua, khen thưởng theo năm", "heading"))
    story.append(_years_table(history) if history.years else p("Chưa có dữ liệu.", "body_left"))
    story.append(p("II. Tổng hợp danh hiệu, hình thức khen thưởng", "heading"))
    story += [p(line, "body_left") for line in _summary_lines(history)]
    if history.subject_kind == PERSON:
        story.append(p("III. Kỷ luật", "heading"))
        story += [p(line, "body_left") for line in _discipline_lines(history)]
    story.append(Spacer(1, 12))
    recipients = ("- Hồ sơ cán bộ;" if history.subject_kind == PERSON else "- Hồ sơ đơn vị;",)
    signer = Signer(agency.signer_title or "Thủ trưởng cơ quan", agency.signer)
    story.append(closing_block(signer, [*recipients, "- Lưu: VT, VP."], width))
    return render_pdf(story, PORTRAIT, title=f"Lý lịch khen thưởng – {history.name}")


def _identity(history: AwardHistory, width: float) -> Table:
    rows = [[p(f"{label}:", "cell_bold"), p(value, "cell")] for label, value in history.identity]
    table = Table(rows, colWidths=[width * 0.4, width * 0.6])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _award_cell(awards: tuple[HistoryAward, ...]) -> list[Paragraph]:
    cell: list[Paragraph] = []
    for award in awards:
        cell.append(p(award.name, "cell"))
        notes = [award.decision, award.revocation]
        for note in filter(None, notes):
            cell.append(Paragraph(escape(note), _small()))
    return cell


def _row(year: HistoryYear, with_initiatives: bool) -> list[object]:
    row: list[object] = [
        p(str(year.year), "cell_center"),
        p(year.rating, "cell"),
        _award_cell(year.titles),
        _award_cell(year.forms),
    ]
    if with_initiatives:
        cell: list[Paragraph] = []
        for initiative in year.initiatives:
            cell.append(p(f"{initiative.title} ({initiative.scope})", "cell"))
            if initiative.decision:
                cell.append(Paragraph(escape(initiative.decision), _small()))
        row.append(cell)
    return row


def _years_table(history: AwardHistory) -> Table:
    with_initiatives = history.subject_kind == PERSON
    columns = PERSON_COLUMNS if with_initiatives else UNIT_COLUMNS
    rows: list[list[object]] = [[p(header, "cell_head") for header, _w in columns]]
    rows += [_row(year, with_initiatives) for year in history.years]
    table = Table(rows, colWidths=[w * mm for _h, w in columns], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _summary_lines(history: AwardHistory) -> list[str]:
    if not history.summary:
        return ["Chưa có danh hiệu, hình thức khen thưởng nào."]
    return [
        f"- {item.name}: {count_words(len(item.years))} lần "
        f"({', '.join(str(y) for y in item.years)})."
        for item in history.summary
    ]


def _discipline_lines(history: AwardHistory) -> list[str]:
    if not history.discipline:
        return ["Không có."]
    lines = []
    for item in history.discipline:
        until = f" đến {format_date(item.ends_on)}" if item.ends_on else ""
        number = f" (QĐ số {item.decision_no})" if item.decision_no else ""
        reason = f": {item.reason}" if item.reason else ""
        lines.append(
            f"- {item.form}, hiệu lực từ {format_date(item.effective_on)}{until}{number}{reason}."
        )
    return lines
