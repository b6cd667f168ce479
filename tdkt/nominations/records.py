"""Nomination batches and lines; a line keeps a snapshot of its subject as at the nomination.

A batch goes through a workflow (tdkt.nominations.workflow) whose every step is kept in
`nomination_status`; its documents are attached (`nomination_attachment`); its decision
creates award records, and a line remembers the award it produced. `review_flag` marks
awards and proposals to look at again after an award they relied on was revoked.

Columns added after the exchange workbook first wrote these tables carry server defaults:
the import writes rows with Core statements (COPY on PostgreSQL) that name only its own
columns.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

BATCH_NAME_MAX = 120


class NominationBatchRecord(Audited, Versioned, Base):
    """A batch of proposals sent together, named as units name it (`BK-TINH-2024`)."""

    __tablename__ = "nomination_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(BATCH_NAME_MAX), unique=True)
    # The title the whole batch proposes, when it proposes one only.
    title_id: Mapped[int | None] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(20), default="du_thao")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Who decides (the catalogue's issuer: "Giám đốc Sở", "Chủ tịch UBND tỉnh" ...): one
    # proposal letter goes to one authority (NĐ 98/2023 Phụ lục I: one tờ trình per type).
    level: Mapped[str] = mapped_column(String(120), default="", server_default="")
    award_kind: Mapped[str] = mapped_column(
        String(16), default="thuong_xuyen", server_default="thuong_xuyen"
    )
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("movement.id", ondelete="SET NULL"), index=True
    )
    # The achievement as the letter and the decision word it ("đã có thành tích ...").
    occasion: Mapped[str] = mapped_column(Text, default="", server_default="")
    recipient: Mapped[str] = mapped_column(String(250), default="", server_default="")
    letter_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    letter_date: Mapped[date | None] = mapped_column(Date)
    signer_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    signer_deputy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    decision_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_signer: Mapped[str] = mapped_column(String(120), default="", server_default="")
    decision_issuer: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # True when the secretary ordered the lines by hand; else lists print in chart order.
    custom_order: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    def audit_label(self) -> str:
        return self.name


class NominationLineRecord(Audited, Versioned, Base):
    """One subject proposed for one title in a batch.

    The subject may be deleted later (only once no open batch proposes it); the line then
    keeps its snapshot and prints as it was."""

    __tablename__ = "nomination_line"
    __table_args__ = (
        CheckConstraint("NOT (person_id IS NOT NULL AND unit_id IS NOT NULL)", name="one_subject"),
        UniqueConstraint("batch_id", "person_id", "title_id"),
        UniqueConstraint("batch_id", "unit_id", "title_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("nomination_batch.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    title_id: Mapped[int] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # As at the nomination: lists print what was true then, not what the person is now.
    subject_kind: Mapped[str] = mapped_column(String(8), default="", server_default="")
    subject_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    subject_name: Mapped[str] = mapped_column(String(250), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(3), default="")
    position: Mapped[str] = mapped_column(String(120), default="")
    unit_name: Mapped[str] = mapped_column(String(250), default="")
    # The unit the subject belonged to (a collective: itself) and the leader flag, then.
    home_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sort_position: Mapped[int] = mapped_column(Integer, default=0)
    basis: Mapped[str] = mapped_column(String(500), default="", server_default="")
    certificate_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # The council's vote, copied when the batch is marked "đã họp Hội đồng".
    vote_result: Mapped[str] = mapped_column(String(10), default="", server_default="")
    vote_agree: Mapped[int | None] = mapped_column(Integer)
    vote_base: Mapped[int | None] = mapped_column(Integer)
    # The decision: "" pending, "khen" (an award was made), "khong" (not approved).
    outcome: Mapped[str] = mapped_column(String(8), default="", server_default="")
    award_id: Mapped[int | None] = mapped_column(
        ForeignKey("award.id", ondelete="SET NULL"), index=True
    )

    def audit_label(self) -> str:
        return f"{self.subject_name} {self.year}".strip()


class NominationStatusRecord(Base):
    """One step of a batch's workflow: append-only, like the audit log."""

    __tablename__ = "nomination_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("nomination_batch.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(120), default="")
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    # What came with the step: the letter's number, documents still missing and overridden.
    detail: Mapped[str] = mapped_column(Text, default="")


class NominationAttachmentRecord(Audited, Base):
    """A document of the dossier, copied into the data folder (attachments/nominations)."""

    __tablename__ = "nomination_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("nomination_batch.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("nomination_line.id", ondelete="CASCADE"), index=True
    )
    doc_type: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(250))
    path: Mapped[str] = mapped_column(String(400))
    added_at: Mapped[datetime] = mapped_column(DateTime)

    def audit_label(self) -> str:
        return self.name


class ReviewFlagRecord(Audited, Base):
    """An award or a proposal to look at again ("cần xem lại"): an award it relied on (a
    year of a chain, a prerequisite, an initiative's use) was revoked."""

    __tablename__ = "review_flag"
    __table_args__ = (
        CheckConstraint("(award_id IS NULL) <> (line_id IS NULL)", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    award_id: Mapped[int | None] = mapped_column(
        ForeignKey("award.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("nomination_line.id", ondelete="CASCADE"), index=True
    )
    cause_award_id: Mapped[int] = mapped_column(
        ForeignKey("award.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    flagged_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(Text, default="", server_default="")

    def audit_label(self) -> str:
        return self.reason[:120]
