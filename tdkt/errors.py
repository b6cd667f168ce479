"""The application's exception hierarchy: what the user can fix, what the environment broke."""

from __future__ import annotations

from collections.abc import Mapping


class TdktError(Exception):
    """Base of every error the application raises on purpose; the message is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(TdktError):
    """Input the user can correct; `errors` maps a field name to its message."""

    def __init__(self, errors: Mapping[str, str] | str) -> None:
        if isinstance(errors, str):
            errors = {"": errors}
        self.errors: dict[str, str] = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class NotFoundError(TdktError):
    """A record the user asked for does not exist (any more)."""


class ConflictError(TdktError):
    """The action clashes with other records (a duplicate code, a record in use, a stale edit)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class StorageError(TdktError):
    """The environment failed: disk full, file locked, read-only folder, newer schema.

    `hint` tells the user what to do about it.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class StaleEditError(ConflictError):
    """An edit made from a form on a record someone else saved since: the form must reload."""


class AccessDeniedError(TdktError):
    """The signed-in user may not do this (the role `xem` may only read)."""


class DatabaseInUseError(StorageError):
    """Another running copy of the application has the database file open for writing; the
    message names who, and the database can still be opened read-only."""
