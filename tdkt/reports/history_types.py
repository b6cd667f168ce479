"""The award history (lý lịch khen thưởng) of a person or a unit, year by year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.text import format_date

SCOPE_LABELS = {"co_so": "cấp cơ sở", "tinh": "cấp tỉnh", "bo": "cấp bộ", "toan_quoc": "toàn quốc"}


def decision_text(number: str, day: date | None) -> str:
    """ "QĐ số 123/QĐ-UBND ngày 07/05/2021", or what of it is known."""
    parts = [f"số {number}" if number else "", f"ngày {format_date(day)}" if day else ""]
    known = " ".join(p for p in parts if p)
    return f"QĐ {known}" if known else ""


@dataclass(frozen=True)
class HistoryAward:
    year: int
    code: str
    name: str
    category: str  # danh_hieu | hinh_thuc
    rank: int  # the catalogue's seniority
    decision_no: str
    decision_date: date | None
    revoked_on: date | None
    revoke_reason: str

    @property
    def decision(self) -> str:
        return decision_text(self.decision_no, self.decision_date)

    @property
    def revocation(self) -> str:
        if self.revoked_on is None:
            return ""
        reason = f": {self.revoke_reason}" if self.revoke_reason else ""
        return f"Đã thu hồi ngày {format_date(self.revoked_on)}{reason}"


@dataclass(frozen=True)
class HistoryInitiative:
    year: int
    code: str
    title: str
    scope: str  # label, e.g. "cấp cơ sở"
    decision_no: str
    decision_date: date | None

    @property
    def decision(self) -> str:
        return decision_text(self.decision_no, self.decision_date)


@dataclass(frozen=True)
class HistoryYear:
    year: int
    rating: str  # the full phrase, or ""
    titles: tuple[HistoryAward, ...]  # danh hiệu thi đua
    forms: tuple[HistoryAward, ...]  # hình thức khen thưởng
    initiatives: tuple[HistoryInitiative, ...]


@dataclass(frozen=True)
class HistoryDiscipline:
    form: str  # label
    effective_on: date
    ends_on: date | None
    decision_no: str
    reason: str


@dataclass(frozen=True)
class TitleSummary:
    """How many times a title or form was received (revoked ones not counted), and when."""

    name: str
    years: tuple[int, ...]


@dataclass(frozen=True)
class AwardHistory:
    subject_kind: str  # "ca_nhan" | "tap_the"
    code: str
    name: str
    salutation: str  # "Ông", "Bà" or "" for a unit
    identity: tuple[tuple[str, str], ...]  # (label, value) lines under the title
    years: tuple[HistoryYear, ...]  # oldest first
    summary: tuple[TitleSummary, ...]  # most senior first
    discipline: tuple[HistoryDiscipline, ...]
