"""`screenshot`: render the main window showing a page off screen and save it as PNG."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from tdkt.cli.framework import EXIT_BAD_INPUT, EXIT_OK, Command, Context

if TYPE_CHECKING:
    from tdkt.app import Services
    from tdkt.clock import Clock


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", help="tên trang (xem --list)")
    parser.add_argument("--out", type=Path, help="tệp PNG sẽ ghi")
    parser.add_argument("--list", action="store_true", help="in tên các trang, mỗi dòng một tên")
    parser.add_argument("--size", default="1280x800", help="kích thước cửa sổ, mặc định 1280x800")
    parser.add_argument(
        "--read-only", action="store_true", help="mở dữ liệu chỉ đọc (như bản mở thứ hai)"
    )
    parser.add_argument(
        "--today",
        metavar="NGÀY",
        help="chụp như thể hôm nay là ngày này (dd/mm/yyyy), ví dụ ngày cuối của dữ liệu mẫu",
    )


def _run(context: Context) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.pages import all_pages

    args = context.args
    keys = [spec.key for spec in all_pages()]
    if args.list:
        print("\n".join(keys))
        return EXIT_OK
    if args.page not in keys or args.out is None:
        print(f"Cần --page (một trong: {', '.join(keys)}) và --out FILE.png", file=sys.stderr)
        return EXIT_BAD_INPUT
    width, height = (int(v) for v in args.size.lower().split("x"))
    if not args.read_only and args.today is None:
        return render(context.services(), args.page, args.out, width, height)
    from tdkt.app import open_database

    try:
        clock = _fixed_clock(args.today)
    except ValueError as error:
        print(f"--today: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    services = open_database(context.db, clock, read_only=args.read_only)
    try:
        return render(services, args.page, args.out, width, height)
    finally:
        services.close()


def _fixed_clock(today: str | None) -> Clock | None:
    """The real clock, or one stopped at 9 o'clock of `today`: pictures that show "còn 5
    ngày" or this year's counts come out the same whatever day they are taken."""
    if today is None:
        return None
    from tdkt.clock import FixedClock
    from tdkt.text import parse_date

    return FixedClock(datetime.combine(parse_date(today), time(9, 0)))


def render(services: Services, page_key: str, out: Path, width: int, height: int) -> int:
    from ui.application import build_window, make_application
    from ui.tasks import SyncTaskRunner

    app = make_application()
    qInstallMessageHandler(_quiet_offscreen)
    runner = SyncTaskRunner()
    window = build_window(services, runner)
    window.resize(width, height)
    window.show()
    window.show_page(page_key)
    app.processEvents()  # off screen, once: lay out and paint before grabbing
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"Không ghi được {out}", file=sys.stderr)
        return 1
    window.close()
    print(out)
    return EXIT_OK


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform cannot size windows from hints; say nothing about it.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


SCREENSHOT = Command(
    "screenshot", "chụp ảnh một trang của ứng dụng (không cần màn hình)", _configure, _run
)
