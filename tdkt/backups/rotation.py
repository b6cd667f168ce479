"""Which backups to delete: keep one a day for N days, one a month for M months, and always
the most recent ones (so the copy made just before an import survives a busy day)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from tdkt.backups.files import BackupFile, backup_order

KEEP_LATEST = 10


def _month(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def expired(
    backups: Sequence[BackupFile],
    now: datetime,
    daily_days: int,
    monthly_months: int,
    keep_latest: int = KEEP_LATEST,
) -> list[BackupFile]:
    """The backups the rotation no longer keeps, oldest last.

    Kept: the `keep_latest` newest; the newest of each of the last `daily_days` days (today
    included); the newest of each of the last `monthly_months` months (this one included).
    """
    ordered = sorted(backups, key=backup_order, reverse=True)
    keep = {b.path for b in ordered[:keep_latest]}
    first_day = (now - timedelta(days=daily_days - 1)).date()
    first_month = _month(now) - monthly_months + 1
    days: set[object] = set()
    months: set[int] = set()
    for backup in ordered:
        day, month = backup.created_at.date(), _month(backup.created_at)
        if day >= first_day and day not in days:
            days.add(day)
            keep.add(backup.path)
        if monthly_months and month >= first_month and month not in months:
            months.add(month)
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]
