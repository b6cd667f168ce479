"""Where backups go and how long they are kept: a small JSON file of this computer.

The folder is a setting of the computer, not of the database: a USB drive is `E:\\` here and
something else elsewhere, and a restore must not bring back an old folder with the data.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tdkt.errors import StorageError
from tdkt.paths import data_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "backup-settings.json"


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # empty: the `backups` folder in the user's data folder
    daily_days: int = 30  # keep one backup a day for this many days
    monthly_months: int = 24  # and one a month for this many months

    def folder_path(self) -> Path:
        return Path(self.folder).expanduser() if self.folder else default_folder()


def default_folder() -> Path:
    return data_dir() / "backups"


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def validate_settings(settings: BackupSettings) -> dict[str, str]:
    errors = {}
    if not 1 <= settings.daily_days <= 366:
        errors["daily_days"] = "Số ngày giữ bản sao lưu hằng ngày phải từ 1 đến 366."
    if not 0 <= settings.monthly_months <= 240:
        errors["monthly_months"] = "Số tháng giữ bản sao lưu hằng tháng phải từ 0 đến 240."
    if settings.folder and not Path(settings.folder).expanduser().is_absolute():
        errors["folder"] = "Hãy chọn một thư mục đầy đủ (ví dụ E:\\SaoLuuTDKT)."
    return errors


def load_settings(path: Path | None = None) -> BackupSettings:
    """The saved settings, or the defaults when there are none or the file is unreadable."""
    path = path or settings_path()
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(BackupSettings)}
        return BackupSettings(**{k: v for k, v in values.items() if k in known})
    except FileNotFoundError:
        return BackupSettings()
    except (OSError, ValueError, TypeError) as error:
        log.warning("backup settings %s unreadable (%s); using the defaults", path, error)
        return BackupSettings()


def save_settings(settings: BackupSettings, path: Path | None = None) -> None:
    """Write atomically: a crash leaves the old settings or the new, never half a file."""
    path = path or settings_path()
    partial = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(asdict(settings), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        raise StorageError(
            f"Không lưu được thiết lập sao lưu vào {path}: {error.strerror or error}.",
            "Hãy kiểm tra quyền ghi của thư mục dữ liệu.",
        ) from error
