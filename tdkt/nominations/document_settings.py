"""Settings of the batch's documents, shared by everyone on the database: grounds the
province adds (its regulation), who proposes the director's decision, the fund bonuses come
from, the certificate blank in use and each printer's offset on it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.records import SettingRecord
from tdkt.errors import ValidationError
from tdkt.text import clean

KEY = "nominations.documents"
MAX_OFFSET_MM = 30.0


@dataclass(frozen=True)
class PrinterOffset:
    printer: str  # "" for printing to a PDF file
    right_mm: float
    down_mm: float


@dataclass(frozen=True)
class DocumentSettings:
    # e.g. "Quyết định số .../QĐ-UBND ngày ... của UBND tỉnh ban hành Quy chế thi đua, khen
    # thưởng tỉnh Quảng Ngãi" (legal.md §6: not found, so none by default).
    extra_grounds: tuple[str, ...] = ()
    proposer: str = "Chánh Văn phòng Sở (Thường trực Hội đồng Thi đua – Khen thưởng)"
    fund: str = "Quỹ thi đua, khen thưởng của Sở"
    certificate_layout: str = "giay_khen_a4"
    offsets: tuple[PrinterOffset, ...] = field(default_factory=tuple)

    def offset_for(self, printer: str) -> tuple[float, float]:
        found = next((o for o in self.offsets if o.printer == printer), None)
        return (found.right_mm, found.down_mm) if found else (0.0, 0.0)


def read_settings(session: Session) -> DocumentSettings:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == KEY))
    if record is None:
        return DocumentSettings()
    data = json.loads(record.value_json)
    default = DocumentSettings()
    return DocumentSettings(
        tuple(data.get("extra_grounds", ())),
        data.get("proposer", default.proposer),
        data.get("fund", default.fund),
        data.get("certificate_layout", default.certificate_layout),
        tuple(PrinterOffset(**o) for o in data.get("offsets", ())),
    )


def checked(settings: DocumentSettings) -> DocumentSettings:
    grounds = tuple(g for g in (clean(g).rstrip(";") for g in settings.extra_grounds) if g)
    errors = {}
    for offset in settings.offsets:
        if max(abs(offset.right_mm), abs(offset.down_mm)) > MAX_OFFSET_MM:
            errors["offsets"] = (
                f"Độ lệch của máy in “{offset.printer or 'tệp PDF'}” quá {MAX_OFFSET_MM:g} mm: "
                "hãy in lại trang căn chỉnh và đo lại."
            )
    if not clean(settings.proposer):
        errors["proposer"] = "Hãy ghi người đề nghị (ví dụ: Chánh Văn phòng Sở)."
    if errors:
        raise ValidationError(errors)
    return DocumentSettings(
        grounds,
        clean(settings.proposer),
        clean(settings.fund),
        clean(settings.certificate_layout),
        settings.offsets,
    )


def write_settings(session: Session, settings: DocumentSettings, now) -> None:  # type: ignore[no-untyped-def]
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == KEY))
    if record is None:
        record = SettingRecord(key=KEY)
        session.add(record)
    data = asdict(settings)
    data["extra_grounds"] = list(settings.extra_grounds)
    record.value_json = json.dumps(data, ensure_ascii=False)
    record.updated_at = now
