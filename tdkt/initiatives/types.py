"""Initiative DTOs: the registration form (TT 18/2013 Phụ lục I) as typed, rows for lists,
details, the recognition decision, and similarity hints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

SCOPE_LABELS = {"co_so": "Cơ sở", "tinh": "Tỉnh", "bo": "Bộ", "toan_quoc": "Toàn quốc"}
STATUS_LABELS = {
    "dang_ky": "Đã đăng ký",
    "dang_xet": "Đang xét",
    "cong_nhan": "Được công nhận",
    "khong_cong_nhan": "Không công nhận",
}


@dataclass(frozen=True)
class AuthorDraft:
    """One co-author. `share` is a percentage as typed ("70", "33,5"); empty when unknown.
    Empty position and workplace take the person's position and unit."""

    person_id: int
    share: str = ""
    position: str = ""
    workplace: str = ""
    qualification: str = ""


@dataclass(frozen=True)
class InitiativeDraft:
    title: str
    authors: tuple[AuthorDraft, ...]
    code: str = ""  # empty: the next SK<year>-<nnn>
    field: str = ""
    investor: str = ""
    first_applied_on: str = ""
    registered_on: str = ""  # empty: today
    description: str = ""
    conditions: str = ""
    benefits: str = ""
    applier_benefits: str = ""


@dataclass(frozen=True)
class RecognitionDraft:
    scope: str
    decision_no: str
    decision_date: str
    recognized_by: str = ""


@dataclass(frozen=True)
class AuthorRow:
    person_id: int
    person_code: str
    full_name: str
    birth_text: str
    position: str
    workplace: str
    qualification: str
    share: Decimal | None

    @property
    def label(self) -> str:
        if self.share is None:
            return self.full_name
        return f"{self.full_name} ({format(self.share.normalize(), 'f').replace('.', ',')}%)"


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    code: str
    title: str
    status: str
    year: int | None  # the registration year, else the recognition year
    field: str
    registered_on: date | None
    first_applied_on: date | None
    scope: str | None
    decision_no: str
    decision_date: date | None
    recognized_year: int | None
    authors: tuple[AuthorRow, ...]
    award_count: int
    version: int
    search_text: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def scope_label(self) -> str:
        return SCOPE_LABELS.get(self.scope or "", "")

    @property
    def authors_text(self) -> str:
        return ", ".join(a.label for a in self.authors)

    @property
    def workplace(self) -> str:
        return self.authors[0].workplace if self.authors else ""


@dataclass(frozen=True)
class InitiativeDetails:
    row: InitiativeRow
    investor: str
    description: str
    conditions: str
    benefits: str
    applier_benefits: str
    recognized_by: str
    rejection_reason: str
    awards: tuple[str, ...]  # the awards that used it as their basis
    council_results: tuple[str, ...]  # how the initiative council voted on it


@dataclass(frozen=True)
class SimilarInitiative:
    id: int
    code: str
    title: str
    year: int | None
    status: str
    score: float  # 0–1

    @property
    def percent(self) -> int:
        return round(self.score * 100)
