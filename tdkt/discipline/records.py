"""A discipline decision against a person, with the date it takes effect and ends."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

FORMS = ("khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec")


class DisciplineRecord(Audited, Versioned, Base):
    __tablename__ = "discipline"
    __table_args__ = (
        CheckConstraint(
            "form IN ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', "
            "'buoc_thoi_viec')",
            name="form",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    form: Mapped[str] = mapped_column(String(20))
    effective_on: Mapped[date] = mapped_column(Date)
    # Empty: the default duration of the form applies (a setting).
    ends_on: Mapped[date | None] = mapped_column(Date)
    decision_no: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    def audit_label(self) -> str:
        return f"{self.form} {self.effective_on.isoformat()}"
