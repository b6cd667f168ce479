"""Schema upgrades with Alembic: find the revision, back the file up, upgrade to head."""

from __future__ import annotations

import logging
import shutil
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


def upgrade_to_head(engine: Engine, backup: Callable[[Path], Path] | None = None) -> Path | None:
    """Bring the database to the newest schema; returns the backup made first, if any.

    A database written by a newer version of the application is refused, never touched.
    `backup` copies the SQLite file before a migration (default: a timestamped copy beside it).
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise StorageError(
            "Cơ sở dữ liệu này được tạo bởi phiên bản TĐKT mới hơn phiên bản đang chạy.",
            "Hãy cập nhật phần mềm TĐKT lên phiên bản mới nhất rồi mở lại tệp dữ liệu.",
        )
    copy = None
    path = database_file(engine)
    if current is not None and path is not None and path.exists():
        copy = (backup or _copy_beside)(path)
        log.info("backed up %s to %s before migrating", path, copy)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy


def _copy_beside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.truoc-nang-cap-{stamp}{path.suffix}")
    # The WAL is checkpointed by the closing connections; copy the main file and any WAL.
    shutil.copy2(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target
