"""The person table (EXCHANGE.md `CaNhan`), with stored sort and search keys."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

GENDERS = ("nam", "nu")


class PersonRecord(Audited, Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (CheckConstraint("gender IN ('nam', 'nu')", name="gender"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    gender: Mapped[str] = mapped_column(String(3))
    # Either a full birth date, or only the year (birth_date stays empty then).
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    position: Mapped[str] = mapped_column(String(120), default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    recruited_on: Mapped[date | None] = mapped_column(Date)
    sector_started_on: Mapped[date | None] = mapped_column(Date)
    toxic_work: Mapped[bool] = mapped_column(Boolean, default=False)
    cccd: Mapped[str | None] = mapped_column(String(12), unique=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # Vietnamese name order (given, middle, family) and folded text, kept with the row so
    # lists sort and search in SQL at the speed of an index.
    name_key: Mapped[str] = mapped_column(String(400), index=True, default="")
    search_text: Mapped[str] = mapped_column(String(400), default="")

    def audit_label(self) -> str:
        return f"{self.code} – {self.full_name}"
