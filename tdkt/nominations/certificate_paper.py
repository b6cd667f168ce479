"""The certificates of a decided batch, one per approved line, printed on the pre-printed
blanks (layout chosen in the document settings; the printer's offset applied)."""

from __future__ import annotations

from tdkt.errors import ValidationError
from tdkt.nominations.levels import province_name
from tdkt.nominations.paper_types import CertificateEntry, CertificatePaper
from tdkt.nominations.papers import BatchContext
from tdkt.nominations.phrases import head_signer
from tdkt.nominations.types import NominationLineRow
from tdkt.subjects.types import UNIT
from tdkt.text import format_date


def certificate_paper(ctx: BatchContext, printer: str = "") -> CertificatePaper:
    record, agency = ctx.record, ctx.agency
    if not record.decision_no or record.decision_date is None:
        raise ValidationError(
            f"Đợt “{record.name}” chưa có quyết định: giấy khen in sau khi ghi số và ngày "
            "quyết định."
        )
    lines = [line for group in ctx.groups(ctx.approved()) for line in (*group.units, *group.people)]
    decision = f"Quyết định số {record.decision_no} ngày {format_date(record.decision_date)}"
    province = province_name(agency.parent_agency)
    issuer = f"GIÁM ĐỐC {agency.name.upper()}" + (f" TỈNH {province.upper()}" if province else "")
    deputy = bool(record.decision_signer) and record.decision_signer != agency.signer
    return CertificatePaper(
        entries=tuple(_entry(ctx, line, decision) for line in lines),
        issuer_line=issuer,
        place_date=ctx.place_date(record.decision_date),
        signer=head_signer(agency, deputy, record.decision_signer),
        layout=ctx.settings.certificate_layout,
        offset_mm=ctx.settings.offset_for(printer),
    )


def _entry(ctx: BatchContext, line: NominationLineRow, decision: str) -> CertificateEntry:
    if line.subject_kind == UNIT:
        recipient, detail = line.subject_name, line.unit_name
    else:
        addressed = {"nam": "Ông", "nu": "Bà"}.get(line.gender, "")
        recipient = f"{addressed} {line.subject_name}".strip()
        detail = ", ".join(part for part in (line.position, line.unit_name) if part)
    return CertificateEntry(recipient, detail, _content(ctx, line), decision, "")


def _content(ctx: BatchContext, line: NominationLineRow) -> str:
    if line.certificate_text:
        return line.certificate_text
    info = ctx.titles[line.title_code]
    if info.category == "danh_hieu":
        return f"Đạt danh hiệu “{info.name}” năm {line.year}"
    return f"Đã có thành tích {ctx.occasion}"
