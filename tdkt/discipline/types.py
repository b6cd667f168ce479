"""Discipline vocabulary and DTOs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FORM_LABELS = {
    "khien_trach": "Khiển trách",
    "canh_cao": "Cảnh cáo",
    "ha_bac_luong": "Hạ bậc lương",
    "giang_chuc": "Giáng chức",
    "cach_chuc": "Cách chức",
    "buoc_thoi_viec": "Buộc thôi việc",
}
# Heavier is higher; "khiển trách or heavier" and "cảnh cáo or heavier" compare through this.
FORM_SEVERITY = {form: rank for rank, form in enumerate(FORM_LABELS)}


@dataclass(frozen=True)
class DisciplineDraft:
    person_id: int
    form: str
    effective_on: str  # dd/mm/yyyy as typed
    ends_on: str = ""
    decision_no: str = ""
    reason: str = ""


@dataclass(frozen=True)
class DisciplineRow:
    id: int
    person_id: int
    form: str
    effective_on: date
    ends_on: date | None
    decision_no: str
    reason: str

    @property
    def form_label(self) -> str:
        return FORM_LABELS[self.form]
