"""Schema upgrades with Alembic: find the revision, back the file up, upgrade to head."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from tdkt.errors import StorageError
from tdkt.storage.engine import database_file

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parents[2] / "db"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


NEWER_SCHEMA = (
    "Cơ sở dữ liệu này được tạo bởi phiên bản TĐKT mới hơn phiên bản đang chạy.",
    "Hãy cập nhật phần mềm TĐKT lên phiên bản mới nhất rồi mở lại tệp dữ liệu.",
)


def require_head(engine: Engine) -> None:
    """For a database opened read-only: it must already be at the current schema."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is not None and current not in known_revisions():
        raise StorageError(*NEWER_SCHEMA)
    raise StorageError(
        "Tệp dữ liệu này cần được nâng cấp lên phiên bản mới nhưng đang mở ở chế độ chỉ đọc.",
        "Hãy mở tệp để ghi một lần (khi không ai khác đang mở) để phần mềm tự nâng cấp.",
    )


def upgrade_to_head(engine: Engine, backup: Callable[[Path], Path] | None = None) -> Path | None:
    """Bring the database to the newest schema; returns the backup made first, if any.

    A database written by a newer version of the application is refused, never touched.
    `backup` copies the SQLite file before a migration (default: an online backup into the
    backup folder, see tdkt.backups).
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise StorageError(*NEWER_SCHEMA)
    copy = None
    path = database_file(engine)
    if current is not None and path is not None and path.exists():
        copy = (backup or _backup_before_migration)(path)
        log.info("backed up %s to %s before migrating", path, copy)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy


def _backup_before_migration(path: Path) -> Path:
    # Imported here: tdkt.backups reads files only, but keeps storage free of its settings.
    from tdkt.backups.files import ACTION_MIGRATION, before_reason, write_backup
    from tdkt.backups.settings import load_settings

    folder = load_settings().folder_path()
    return write_backup(path, folder, before_reason(ACTION_MIGRATION), datetime.now()).path
