"""The director's decision (quyết định khen thưởng) with its list attached: portrait for the
decision, landscape for the list (NĐ 30/2020 allows wide appendices across), in one PDF and
in one Word file with a landscape section."""

from __future__ import annotations

import io

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm
from pypdf import PdfReader, PdfWriter

from tdkt.nominations.paper_types import DecisionPaper
from tdkt.printing import nomination_list, word
from tdkt.printing.flow import Block, Closing, Heading, Paper, Para, docx_document, to_pdf
from tdkt.printing.layout import LANDSCAPE
from tdkt.printing.proposal_letter import signer
from tdkt.printing.word import POINTS_PER_MM


def paper(decision: DecisionPaper) -> Paper:
    blocks: list[Block] = [Para(decision.authority_line, "bold_center")]
    blocks += [Para(f"Căn cứ {text};") for text in decision.grounds]
    blocks.append(Para(f"Theo đề nghị của {decision.proposer}."))
    blocks.append(Para("QUYẾT ĐỊNH:", "bold_center"))
    blocks += [
        Para(f"Điều {number}. {text}") for number, text in enumerate(decision.articles, start=1)
    ]
    blocks.append(Closing(signer(decision.signer), decision.recipients))
    heading = Heading(
        decision.agency, decision.number, decision.place_date, "QUYẾT ĐỊNH", (decision.subject,)
    )
    return Paper(((heading, tuple(blocks)),), title=decision.title)


def render_pdf(decision: DecisionPaper) -> bytes:
    writer = PdfWriter()
    for part in (to_pdf(paper(decision)), nomination_list.render_pdf(decision.attached)):
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": decision.title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def render_docx(decision: DecisionPaper) -> bytes:
    document = docx_document(paper(decision))
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(round(LANDSCAPE.width / POINTS_PER_MM))
    section.page_height = Mm(round(LANDSCAPE.height / POINTS_PER_MM))
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Mm(round(getattr(LANDSCAPE, side) / POINTS_PER_MM)))
    attached = decision.attached
    word.header_block(document, attached.agency, "", "")
    word.title_block(document, "DANH SÁCH", attached.subject_lines, attached.note)
    nomination_list.docx_table(document, attached)
    return word.to_bytes(document)
