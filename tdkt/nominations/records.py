"""Nomination batches and lines; a line keeps a snapshot of its subject as at the nomination.

The Nominations feature builds workflow, decisions and printing on these tables; the
exchange workbook's `DeNghi` sheet fills them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
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

    def audit_label(self) -> str:
        return self.name


class NominationLineRecord(Audited, Versioned, Base):
    """One subject proposed for one title in a batch."""

    __tablename__ = "nomination_line"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),
        UniqueConstraint("batch_id", "person_id", "title_id"),
        UniqueConstraint("batch_id", "unit_id", "title_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("nomination_batch.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    title_id: Mapped[int] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # As at the nomination: lists print what was true then, not what the person is now.
    subject_name: Mapped[str] = mapped_column(String(250), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(3), default="")
    position: Mapped[str] = mapped_column(String(120), default="")
    unit_name: Mapped[str] = mapped_column(String(250), default="")
    sort_position: Mapped[int] = mapped_column(Integer, default=0)

    def audit_label(self) -> str:
        return f"{self.subject_name} {self.year}".strip()
