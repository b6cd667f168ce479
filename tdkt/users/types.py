"""User DTOs and the two roles."""

from __future__ import annotations

from dataclasses import dataclass

SECRETARY = "thu_ky"
VIEWER = "xem"
ROLE_LABELS = {SECRETARY: "Thư ký (được sửa dữ liệu)", VIEWER: "Xem (chỉ đọc)"}


@dataclass(frozen=True)
class SignedInUser:
    id: int
    username: str
    full_name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role == SECRETARY


@dataclass(frozen=True)
class UserDraft:
    username: str
    full_name: str
    role: str
    password: str = ""  # required for a new user; ignored by edits


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    version: int

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)
