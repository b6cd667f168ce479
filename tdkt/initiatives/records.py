"""Initiatives and their authors, with the fields of the TT 18/2013 registration form.

The first columns (code … search_text, and the author's person and share) are what the
Excel exchange, the demo and the eligibility rules read; the form's fields came later and
are all optional.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned

SCOPES = ("co_so", "tinh", "bo", "toan_quoc")
STATUSES = ("dang_ky", "dang_xet", "cong_nhan", "khong_cong_nhan")


class InitiativeRecord(Audited, Versioned, Base):
    __tablename__ = "initiative"
    __table_args__ = (
        CheckConstraint(
            "scope IS NULL OR scope IN ('co_so', 'tinh', 'bo', 'toan_quoc')", name="scope"
        ),
        CheckConstraint(
            "status IN ('dang_ky', 'dang_xet', 'cong_nhan', 'khong_cong_nhan')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    first_applied_on: Mapped[date | None] = mapped_column(Date)
    recognized_year: Mapped[int | None] = mapped_column(Integer, index=True)
    scope: Mapped[str | None] = mapped_column(String(10))
    decision_no: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="cong_nhan")
    description: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(String(600), default="")
    # TT 18/2013/TT-BKHCN Phụ lục I: the registration form (đơn yêu cầu công nhận).
    registration_year: Mapped[int | None] = mapped_column(Integer, index=True)
    registered_on: Mapped[date | None] = mapped_column(Date)
    # lĩnh vực áp dụng
    field: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # chủ đầu tư, if not the author
    investor: Mapped[str] = mapped_column(String(250), default="", server_default="")
    # điều kiện cần thiết để áp dụng
    conditions: Mapped[str] = mapped_column(Text, default="", server_default="")
    # lợi ích theo ý kiến tác giả
    benefits: Mapped[str] = mapped_column(Text, default="", server_default="")
    # theo nơi áp dụng thử
    applier_benefits: Mapped[str] = mapped_column(Text, default="", server_default="")
    recognized_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    rejection_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    authors: Mapped[list[InitiativeAuthorRecord]] = relationship(
        back_populates="initiative",
        cascade="all, delete-orphan",
        order_by="InitiativeAuthorRecord.position",
        lazy="raise",
    )

    def audit_label(self) -> str:
        return f"{self.code} – {self.title[:80]}"


class InitiativeAuthorRecord(Audited, Base):
    __tablename__ = "initiative_author"
    __table_args__ = (
        CheckConstraint("share IS NULL OR (share > 0 AND share <= 100)", name="share"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    # Percent of the authorship; empty when the workbook did not say.
    share: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # As written on the form at registration (the person may move or be promoted later).
    position_snapshot: Mapped[str] = mapped_column(String(120), default="", server_default="")
    workplace_snapshot: Mapped[str] = mapped_column(String(250), default="", server_default="")
    qualification: Mapped[str] = mapped_column(String(120), default="", server_default="")

    initiative: Mapped[InitiativeRecord] = relationship(back_populates="authors", lazy="raise")

    def audit_label(self) -> str:
        return f"initiative {self.initiative_id} author {self.person_id}"
