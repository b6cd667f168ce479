"""`import`, `export` and `template`: the exchange workbook of EXCHANGE.md §1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from tdkt.cli.framework import EXIT_OK, Command, Context


def _file_argument(help_text: str) -> Callable[[argparse.ArgumentParser], None]:
    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=Path, metavar="FILE.xlsx", help=help_text)

    return configure


def _run_import(context: Context) -> int:
    report = context.services().exchange.import_workbook(context.args.file)
    for problem in report.warnings:
        print(f"Cảnh báo: {problem}", file=sys.stderr)
    print(f"Đã nhập {report.file_name}: {report.summary()}.")
    for count in report.counts:
        print(
            f"  {count.sheet}: {count.new} mới, {count.updated} cập nhật, "
            f"{count.unchanged} không đổi"
        )
    return EXIT_OK


def _run_export(context: Context) -> int:
    summary = context.services().exchange.export_workbook(context.args.file)
    rows = ", ".join(f"{sheet} {count}" for sheet, count in summary.rows.items())
    print(f"Đã xuất {summary.path} ({rows} dòng).")
    return EXIT_OK


def _run_template(context: Context) -> int:
    path = context.services().exchange.write_template(context.args.file)
    print(f"Đã tạo mẫu nhập liệu {path}.")
    return EXIT_OK


IMPORT = Command(
    "import",
    "nhập sổ tính Excel theo mẫu trao đổi dữ liệu (tất cả hoặc không gì cả)",
    _file_argument("sổ tính cần nhập"),
    _run_import,
)
EXPORT = Command(
    "export",
    "xuất toàn bộ dữ liệu ra sổ tính Excel theo mẫu trao đổi dữ liệu",
    _file_argument("tệp sẽ ghi"),
    _run_export,
)
TEMPLATE = Command(
    "template",
    "tạo mẫu nhập liệu Excel trống (có hướng dẫn và danh sách chọn)",
    _file_argument("tệp mẫu sẽ ghi"),
    _run_template,
)
