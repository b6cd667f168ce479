"""`stats --from YYYY-MM-DD --to YYYY-MM-DD --format json` (EXCHANGE.md §3): award records
counted by decision date, per code and kind of subject. Revoked awards and records without a
decision date are not counted. `--format text` prints the report section and a table."""

from __future__ import annotations

import argparse
import json

from tdkt.cli.framework import EXIT_OK, Command, Context
from tdkt.errors import ValidationError
from tdkt.reports.periods import period_from_text
from tdkt.reports.types import Statistics
from tdkt.reports.writer import write_section


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", default="", help="ngày đầu (YYYY-MM-DD)")
    parser.add_argument(
        "--to", dest="end", default="", help="ngày cuối (YYYY-MM-DD), tính cả ngày này"
    )
    parser.add_argument(
        "--format", default="json", help="json (mặc định) hoặc text (đoạn báo cáo và bảng số)"
    )


def _run(context: Context) -> int:
    args = context.args
    if args.format not in ("json", "text"):
        raise ValidationError(
            {"format": f'Định dạng "{args.format}" không có; dùng json hoặc text.'}
        )
    period = period_from_text(args.start, args.end)
    statistics = context.services().reports.statistics(period)
    print(as_json(statistics) if args.format == "json" else as_text(statistics))
    return EXIT_OK


def as_json(statistics: Statistics) -> str:
    period = statistics.period
    document = {
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "counts": statistics.counts_by_code(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def as_text(statistics: Statistics) -> str:
    section = write_section(statistics)
    range_note = f"Số liệu theo ngày quyết định, {statistics.period.range_text}."
    lines = [section.text(), "", range_note, *section.notes, ""]
    lines.append(f"{'Mã':<10} {'Danh hiệu, hình thức':<40} {'Tập thể':>8} {'Cá nhân':>8}")
    for item in statistics.titles:
        label = item.title.short_name or item.title.name
        lines.append(
            f"{item.title.code:<10} {label[:40]:<40} {item.tally.units:>8} {item.tally.people:>8}"
        )
    total = statistics.total
    lines.append(f"{'':<10} {'Tổng số':<40} {total.units:>8} {total.people:>8}")
    return "\n".join(lines)


STATS = Command(
    "stats",
    "đếm khen thưởng theo ngày quyết định trong một khoảng ngày (theo danh hiệu, hình thức)",
    _configure,
    _run,
)
