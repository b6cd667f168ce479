"""Movement DTOs: the launch form as typed, rows and details; registrations; pledges with
their targets; and the year-end comparison of registrations with what was achieved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KIND_LABELS = {
    "thuong_xuyen": "Thường xuyên",
    "theo_dot": "Theo đợt",
    "chuyen_de": "Chuyên đề",
}


@dataclass(frozen=True)
class MovementDraft:
    name: str
    kind: str
    starts_on: str
    ends_on: str = ""
    launched_by: str = ""
    registration_deadline: str = ""
    document_no: str = ""
    document_date: str = ""
    document_signer: str = ""
    content: str = ""
    unit_ids: tuple[int, ...] = ()
    title_codes: tuple[str, ...] = ()
    # A file to copy into the data folder as the launching document; empty keeps the one
    # attached before, and `remove_attachment` drops it.
    attachment_source: str = ""
    remove_attachment: bool = False


@dataclass(frozen=True)
class MovementRow:
    id: int
    name: str
    kind: str
    launched_by: str
    starts_on: date
    ends_on: date | None
    registration_deadline: date | None
    document_no: str
    document_date: date | None
    document_signer: str
    content: str
    attachment_name: str
    unit_ids: tuple[int, ...]
    unit_names: tuple[str, ...]
    title_codes: tuple[str, ...]
    title_names: tuple[str, ...]
    registration_count: int
    version: int
    search_text: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def has_attachment(self) -> bool:
        return bool(self.attachment_name)

    def covers(self, year: int) -> bool:
        end = self.ends_on.year if self.ends_on else year
        return self.starts_on.year <= year <= end


@dataclass(frozen=True)
class RegistrationDraft:
    subject_code: str  # a person's or a unit's code
    title_code: str
    year: int | None
    movement_id: int | None = None
    registered_on: str = ""
    note: str = ""


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    year: int
    movement_id: int | None
    movement_name: str
    subject_kind: str
    subject_id: int
    subject_code: str
    subject_name: str
    unit_id: int
    unit_name: str
    title_code: str
    title_name: str
    registered_on: date | None
    note: str
    sort_key: tuple[object, ...]
    search_text: str


@dataclass(frozen=True)
class PledgeTargetDraft:
    content: str
    measure: str = ""
    target: str = ""
    result: str = ""


@dataclass(frozen=True)
class PledgeDraft:
    year: int | None
    name: str
    unit_ids: tuple[int, ...]
    targets: tuple[PledgeTargetDraft, ...]
    movement_id: int | None = None
    signed_on: str = ""
    content: str = ""


@dataclass(frozen=True)
class PledgeRow:
    id: int
    year: int
    name: str
    movement_id: int | None
    signed_on: date | None
    content: str
    unit_ids: tuple[int, ...]
    unit_names: tuple[str, ...]
    targets: tuple[PledgeTargetDraft, ...]
    version: int


REGISTERED_ACHIEVED = "registered_achieved"
REGISTERED_MISSED = "registered_missed"
UNREGISTERED_ACHIEVED = "unregistered_achieved"
OUTCOME_LABELS = {
    REGISTERED_ACHIEVED: "Đăng ký và đạt",
    REGISTERED_MISSED: "Đăng ký nhưng không đạt",
    UNREGISTERED_ACHIEVED: "Đạt nhưng không đăng ký",
}


@dataclass(frozen=True)
class ComparisonLine:
    outcome: str
    subject_kind: str
    subject_code: str
    subject_name: str
    unit_name: str
    title_code: str
    title_name: str
    decision: str  # the award's decision, when achieved
    sort_key: tuple[object, ...]


@dataclass(frozen=True)
class TitleTotals:
    title_code: str
    title_name: str
    registered: int
    achieved: int  # of those registered
    missed: int
    unregistered: int


@dataclass(frozen=True)
class Comparison:
    year: int
    lines: tuple[ComparisonLine, ...]
    totals: tuple[TitleTotals, ...]

    def of(self, outcome: str) -> list[ComparisonLine]:
        return [line for line in self.lines if line.outcome == outcome]
