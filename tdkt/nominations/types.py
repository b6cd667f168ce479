"""Nomination DTOs and vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DRAFT = "du_thao"
STATUS_LABELS = {DRAFT: "Dự thảo"}


@dataclass(frozen=True)
class NominationBatchRow:
    id: int
    name: str
    title_code: str  # "" when the batch mixes titles
    year: int | None
    status: str
    created_at: datetime
    line_count: int


@dataclass(frozen=True)
class NominationLineRow:
    id: int
    batch_id: int
    subject_kind: str  # tdkt.subjects.types PERSON | UNIT
    subject_code: str
    title_code: str
    year: int
    summary: str
    subject_name: str
    birth_year: int | None
    gender: str
    position: str
    unit_name: str
    sort_position: int
