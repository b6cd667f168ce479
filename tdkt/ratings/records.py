"""One rating per subject and year; the subject is a person or a unit, never both."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

GRADES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
ONE_SUBJECT = "(person_id IS NULL) <> (unit_id IS NULL)"


class RatingRecord(Audited, Versioned, Base):
    __tablename__ = "rating"
    __table_args__ = (
        CheckConstraint(ONE_SUBJECT, name="one_subject"),
        CheckConstraint("grade IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')", name="grade"),
        UniqueConstraint("person_id", "year"),
        UniqueConstraint("unit_id", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    grade: Mapped[str] = mapped_column(String(8))

    def audit_label(self) -> str:
        return f"{self.year}: {self.grade}"
