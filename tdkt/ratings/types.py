"""Rating vocabulary and DTOs."""

from __future__ import annotations

from dataclasses import dataclass

GRADE_LABELS = {
    "HTXSNV": "Hoàn thành xuất sắc nhiệm vụ",
    "HTTNV": "Hoàn thành tốt nhiệm vụ",
    "HTNV": "Hoàn thành nhiệm vụ",
    "KHTNV": "Không hoàn thành nhiệm vụ",
}
# Higher is better; eligibility compares grades through this.
GRADE_ORDER = {"KHTNV": 0, "HTNV": 1, "HTTNV": 2, "HTXSNV": 3}


@dataclass(frozen=True)
class RatingRow:
    id: int
    subject_kind: str
    subject_id: int
    year: int
    grade: str
