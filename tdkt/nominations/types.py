"""Nomination DTOs and vocabulary: statuses, drafts in, rows and details out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from tdkt.awards.types import AwardRow

DRAFT = "du_thao"
MET = "da_hop"
SUBMITTED = "da_trinh"
DECIDED = "co_quyet_dinh"
RETURNED = "tra_lai"
STATUS_LABELS = {
    DRAFT: "Dự thảo",
    MET: "Đã họp Hội đồng",
    SUBMITTED: "Đã trình",
    DECIDED: "Có quyết định",
    RETURNED: "Trả lại",
}
# Batches still under way: their lines count as proposals and keep their subjects.
OPEN_STATUSES = (DRAFT, MET, SUBMITTED)

APPROVED = "khen"
NOT_APPROVED = "khong"
OUTCOME_LABELS = {"": "", APPROVED: "Được khen thưởng", NOT_APPROVED: "Không được khen thưởng"}
VOTE_LABELS = {"": "", "dat": "Đạt", "khong_dat": "Không đạt"}


@dataclass(frozen=True)
class BatchDraft:
    """What the batch form holds; dates as typed (`dd/mm/yyyy`)."""

    name: str
    title_code: str = ""  # the title or form proposed; "" when the batch mixes titles
    level: str = ""  # who decides; "" takes the title's issuer
    year: int | None = None
    award_kind: str = "thuong_xuyen"
    movement_id: int | None = None
    occasion: str = ""
    recipient: str = ""
    letter_no: str = ""
    letter_date: str = ""
    signer_name: str = ""
    signer_deputy: bool = False
    note: str = ""


@dataclass(frozen=True)
class NominationBatchRow:
    id: int
    name: str
    title_code: str  # "" when the batch mixes titles
    year: int | None
    status: str
    created_at: datetime
    line_count: int
    title_name: str = ""
    level: str = ""
    award_kind: str = "thuong_xuyen"
    movement_id: int | None = None
    movement_name: str = ""
    occasion: str = ""
    recipient: str = ""
    letter_no: str = ""
    letter_date: date | None = None
    signer_name: str = ""
    signer_deputy: bool = False
    decision_no: str = ""
    decision_date: date | None = None
    decision_signer: str = ""
    decision_issuer: str = ""
    custom_order: bool = False
    note: str = ""
    version: int = 1
    unit_lines: int = 0  # collectives among the lines
    search_text: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def person_lines(self) -> int:
        return self.line_count - self.unit_lines


@dataclass(frozen=True)
class LineDraft:
    """A line as the line form or the "Xét khen thưởng" page gives it."""

    subject_code: str
    title_code: str
    year: int | None
    summary: str = ""
    basis: str = ""
    certificate_text: str = ""
    note: str = ""
    # Snapshot corrections (a position written as the list must print it); "" keeps it.
    position: str = ""
    unit_name: str = ""


@dataclass(frozen=True)
class NominationLineRow:
    id: int
    batch_id: int
    subject_kind: str  # tdkt.subjects.types PERSON | UNIT
    subject_code: str
    title_code: str
    year: int
    summary: str
    subject_name: str
    birth_year: int | None
    gender: str
    position: str
    unit_name: str
    sort_position: int
    title_name: str = ""
    subject_id: int | None = None  # None once the subject was deleted
    home_unit_id: int | None = None
    is_leader: bool = False
    basis: str = ""
    certificate_text: str = ""
    note: str = ""
    vote_result: str = ""
    vote_agree: int | None = None
    vote_base: int | None = None
    outcome: str = ""
    award_id: int | None = None
    version: int = 1
    # Where the list prints it: the unit's place in the chart, leader, name order.
    order_key: tuple[int, int, str] = (0, 0, "")

    @property
    def deleted(self) -> bool:
        return self.subject_id is None

    @property
    def vote_text(self) -> str:
        """ "9/11 (81,82%)" or ""."""
        if self.vote_agree is None or not self.vote_base:
            return ""
        share = f"{100 * self.vote_agree / self.vote_base:.2f}".rstrip("0").rstrip(".")
        return f"{self.vote_agree}/{self.vote_base} ({share.replace('.', ',')}%)"


@dataclass(frozen=True)
class LineCheck:
    """What the eligibility engine says of a line: verdict, why, and warnings."""

    line_id: int
    verdict: str  # tdkt.eligibility.types verdicts, or "" when no rule covers the title
    verdict_label: str
    summary: str  # the first thing missing, or the ground
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BatchChecks:
    lines: dict[int, LineCheck]
    quotas: tuple[str, ...]  # quota lines, exceeded first
    level_problem: str = ""  # the batch mixes deciding levels


@dataclass(frozen=True)
class StatusChange:
    changed_at: datetime
    actor: str
    from_status: str
    to_status: str
    reason: str
    detail: str

    @property
    def label(self) -> str:
        before = STATUS_LABELS.get(self.from_status, self.from_status)
        after = STATUS_LABELS.get(self.to_status, self.to_status)
        return f"{before} → {after}" if before else after


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    batch_id: int
    line_id: int | None
    doc_type: str
    doc_label: str
    name: str
    added_at: datetime
    line_label: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    """One document the dossier needs, for the batch or for one line."""

    key: str
    label: str
    line_id: int | None  # None: for the batch as a whole
    line_label: str
    satisfied: bool
    evidence: str  # the attachment's name, or why it counts as present
    proven_by: str = ""  # what in the records may stand for it: letter | meeting | initiative


@dataclass(frozen=True)
class BatchDetails:
    batch: NominationBatchRow
    lines: tuple[NominationLineRow, ...]
    history: tuple[StatusChange, ...]
    attachments: tuple[AttachmentRow, ...]
    checklist: tuple[ChecklistItem, ...]
    actions: tuple[str, ...]  # workflow actions open now (tdkt.nominations.workflow)
    flags: tuple[ReviewFlagRow, ...] = ()

    @property
    def missing(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.checklist if not item.satisfied)


@dataclass(frozen=True)
class TransitionDraft:
    """A workflow step asked for: a reason where one is needed, the letter on submission,
    and an override of missing documents (with its reason)."""

    action: str
    reason: str = ""
    letter_no: str = ""
    letter_date: str = ""
    override_missing: bool = False


@dataclass(frozen=True)
class DecisionDraft:
    decision_no: str
    decision_date: str
    signer: str
    issuer: str = ""  # "" takes the batch's level
    # Lines the decision does not approve (the rest are awarded).
    refused_line_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DecisionResult:
    batch: NominationBatchRow
    awards_created: int
    refused: int
    bonus_total: Decimal | None
    base_salary: Decimal | None


@dataclass(frozen=True)
class ReviewFlagRow:
    id: int
    target: str  # "award" | "line"
    target_id: int
    subject_name: str
    title_name: str
    year: int
    where: str  # the decision, or the batch of the proposal
    reason: str
    cause: str  # the revoked award
    flagged_at: datetime
    resolved_at: datetime | None = None
    resolution: str = ""


@dataclass(frozen=True)
class Dependent:
    """A later award or an open proposal that relied on the award being revoked."""

    target: str  # "award" | "line"
    target_id: int
    subject_name: str
    title_name: str
    year: int
    where: str
    reason: str


@dataclass(frozen=True)
class RevocationPreview:
    award_label: str
    dependents: tuple[Dependent, ...] = field(default_factory=tuple)
    award: AwardRow | None = None  # once revoked: the award as it now stands


@dataclass(frozen=True)
class TitleChoice:
    code: str
    name: str
    subject_kind: str  # ca_nhan | tap_the | ca_hai
    level: str  # who decides it


@dataclass(frozen=True)
class SubjectChoice:
    kind: str  # PERSON | UNIT
    id: int
    code: str
    label: str  # "CN01 – Nguyễn Văn An (Văn phòng Sở)"
    search_text: str


@dataclass(frozen=True)
class FormChoices:
    """What the batch and line forms offer, read at once."""

    titles: tuple[TitleChoice, ...]
    movements: tuple[tuple[int, str], ...]
    subjects: tuple[SubjectChoice, ...]
    signer: str  # the agency's head
    levels: tuple[str, ...]
