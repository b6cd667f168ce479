"""`check`: the integrity of the database, read-only; exit 0 when sound, 1 otherwise.

It may run while the application has the database open. The report (in Vietnamese) goes to
standard output.
"""

from __future__ import annotations

import argparse
import sys

from tdkt.cli.framework import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Command, Context


def _configure(_parser: argparse.ArgumentParser) -> None:
    pass


def _run(context: Context) -> int:
    from tdkt.integrity.service import check_engine
    from tdkt.paths import resolve_database_url, sqlite_path
    from tdkt.storage.engine import make_engine

    url = resolve_database_url(context.db)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        print(f"Không tìm thấy tệp dữ liệu {path}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    engine = make_engine(url, read_only=True)
    try:
        location = str(path) if path else engine.url.render_as_string(hide_password=True)
        report = check_engine(engine, location)
    finally:
        engine.dispose()
    print(report.text())
    return EXIT_OK if report.sound else EXIT_FAILURE


CHECK = Command(
    "check",
    "kiểm tra tính toàn vẹn của dữ liệu (mã thoát 0: toàn vẹn, 1: có lỗi)",
    _configure,
    _run,
)
