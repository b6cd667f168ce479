"""Catalogue DTOs and the fixed vocabularies of subject kinds and levels."""

from __future__ import annotations

from dataclasses import dataclass

SUBJECT_KINDS = {"ca_nhan": "Cá nhân", "tap_the": "Tập thể", "ca_hai": "Cá nhân và tập thể"}
LEVELS = {"co_so": "Cơ sở", "tinh": "Tỉnh", "bo": "Bộ, ngành", "nha_nuoc": "Nhà nước"}
CATEGORIES = {"danh_hieu": "Danh hiệu thi đua", "hinh_thuc": "Hình thức khen thưởng"}


@dataclass(frozen=True)
class Title:
    id: int
    code: str
    name: str
    short_name: str
    category: str
    subject_kind: str
    level: str
    issuer: str
    rank: int
    active: bool

    def fits(self, subject_kind: str) -> bool:
        """Whether a person (`ca_nhan`) or a unit (`tap_the`) can receive it."""
        return self.subject_kind in (subject_kind, "ca_hai")

    @property
    def label(self) -> str:
        return self.short_name or self.name
