"""The agency settings row and the generic business-settings table shared by features."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tdkt.audit.recorder import Audited
from tdkt.storage.base import Base, Versioned


class AgencyRecord(Audited, Versioned, Base):
    """Exactly one row (id 1): the agency printed on every document."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_agency: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    abbreviation: Mapped[str] = mapped_column(String(30), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    signer: Mapped[str] = mapped_column(String(120), default="")
    signer_title: Mapped[str] = mapped_column(String(120), default="")

    def audit_label(self) -> str:
        return self.name


class SettingRecord(Audited, Versioned, Base):
    """A business setting shared by everyone using the database, with the document that set it.

    `value_json` holds the value as JSON; `source` names the regulation (số, ngày, điều).
    """

    __tablename__ = "setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    value_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)

    def audit_label(self) -> str:
        return self.key
