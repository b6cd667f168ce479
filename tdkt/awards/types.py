"""Award DTOs: the draft a form fills, the row a list shows, and the list's filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

KIND_LABELS = {
    "thuong_xuyen": "Thường xuyên",
    "dot_xuat": "Đột xuất",
    "theo_dot": "Theo đợt",
    "chuyen_de": "Chuyên đề",
    "cong_hien": "Cống hiến",
}


@dataclass(frozen=True)
class AwardDraft:
    """What the user typed; the subject is a person or a unit code, dates are `dd/mm/yyyy`."""

    subject_code: str
    title_code: str
    year: int | None
    decision_no: str = ""
    decision_date: str = ""
    issuer: str = ""  # empty: the title's usual issuer
    kind: str = "thuong_xuyen"
    content: str = ""
    basis: str = ""
    bonus_coefficient: str = ""
    base_salary: str = ""


@dataclass(frozen=True)
class AwardRow:
    id: int
    subject_kind: str
    subject_id: int
    subject_code: str
    subject_name: str
    unit_id: int
    unit_name: str
    title_code: str
    title_name: str
    title_short: str
    year: int
    decision_no: str
    decision_date: date | None
    issuer: str
    kind: str
    content: str
    basis: str
    revoked_on: date | None
    revoke_reason: str
    bonus_coefficient: Decimal | None
    base_salary: Decimal | None
    version: int
    search_text: str

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


@dataclass(frozen=True)
class AwardQuery:
    year: int | None = None
    title_code: str | None = None
    unit_id: int | None = None  # the unit and the units below it, and their people
    subject_kind: str | None = None
    include_revoked: bool = True
