"""Users: sign in, and (thư ký only) add, edit, reset passwords, deactivate.

Sign-in is optional: while no user exists everyone works as the operating-system user. The
first user must be a thư ký and is signed in at once; from then on the application asks for
a name and password at start. Users are deactivated, never deleted, because the audit log
names them.
"""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tdkt.clock import Clock
from tdkt.errors import AccessDeniedError, ConflictError, NotFoundError, ValidationError
from tdkt.services.base import ServiceBase, ensure_version
from tdkt.text import clean, fold
from tdkt.users.access import AccessControl
from tdkt.users.passwords import hash_password, verify_password
from tdkt.users.records import UserRecord
from tdkt.users.types import ROLE_LABELS, SECRETARY, SignedInUser, UserDraft, UserRow

USERNAME = re.compile(r"[a-z0-9._-]{3,40}")
MIN_PASSWORD = 8
WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng."


def _row(record: UserRecord) -> UserRow:
    return UserRow(
        record.id, record.username, record.full_name, record.role, record.active, record.version
    )


def _signed_in(record: UserRecord) -> SignedInUser:
    return SignedInUser(record.id, record.username, record.full_name, record.role)


@cache
def _dummy_hash() -> str:
    return hash_password("")


def _password_error(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."
    return None


class UserService(ServiceBase):
    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, access: AccessControl
    ) -> None:
        super().__init__(sessions, clock, access.actor)
        self._access = access

    @property
    def current(self) -> SignedInUser | None:
        return self._access.user

    def sign_in_required(self) -> bool:
        """True once an active user exists: the application then asks who is working."""
        with self._transaction() as session:
            return bool(session.scalar(select(func.count()).where(UserRecord.active)))

    def sign_in(self, username: str, password: str) -> SignedInUser:
        with self._transaction() as session:
            record = session.scalar(select(UserRecord).where(UserRecord.username == fold(username)))
            known = record is not None and record.active
            # An unknown name costs the same hash as a wrong password: nothing to learn.
            stored = record.password_hash if known and record else _dummy_hash()
            if not verify_password(password, stored) or not known or record is None:
                raise ValidationError({"password": WRONG_CREDENTIALS})
            user = _signed_in(record)
        self._access.sign_in(user)
        return user

    def sign_out(self) -> None:
        self._access.sign_out()

    def list_rows(self) -> list[UserRow]:
        with self._transaction() as session:
            records = session.scalars(select(UserRecord).order_by(UserRecord.username))
            return [_row(r) for r in records]

    def create(self, draft: UserDraft) -> UserRow:
        username = fold(draft.username)
        with self._transaction() as session:
            first = not session.scalar(select(func.count()).select_from(UserRecord))
            if not first:
                self._require_secretary()
            errors = self._validate(draft, username, new=True)
            if first and draft.role != SECRETARY:
                errors["role"] = "Người dùng đầu tiên phải là Thư ký (để quản lý người dùng)."
            if errors:
                raise ValidationError(errors)
            if session.scalar(select(UserRecord).where(UserRecord.username == username)):
                raise ConflictError(f'Đã có người dùng "{username}".', field="username")
            record = UserRecord(
                username=username,
                full_name=clean(draft.full_name),
                role=draft.role,
                password_hash=hash_password(draft.password),
                active=True,
                created_at=self._clock.now(),
                version=1,
            )
            session.add(record)
            session.flush()
            row = _row(record)
        if first:  # whoever sets sign-in up is that person; they stay signed in
            self._access.sign_in(SignedInUser(row.id, row.username, row.full_name, row.role))
        return row

    def update(self, user_id: int, draft: UserDraft, active: bool, version: int) -> UserRow:
        """Change the name, role or active flag; the last active thư ký cannot be lost."""
        self._require_secretary()
        errors = self._validate(draft, fold(draft.username), new=False)
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            record = self._get(session, user_id)
            ensure_version(record.version, version)
            keeps_secretary = active and draft.role == SECRETARY
            if record.role == SECRETARY and record.active and not keeps_secretary:
                self._refuse_losing_last_secretary(session, user_id)
            record.full_name, record.role, record.active = (
                clean(draft.full_name),
                draft.role,
                active,
            )
            session.flush()
            return _row(record)

    def set_password(self, user_id: int, password: str) -> None:
        """A thư ký resets anyone's password (an own password is changed the same way)."""
        self._require_secretary()
        error = _password_error(password)
        if error:
            raise ValidationError({"password": error})
        with self._transaction() as session:
            self._get(session, user_id).password_hash = hash_password(password)

    # --- helpers

    def _require_secretary(self) -> None:
        user = self._access.user
        if user is None or user.role != SECRETARY:
            raise AccessDeniedError("Chỉ Thư ký đã đăng nhập mới được quản lý người dùng.")

    @staticmethod
    def _validate(draft: UserDraft, username: str, *, new: bool) -> dict[str, str]:
        errors: dict[str, str] = {}
        if new and not USERNAME.fullmatch(username):
            errors["username"] = (
                "Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số hoặc . _ - (ví dụ: thuky)."
            )
        if not clean(draft.full_name):
            errors["full_name"] = "Hãy nhập họ và tên."
        if draft.role not in ROLE_LABELS:
            errors["role"] = "Vai trò chỉ là Thư ký hoặc Xem."
        if new and (error := _password_error(draft.password)):
            errors["password"] = error
        return errors

    @staticmethod
    def _get(session: Session, user_id: int) -> UserRecord:
        record = session.get(UserRecord, user_id)
        if record is None:
            raise NotFoundError("Người dùng không còn tồn tại.")
        return record

    @staticmethod
    def _refuse_losing_last_secretary(session: Session, user_id: int) -> None:
        others = session.scalar(
            select(func.count()).where(
                UserRecord.role == SECRETARY, UserRecord.active, UserRecord.id != user_id
            )
        )
        if not others:
            raise ConflictError(
                "Phải còn ít nhất một Thư ký đang hoạt động để quản lý người dùng.", field="role"
            )
