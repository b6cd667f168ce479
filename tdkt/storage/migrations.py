"""Schema upgrades with Alembic: find the revision, back the file up, upgrade to head.

Every start compares the database's revision with the newest one. That comparison reads the
`alembic_version` table and the revision ids of db/versions as text: Alembic (and every
revision module it would import) is loaded only when there is something to upgrade or a
revision to look up, which keeps it off the application's start-up path.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from tdkt.errors import StorageError
from tdkt.storage.engine import database_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parents[2] / "db"
# `revision = "..."` and `down_revision = ...` as the revision template writes them.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


@cache
def head_on_disk() -> str | None:
    """The newest revision of db/versions read as text (tests check it against Alembic's
    head); None when the files do not name exactly one head."""
    revisions, parents = set(), set()
    for script in (SCRIPT_LOCATION / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(ast.literal_eval(found["revision"]))
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents.update(down if isinstance(down, tuple) else (down,))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The database's revision; None for a new database (or one of several heads)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return versions[0][0] if len(versions) == 1 else None


def _at_head(current: str | None) -> bool:
    return current is not None and current == (head_on_disk() or head_revision())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


NEWER_SCHEMA = (
    "Cơ sở dữ liệu này được tạo bởi phiên bản TĐKT mới hơn phiên bản đang chạy.",
    "Hãy cập nhật phần mềm TĐKT lên phiên bản mới nhất rồi mở lại tệp dữ liệu.",
)


def require_head(engine: Engine) -> None:
    """For a database opened read-only: it must already be at the current schema."""
    current = current_revision(engine)
    if _at_head(current):
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
    if _at_head(current):
        return None
    if current is not None and current not in known_revisions():
        raise StorageError(*NEWER_SCHEMA)
    copy = None
    path = database_file(engine)
    if current is not None and path is not None and path.exists():
        copy = (backup or _backup_before_migration)(path)
        log.info("backed up %s to %s before migrating", path, copy)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection, _foreign_keys_deferred(connection), connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        _check_foreign_keys(connection)
    return copy


@contextmanager
def _foreign_keys_deferred(connection: Connection) -> Iterator[None]:
    """SQLite alters a table by copying it and dropping the old one; with foreign keys on,
    that drop would delete (ON DELETE CASCADE) or refuse (RESTRICT) the rows of every table
    pointing at it. SQLite's own procedure: keys off around the migration (the pragma is
    ignored inside a transaction, so it is set on the raw connection before BEGIN), checked
    with foreign_key_check before the commit, and on again afterwards."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise StorageError(
            "Nâng cấp cấu trúc dữ liệu bị dừng: có liên kết không hợp lệ trong bảng "
            + ", ".join(tables)
            + ". Dữ liệu chưa bị thay đổi.",
            "Hãy chạy lệnh check để kiểm tra tệp dữ liệu, rồi liên hệ người hỗ trợ.",
        )


def _backup_before_migration(path: Path) -> Path:
    # Imported here: tdkt.backups reads files only, but keeps storage free of its settings.
    from tdkt.backups.files import ACTION_MIGRATION, before_reason, write_backup
    from tdkt.backups.settings import load_settings

    folder = load_settings().folder_path()
    return write_backup(path, folder, before_reason(ACTION_MIGRATION), datetime.now()).path
