"""Where the application keeps its files, and how a --db target becomes a database URL."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "TDKT"
DATABASE_ENV = "TDKT_DATABASE_URL"
DATA_DIR_ENV = "TDKT_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (overridable with TDKT_DATA_DIR, e.g. for a portable install)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "tdkt.db"


def resolve_database_url(target: str | None) -> str:
    """Turn `--db TARGET`, the environment or the default into an SQLAlchemy URL.

    TARGET is a URL when it has a scheme (`postgresql+psycopg://...`, `sqlite:///...`),
    otherwise a path to an SQLite file.
    """
    target = target or os.environ.get(DATABASE_ENV) or str(default_database_path())
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for in-memory and other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix) :].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None
