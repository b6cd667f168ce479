"""A title or form of commendation: its code, level, issuer, subject kind and rank."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned


class TitleRecord(Audited, Versioned, Base):
    __tablename__ = "title"
    __table_args__ = (
        CheckConstraint("category IN ('danh_hieu', 'hinh_thuc')", name="category"),
        CheckConstraint("subject_kind IN ('ca_nhan', 'tap_the', 'ca_hai')", name="subject_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(250))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    category: Mapped[str] = mapped_column(String(10))  # danh_hieu (title) | hinh_thuc (form)
    subject_kind: Mapped[str] = mapped_column(String(8))
    level: Mapped[str] = mapped_column(String(10))  # co_so | tinh | bo | nha_nuoc
    issuer: Mapped[str] = mapped_column(String(120), default="")
    # Higher is more senior; used to order lists and statistics.
    rank: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def audit_label(self) -> str:
        return self.code
