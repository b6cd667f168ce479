"""The list of backups: when, why, how many records, how large."""

from __future__ import annotations

from tdkt.backups.service import BackupEntry
from ui.formatting import show_date
from ui.widgets.row_table_model import RIGHT, Column, RowTableModel

MISSING = "—"


def show_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} KB"


def show_time(entry: BackupEntry) -> str:
    at = entry.file.created_at
    return f"{show_date(at.date())} {at:%H:%M}"


def _count(attribute: str) -> Column[BackupEntry]:
    def value(entry: BackupEntry) -> str:
        if entry.summary is None:
            return MISSING
        return f"{getattr(entry.summary, attribute):,}".replace(",", ".")

    def key(entry: BackupEntry) -> int:
        return getattr(entry.summary, attribute) if entry.summary is not None else -1

    return Column(
        {"units": "Đơn vị", "people": "Cá nhân", "awards": "Khen thưởng"}[attribute],
        value,
        key,
        RIGHT,
        lambda entry: entry.problem,
    )


COLUMNS: list[Column[BackupEntry]] = [
    Column("Thời điểm", show_time, lambda e: e.file.created_at),
    Column("Lý do", lambda e: e.file.reason, tooltip=lambda e: e.problem),
    _count("units"),
    _count("people"),
    _count("awards"),
    Column("Dung lượng", lambda e: show_size(e.file.size), lambda e: e.file.size, RIGHT),
    Column("Tệp", lambda e: e.file.path.name, tooltip=lambda e: str(e.file.path)),
]


class BackupTableModel(RowTableModel[BackupEntry]):
    def __init__(self) -> None:
        super().__init__(COLUMNS)
