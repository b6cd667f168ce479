"""Movements with their target units and titles, registrations of titles, and pledges."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

KINDS = ("thuong_xuyen", "theo_dot", "chuyen_de")


class MovementRecord(Audited, Versioned, Base):
    __tablename__ = "movement"
    __table_args__ = (
        CheckConstraint("kind IN ('thuong_xuyen', 'theo_dot', 'chuyen_de')", name="kind"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16))
    launched_by: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date)
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    document_no: Mapped[str] = mapped_column(String(60), default="")
    document_date: Mapped[date | None] = mapped_column(Date)
    document_signer: Mapped[str] = mapped_column(String(120), default="")
    # The launching document, copied into the data folder: a path relative to
    # <data folder>/attachments and the name the user knew it by.
    attachment_path: Mapped[str] = mapped_column(String(400), default="")
    attachment_name: Mapped[str] = mapped_column(String(255), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(String(800), default="")

    def audit_label(self) -> str:
        return self.name[:120]


class MovementUnitRecord(Base):
    """A unit the movement is addressed to."""

    __tablename__ = "movement_unit"
    __table_args__ = (UniqueConstraint("movement_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(
        ForeignKey("movement.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)


class MovementTitleRecord(Base):
    """A title or form of commendation the movement leads to."""

    __tablename__ = "movement_title"
    __table_args__ = (UniqueConstraint("movement_id", "title_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(
        ForeignKey("movement.id", ondelete="CASCADE"), index=True
    )
    title_id: Mapped[int] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"), index=True)


class RegistrationRecord(Audited, Base):
    """A person or a unit registers a title for a year (đăng ký danh hiệu thi đua).

    One registration per subject, title and year: the two unique constraints each bite on
    one kind of subject, because the other kind's column is NULL there.
    """

    __tablename__ = "registration"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),
        UniqueConstraint("year", "title_id", "person_id", name="uq_registration_person"),
        UniqueConstraint("year", "title_id", "unit_id", name="uq_registration_unit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("movement.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    title_id: Mapped[int] = mapped_column(ForeignKey("title.id", ondelete="RESTRICT"))
    registered_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")

    def audit_label(self) -> str:
        return f"{self.year} title {self.title_id}"


class PledgeRecord(Audited, Versioned, Base):
    """A pledge (giao ước thi đua) signed by units for a year, with its targets."""

    __tablename__ = "pledge"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(300))
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("movement.id", ondelete="RESTRICT"), index=True
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, default="")

    def audit_label(self) -> str:
        return f"{self.year} {self.name[:100]}"


class PledgeUnitRecord(Base):
    __tablename__ = "pledge_unit"
    __table_args__ = (UniqueConstraint("pledge_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pledge_id: Mapped[int] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)


class PledgeTargetRecord(Base):
    """One target of a pledge: the indicator, its measure, the plan and (at year end) the
    result."""

    __tablename__ = "pledge_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    pledge_id: Mapped[int] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(String(500))
    measure: Mapped[str] = mapped_column(String(60), default="")
    target: Mapped[str] = mapped_column(String(120), default="")
    result: Mapped[str] = mapped_column(String(120), default="")
