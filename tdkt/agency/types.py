"""The agency settings DTO (EXCHANGE.md `CoQuan`)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Workbook label of each field, in the order EXCHANGE.md lists them.
FIELD_LABELS = {
    "parent_agency": "Cơ quan chủ quản",
    "name": "Tên cơ quan",
    "abbreviation": "Ký hiệu",
    "place": "Địa danh",
    "signer": "Người ký",
    "signer_title": "Chức vụ người ký",
}


@dataclass(frozen=True)
class AgencySettings:
    parent_agency: str = ""
    name: str = ""
    abbreviation: str = ""
    place: str = ""
    signer: str = ""
    signer_title: str = ""
    # The version the settings were read at; 0 when they did not come from the database.
    version: int = field(default=0, compare=False)

    @property
    def configured(self) -> bool:
        return bool(self.name and self.place)


QUANG_NGAI_EXAMPLE = AgencySettings(
    parent_agency="UBND TỈNH QUẢNG NGÃI",
    name="SỞ CÔNG THƯƠNG",
    abbreviation="SCT",
    place="Quảng Ngãi",
    signer="Võ Văn Rân",
    signer_title="GIÁM ĐỐC",
)
