"""The users who may sign in; passwords only as salted scrypt hashes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned


class UserRecord(Audited, Versioned, Base):
    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("role IN ('thu_ky', 'xem')", name="role"),)
    audit_hidden = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored folded (lower case, no diacritics) so sign-in ignores case.
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)

    def audit_label(self) -> str:
        return self.username
