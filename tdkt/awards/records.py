"""Award records and the initiatives each one used as its basis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

KINDS = ("thuong_xuyen", "dot_xuat", "theo_dot", "chuyen_de", "cong_hien")


class AwardRecord(Audited, Versioned, Base):
    __tablename__ = "award"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),
        CheckConstraint(
            "kind IN ('thuong_xuyen', 'dot_xuat', 'theo_dot', 'chuyen_de', 'cong_hien')",
            name="kind",
        ),
        Index("ix_award_person_year", "person_id", "year"),
        Index("ix_award_unit_year", "unit_id", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    title_id: Mapped[int] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    decision_no: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, index=True)
    issuer: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(16), default="thuong_xuyen")
    content: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(String(500), default="")
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    # As at the decision date (legal.md §1.6): the bonus is coefficient × base salary.
    bonus_coefficient: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    base_salary: Mapped[Decimal | None] = mapped_column(Numeric(14, 0))

    def audit_label(self) -> str:
        return f"{self.year} {self.decision_no}".strip()


class AwardInitiativeRecord(Base):
    """An initiative used as the basis of an award: it cannot ground another one."""

    __tablename__ = "award_initiative"
    __table_args__ = (UniqueConstraint("award_id", "initiative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    award_id: Mapped[int] = mapped_column(ForeignKey("award.id", ondelete="CASCADE"), index=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="RESTRICT"), index=True
    )
