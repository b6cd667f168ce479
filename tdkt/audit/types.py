"""Audit log DTOs: the filter of the Nhật ký page, and entries with readable changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AuditQuery:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    actor: str = ""  # exactly this user; empty: everyone
    entity: str = ""  # exactly this table; empty: all
    text: str = ""  # contained in the label or in the values before or after


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # Vietnamese where known
    before: str
    after: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    summary: str
    changes: tuple[FieldChange, ...]

    def change_text(self) -> str:
        """One line: `Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân; Chức vụ: → Trưởng phòng`."""
        parts = []
        for change in self.changes:
            if self.action == "insert" or (not change.before and self.action != "delete"):
                parts.append(f"{change.label}: {change.after}")
            elif self.action == "delete":
                parts.append(f"{change.label}: {change.before}")
            else:
                parts.append(f"{change.label}: {change.before} → {change.after}")
        return "; ".join(parts)


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int  # entries matching the query, all pages together
