"""Who is acting, and whether they may write: the guard every unit of work consults.

One AccessControl per open database. It names the actor for the audit log (the signed-in
user, else the operating-system user) and refuses writes when the database was opened
read-only or the signed-in user has the role `xem`.
"""

from __future__ import annotations

from collections.abc import Callable

from tdkt.errors import AccessDeniedError, StorageError
from tdkt.users.types import SignedInUser

READ_ONLY_MESSAGE = "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc; không thể lưu thay đổi."
VIEWER_MESSAGE = "Tài khoản {name} chỉ có quyền xem; không thể thay đổi dữ liệu."


class AccessControl:
    def __init__(self, fallback_actor: Callable[[], str], *, read_only_reason: str = "") -> None:
        self._fallback_actor = fallback_actor
        self.read_only_reason = read_only_reason
        self.user: SignedInUser | None = None

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def can_write(self) -> bool:
        return not self.read_only and (self.user is None or self.user.can_write)

    @property
    def write_refusal(self) -> str:
        """Why nothing can be saved now, in Vietnamese; empty when writes are allowed."""
        if self.read_only:
            return self.read_only_reason
        if self.user is not None and not self.user.can_write:
            return VIEWER_MESSAGE.format(name=self.user.username)
        return ""

    def actor(self) -> str:
        return self.user.username if self.user is not None else self._fallback_actor()

    def sign_in(self, user: SignedInUser) -> None:
        self.user = user

    def sign_out(self) -> None:
        self.user = None

    def check_write(self) -> None:
        if self.read_only:
            raise StorageError(READ_ONLY_MESSAGE, self.read_only_reason)
        if self.user is not None and not self.user.can_write:
            raise AccessDeniedError(VIEWER_MESSAGE.format(name=self.user.username))
