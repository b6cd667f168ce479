"""Logging to a rotating file in the data folder; the crash dialog points the user at it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from tdkt.paths import data_dir


def log_file() -> Path:
    return data_dir() / "logs" / "tdkt.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to the file if the folder is writable, else only to standard error."""
    root = logging.getLogger()
    if root.handlers:
        return None
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        path = None  # type: ignore[assignment]
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path
